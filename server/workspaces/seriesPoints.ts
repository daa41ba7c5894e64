/**
 * Writing and reading metric points (server/API-RULES.md WK5-WK7): the feed, the CSV upload and
 * a point typed on the page all store through `storeSeriesPoints` (one transaction, the series
 * must exist in the workspace document), which then tells the workspace's open pages (the
 * MESSAGE_WORKSPACE_CHANGED notice, WA12) so card KPIs and key results re-read them.
 */
import type { SeriesPoint } from "../../shared/metrics/series";
import { metricSeriesIds } from "../../shared/workspace/metricPointsInDoc";
import { WORKSPACE_LIMITS } from "../../shared/workspace/schema";
import type { AppContext } from "../http/Route";
import type { PointsBySeries, UpsertResult } from "../storage/MetricPointStore";
import { withDoc } from "../sync/withDoc";

type App = Pick<AppContext, "rooms" | "storage" | "log" | "workspaces">;

/** Why points were not stored. */
export type PointsRefusal = "noWorkspace" | "noSeries" | "tooMany";

/** The series ids of workspace `id`'s document, or null when there is no such document. */
export function seriesIdsOf(app: App, id: string): Promise<string[] | null> {
  return withDoc(app, id, metricSeriesIds);
}

/** WK6: upserts `points` (checked, K5) into one series of the workspace, all or nothing, and notifies open pages. */
export async function storeSeriesPoints(app: App, workspaceId: string, seriesId: string, points: readonly SeriesPoint[]): Promise<UpsertResult | PointsRefusal> {
  const ids = await seriesIdsOf(app, workspaceId);
  if (ids === null) return "noWorkspace";
  if (!ids.includes(seriesId)) return "noSeries";
  const result = await app.storage.metricPoints.upsert(workspaceId, seriesId, points, WORKSPACE_LIMITS.points);
  if (result === null) return "tooMany";
  app.workspaces.live.changed(workspaceId, [], true);
  return result;
}

/** WK6: removes one day of one series; `false` when there was no point. Notifies open pages. */
export async function removeSeriesPoint(app: App, workspaceId: string, seriesId: string, day: string): Promise<boolean> {
  const removed = await app.storage.metricPoints.remove(workspaceId, seriesId, day);
  if (removed) app.workspaces.live.changed(workspaceId, [], true);
  return removed;
}

/** What `GET /api/workspaces/:id/metrics/points` asks for (WK7). */
export interface PointsWindow {
  /** The day read (points after it are left out). */
  readonly to: string;
  /** The last this many points on or before `to`, per series. */
  readonly last: number;
  /** Also every point from this day on, and the last one before it (a review's period, RV2). */
  readonly from?: string;
  /** Also how many points each series holds (the Metrics page; a count reads every point). */
  readonly counts?: boolean;
}

/** The day before `day` (YYYY-MM-DD). */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * WK7: per series of the workspace, the points a page needs to read it on `to` (latest, the one
 * before it, the trend) and, with `from`, the period and the point before it; with each series'
 * point count. Merged per series, sorted by day.
 */
export async function readPointsWindow(app: App, workspaceId: string, ids: readonly string[], w: PointsWindow): Promise<{ points: PointsBySeries; counts: Map<string, number> | null }> {
  const store = app.storage.metricPoints;
  const points = await store.recent(workspaceId, ids, w.to, w.last);
  if (w.from !== undefined && w.from <= w.to) {
    const before = await store.recent(workspaceId, ids, dayBefore(w.from), 1);
    for (const id of ids) {
      const known = points.get(id) ?? [];
      const first = known[0]?.on;
      // Only what the last `last` do not already cover: the period's start up to the first known day.
      const period = first !== undefined && first <= w.from ? [] : await store.range(workspaceId, id, w.from, first === undefined ? w.to : dayBefore(first));
      const merged = [...(before.get(id) ?? []), ...period, ...known];
      const byDay = new Map(merged.map((p) => [p.on, p]));
      if (byDay.size > 0) points.set(id, [...byDay.values()].sort((a, b) => (a.on < b.on ? -1 : 1)));
    }
  }
  return { points, counts: w.counts ? await store.counts(workspaceId) : null };
}
