/**
 * The geometry of a KPI's trend sparkline (K4's points, oldest first): x spreads the points
 * evenly over the width, y maps the lowest value to the bottom and the highest to the top,
 * inside `pad`. A flat trend is drawn mid-height. Pure, so the drawing is tested without a page.
 */
export interface SparklineGeometry {
  /** `x,y` pairs for an SVG `polyline`'s `points`. */
  readonly points: string;
  /** The last point, where the chip draws a dot; `null` without points. */
  readonly last: { readonly x: number; readonly y: number } | null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Lays `values` out in a `width` x `height` box with `pad` px kept free on every side. */
export function sparkline(values: readonly number[], width: number, height: number, pad = 1): SparklineGeometry {
  if (values.length === 0) return { points: "", last: null };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const xy = values.map((v, i) => ({
    x: round(pad + (values.length === 1 ? innerW : (innerW * i) / (values.length - 1))),
    y: round(max === min ? height / 2 : pad + innerH * (1 - (v - min) / (max - min))),
  }));
  return { points: xy.map((p) => `${p.x},${p.y}`).join(" "), last: xy[xy.length - 1] ?? null };
}
