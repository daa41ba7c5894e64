import { escapeText } from "./escapeXml";
import { fmt } from "./formatNumber";
import { INK, emotionColor } from "./palette";
import { showNumber } from "./layoutCard";
import { COL_W, LANE_LABEL_W, type GridLayout, type RowLayout } from "./layoutJourney";
import { wrapText } from "./wrapText";
import type { SvgLabels } from "./labels";

const PLOT_PAD = 26;

interface Point {
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

/**
 * A smooth line through points that never overshoots them: each span is a cubic whose control
 * points sit halfway along it at the heights of its two ends, so peaks stay where the data is.
 */
function smoothPath(points: readonly Point[]): string {
  const first = points[0];
  if (first === undefined) return "";
  let d = `M${fmt(first.x)} ${fmt(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const mx = (a.x + b.x) / 2;
    d += `C${fmt(mx)} ${fmt(a.y)} ${fmt(mx)} ${fmt(b.y)} ${fmt(b.x)} ${fmt(b.y)}`;
  }
  return d;
}

/**
 * The emotion curve band: the mean emotion of each stage (`means[i]` for `stages[i]`, undefined
 * where no card of the stage has an emotion) on a -2..2 scale, as a smooth line with coloured
 * points. A stage without data breaks the line; the gap is bridged by a dotted line.
 */
export function renderEmotionCurve(
  row: Extract<RowLayout, { type: "emotion" }>,
  grid: GridLayout,
  means: readonly (number | undefined)[],
  labels: SvgLabels,
): string {
  const parts: string[] = [`<g>`];
  const right = grid.gridLeft + grid.columns.length * COL_W;
  const top = row.y + PLOT_PAD;
  const bottom = row.y + row.h - PLOT_PAD;
  const mid = (top + bottom) / 2;
  const unit = (bottom - top) / 4;
  const yOf = (v: number) => mid - v * unit;

  parts.push(`<rect x="${fmt(grid.left)}" y="${fmt(row.y)}" width="${fmt(right - grid.left - 5)}" height="${fmt(row.h)}" rx="8" fill="#ffffff" stroke="${INK.rule}"/>`);
  parts.push(`<rect x="${fmt(grid.left)}" y="${fmt(row.y)}" width="4" height="${fmt(row.h)}" rx="2" fill="${INK.emotionBar}"/>`);
  parts.push(`<text x="${fmt(grid.left + 16)}" y="${fmt(row.y + 14 + 13)}" font-size="13" font-weight="bold" fill="${INK.text}">${escapeText(labels.emotionCurve)}</text>`);
  const sub = wrapText(labels.emotionMean, LANE_LABEL_W - 80, { size: 10, bold: false }, 3);
  parts.push(`<text font-size="10" fill="${INK.muted}">`);
  sub.forEach((line, i) => parts.push(`<tspan x="${fmt(grid.left + 16)}" y="${fmt(row.y + 56 + i * 13)}">${escapeText(line)}</tspan>`));
  parts.push(`</text>`);

  // Scale: faint lines at every step, a stronger dashed line at neutral.
  for (let v = 2; v >= -2; v--) {
    const y = yOf(v);
    const stroke = v === 0 ? `stroke="${INK.faint}" stroke-dasharray="4 4"` : `stroke="${INK.rule}"`;
    parts.push(`<path d="M${fmt(grid.gridLeft)} ${fmt(y)}H${fmt(right - 10)}" ${stroke}/>`);
    const tick = v > 0 ? `+${v}` : showNumber(v);
    parts.push(`<text x="${fmt(grid.gridLeft - 12)}" y="${fmt(y + 3.5)}" font-size="10" text-anchor="end" fill="${INK.faint}">${tick}</text>`);
  }
  const wordX = grid.gridLeft - 34;
  parts.push(`<text x="${fmt(wordX)}" y="${fmt(yOf(2) + 3.5)}" font-size="10" text-anchor="end" fill="${emotionColor(2)}">${escapeText(labels.emotionHigh)}</text>`);
  parts.push(`<text x="${fmt(wordX)}" y="${fmt(yOf(-2) + 3.5)}" font-size="10" text-anchor="end" fill="${emotionColor(-2)}">${escapeText(labels.emotionLow)}</text>`);

  // Runs of consecutive stages with data are drawn smooth; gaps are bridged with dots.
  const runs: Point[][] = [];
  let run: Point[] = [];
  let previous: Point | undefined;
  const bridges: string[] = [];
  for (const col of grid.columns) {
    const value = means[col.index];
    if (value === undefined || !Number.isFinite(value)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const v = Math.max(-2, Math.min(2, value));
    const p = { x: col.x + COL_W / 2, y: yOf(v), value: v };
    if (run.length === 0 && previous !== undefined) {
      bridges.push(`M${fmt(previous.x)} ${fmt(previous.y)}L${fmt(p.x)} ${fmt(p.y)}`);
    }
    run.push(p);
    previous = p;
  }
  if (run.length > 0) runs.push(run);
  if (bridges.length > 0) {
    parts.push(`<path d="${bridges.join("")}" fill="none" stroke="${INK.faint}" stroke-width="2" stroke-dasharray="2 5" stroke-linecap="round"/>`);
  }
  for (const r of runs) {
    if (r.length < 2) continue;
    const line = smoothPath(r);
    const first = r[0] as Point;
    const last = r[r.length - 1] as Point;
    // A faint wash between the curve and neutral, so highs and lows read at a glance.
    parts.push(`<path d="${line}L${fmt(last.x)} ${fmt(mid)}H${fmt(first.x)}Z" fill="${INK.header}" fill-opacity="0.06"/>`);
    parts.push(`<path d="${line}" fill="none" stroke="${INK.header}" stroke-width="2.5" stroke-linecap="round"/>`);
  }
  for (const r of runs) {
    for (const p of r) {
      const label = p.value > 0 ? `+${showNumber(p.value)}` : showNumber(p.value);
      const ly = p.value >= 0 ? p.y - 13 : p.y + 22;
      parts.push(`<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="7" fill="${emotionColor(p.value)}" stroke="#ffffff" stroke-width="2.5"/>`);
      parts.push(`<text x="${fmt(p.x)}" y="${fmt(ly)}" font-size="11" font-weight="bold" text-anchor="middle" fill="${INK.text}">${escapeText(label)}</text>`);
    }
  }
  for (const col of grid.columns) {
    const value = means[col.index];
    if (value !== undefined && Number.isFinite(value)) continue;
    parts.push(`<text x="${fmt(col.x + COL_W / 2)}" y="${fmt(mid - 8)}" font-size="10" text-anchor="middle" fill="${INK.faint}">${escapeText(labels.noEmotion)}</text>`);
  }
  parts.push(`</g>`);
  return parts.join("");
}
