/**
 * Metric points and the workspace document (server/API-RULES.md WK5, WK8): points live beside
 * the document in storage; documents written before that (and files, and old versions) still
 * carry them inside their series. These helpers find them, take them out, and put stored points
 * back into series for a file or a page. Pure: documents and points are arguments.
 */
import type * as Y from "yjs";
import { asYMap, rootMap } from "../doc/layout";
import { isCalendarDate } from "../schema/common";
import type { SeriesPoint } from "../metrics/series";
import type { Workspace } from "./schema";
import { METRICS } from "./workspaceDoc";

/** The ids of the series a workspace document holds (every entry of `metrics` that is a map). */
export function metricSeriesIds(doc: Y.Doc): string[] {
  const map = rootMap(doc, METRICS);
  if (!map) return [];
  const ids: string[] = [];
  for (const [id, value] of map.entries()) if (asYMap(value)) ids.push(id);
  return ids;
}

/** Valid points of a raw `points` value, sorted by day, one per day (the last written wins). */
function cleanPoints(raw: unknown): SeriesPoint[] {
  if (!Array.isArray(raw)) return [];
  const byDay = new Map<string, number>();
  for (const p of raw as unknown[]) {
    if (typeof p !== "object" || p === null) continue;
    const { on, value } = p as { on?: unknown; value?: unknown };
    if (typeof on === "string" && isCalendarDate(on) && typeof value === "number" && Number.isFinite(value)) byDay.set(on, value);
  }
  return [...byDay.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([on, value]) => ({ on, value }));
}

/** WK8: the points the document's series still hold inside it, by series id (series without any are absent). */
export function pointsInDoc(doc: Y.Doc): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  const map = rootMap(doc, METRICS);
  if (!map) return out;
  for (const [id, value] of map.entries()) {
    const series = asYMap(value);
    if (!series?.has("points")) continue;
    const points = cleanPoints(series.get("points"));
    if (points.length > 0) out.set(id, points);
  }
  return out;
}

/** WK8: removes `points` from every series of the document; `true` when one had them. Call inside a transaction. */
export function dropPointsFromDoc(doc: Y.Doc): boolean {
  const map = rootMap(doc, METRICS);
  if (!map) return false;
  let dropped = false;
  for (const value of map.values()) {
    const series = asYMap(value);
    if (series?.has("points")) {
      series.delete("points");
      dropped = true;
    }
  }
  return dropped;
}

/** A workspace with its series' points taken out, and those points by series id (import, WK5). */
export function splitWorkspacePoints(workspace: Workspace): { workspace: Workspace; points: Map<string, SeriesPoint[]> } {
  const points = new Map<string, SeriesPoint[]>();
  const metrics = workspace.metrics.map((s) => {
    const { points: list, ...rest } = s;
    if (list && list.length > 0) points.set(s.id, cleanPoints(list));
    return rest;
  });
  return { workspace: { ...workspace, metrics }, points };
}

/**
 * The series with `points` (by series id) as their points; a series without an entry keeps
 * what it has. Merging a day present in both, the stored point wins (WK8).
 */
export function withSeriesPoints<S extends { readonly id: string; readonly points?: readonly SeriesPoint[] }>(series: readonly S[], points: ReadonlyMap<string, readonly SeriesPoint[]>): S[] {
  return series.map((s) => {
    const stored = points.get(s.id);
    if (!stored) return s;
    if (!s.points || s.points.length === 0) return { ...s, points: [...stored] };
    return { ...s, points: cleanPoints([...s.points, ...stored]) };
  });
}
