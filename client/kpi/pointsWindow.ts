/**
 * The points the pages read (server/API-RULES.md WK7): one answer of
 * `GET /api/workspaces/:id/metrics/points` gives every series' latest points on or before a
 * day (and with `from`, a review's period), which the pages put into the series of the live
 * library, so every reader (K1 latest, K2 status, K4 trend, the review's RV2-RV3) keeps reading
 * `series.points` as before.
 */
import type { SeriesPoint } from "../../shared/metrics/series";
import { withSeriesPoints } from "../../shared/workspace/metricPointsInDoc";
import { call } from "../api/api";

/** What the window asks for. */
export interface PointsWindowQuery {
  readonly to: string;
  /** Points per series on or before `to` (13: K4's trend of 12 and the one before it). */
  readonly last?: number;
  readonly from?: string;
  /** On a map page: the map whose key reads its workspace's points (WA2). */
  readonly mapId?: string;
  /** Also how many points each series holds (the Metrics page). */
  readonly counts?: boolean;
}

/** The answer: each series' points and how many it holds. */
export interface PointsWindow {
  readonly points: ReadonlyMap<string, readonly SeriesPoint[]>;
  /** How many points each series holds; empty unless the query asked for counts. */
  readonly counts: ReadonlyMap<string, number>;
}

interface WindowBody {
  series: Record<string, { count?: number; points: SeriesPoint[] }>;
}

/** Reads the window (the browser revalidates with the answer's ETag: an unchanged window costs a 304). */
export async function getPointsWindow(workspaceId: string, key: string, q: PointsWindowQuery): Promise<PointsWindow> {
  const params = new URLSearchParams({ to: q.to, last: String(q.last ?? 13) });
  if (q.from !== undefined) params.set("from", q.from);
  if (q.mapId !== undefined) params.set("m", q.mapId);
  if (q.counts) params.set("counts", "1");
  const body = await call<WindowBody>(`/api/workspaces/${encodeURIComponent(workspaceId)}/metrics/points?${params.toString()}`, { key });
  const points = new Map<string, SeriesPoint[]>();
  const counts = new Map<string, number>();
  for (const [id, s] of Object.entries(body.series)) {
    points.set(id, s.points);
    if (s.count !== undefined) counts.set(id, s.count);
  }
  return { points, counts };
}

/** True when two windows hold the same points and counts (so a re-read that found nothing new keeps the old one). */
export function sameWindow(a: PointsWindow | null, b: PointsWindow): boolean {
  if (!a || a.counts.size !== b.counts.size || a.points.size !== b.points.size) return false;
  for (const [id, n] of b.counts) if (a.counts.get(id) !== n) return false;
  for (const [id, list] of b.points) {
    const old = a.points.get(id);
    if (!old || old.length !== list.length || old.some((p, i) => p.on !== list[i]?.on || p.value !== list[i]?.value)) return false;
  }
  return true;
}

/** The library's series with the window's points (a series the window does not name keeps its own). */
export function seriesWithWindow<S extends { readonly id: string; readonly points?: readonly SeriesPoint[] }>(series: readonly S[], window: PointsWindow | null): S[] {
  return window ? withSeriesPoints(series, window.points) : [...series];
}
