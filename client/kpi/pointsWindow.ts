/**
 * The points the pages read (server/API-RULES.md WK7): one answer of
 * `GET /api/workspaces/:id/metrics/points` gives every series' latest points on or before a
 * day (and with `from`, a review's period), which the pages put into the series of the live
 * library, so every reader (K1 latest, K2 status, K4 trend, the review's RV2-RV3) keeps reading
 * `series.points` as before.
 */
import type { SeriesPoint } from "../../shared/metrics/series";
import { withSeriesPoints } from "../../shared/workspace/metricPointsInDoc";
import { revalidatedGet } from "../api/revalidatedGet";
import { pointsWindowPath, type PointsWindowQuery } from "./pointsWindowPath";

export type { PointsWindowQuery };

/** The answer: each series' points and how many it holds. */
export interface PointsWindow {
  readonly points: ReadonlyMap<string, readonly SeriesPoint[]>;
  /** How many points each series holds; empty unless the query asked for counts. */
  readonly counts: ReadonlyMap<string, number>;
}

interface WindowBody {
  series: Record<string, { count?: number; points: SeriesPoint[] }>;
}

/** Reads the window; a re-read sends the answer's ETag, and an unchanged window costs a 304 and gives the same body (WK7). */
export async function getPointsWindow(workspaceId: string, key: string, q: PointsWindowQuery): Promise<PointsWindow> {
  const body = await revalidatedGet<WindowBody>(pointsWindowPath(workspaceId, q), key);
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
