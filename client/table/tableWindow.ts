/**
 * Windowing for the journey table (KB21): which rows of a long table are rendered. Rows have
 * one fixed height, so the rows in view follow from the scroll position alone; the rows outside
 * are stood in for by spacers of the same total height, and the scroll bar stays truthful.
 */

/** The height of every row of the table body, stage headings included (table.css keeps rows to it). */
export const TABLE_ROW_HEIGHT = 44;
/** Below this many rows every row is rendered (the page's own search finds every card). */
export const WINDOW_FROM_ROWS = 150;
/** Rows rendered above and below the ones in view, so fast scrolling rarely shows blank space. */
const OVERSCAN = 12;

/** One rendered stretch of consecutive rows [from, to) or a gap of rows not rendered. */
export type TableSpan = { readonly kind: "rows"; readonly from: number; readonly to: number } | { readonly kind: "gap"; readonly rows: number };

/**
 * The spans to render for `count` rows when the body's top is `scrollTop` pixels above the view
 * (negative while the table's head is in view) and the view is `viewHeight` high; `keep` rows
 * (the focused one) are rendered wherever they are, so focus never falls out of the table.
 */
export function tableSpans(count: number, scrollTop: number, viewHeight: number, keep: readonly number[] = []): TableSpan[] {
  if (count <= 0) return [];
  if (count < WINDOW_FROM_ROWS) return [{ kind: "rows", from: 0, to: count }];
  const first = Math.max(0, Math.floor(scrollTop / TABLE_ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / TABLE_ROW_HEIGHT) + OVERSCAN);
  const ranges: [number, number][] = [[first, Math.max(first, last)]];
  for (const k of keep) if (k >= 0 && k < count && (k < first || k >= last)) ranges.push([k, k + 1]);
  ranges.sort((a, b) => a[0] - b[0]);
  const spans: TableSpan[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= from) continue;
    if (from > at) spans.push({ kind: "gap", rows: from - at });
    spans.push({ kind: "rows", from, to });
    at = to;
  }
  if (at < count) spans.push({ kind: "gap", rows: count - at });
  return spans;
}
