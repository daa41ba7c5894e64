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
  /** Where a target line runs (the target is inside the value range), `null` without a target. */
  readonly targetY: number | null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Lays `values` out in a `width` x `height` box with `pad` px kept free on every side; a
 * `target` widens the range so its line is in the box too.
 */
export function sparkline(values: readonly number[], width: number, height: number, pad = 1, target: number | null = null): SparklineGeometry {
  if (values.length === 0) return { points: "", last: null, targetY: null };
  const range = target === null ? values : [...values, target];
  const min = Math.min(...range);
  const max = Math.max(...range);
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const y = (v: number) => round(max === min ? height / 2 : pad + innerH * (1 - (v - min) / (max - min)));
  const xy = values.map((v, i) => ({ x: round(pad + (values.length === 1 ? innerW : (innerW * i) / (values.length - 1))), y: y(v) }));
  return { points: xy.map((p) => `${p.x},${p.y}`).join(" "), last: xy[xy.length - 1] ?? null, targetY: target === null ? null : y(target) };
}
