/**
 * Metric points (API-RULES.md WK5-WK8): the dated values of a workspace's metric series live in
 * storage beside the workspace document, not in it (a library of 500 series x 365 points is
 * megabytes every page would sync). The series themselves (kind, unit, target, direction, owner
 * team, label) stay co-edited in the document. One point per (workspace, series, day): a write
 * for a day that holds one replaces it (K3).
 */
import type { SeriesPoint } from "../../shared/metrics/series";

/** What an upsert did. */
export interface UpsertResult {
  readonly added: number;
  readonly replaced: number;
}

/** The points of several series, by series id, each sorted by day. */
export type PointsBySeries = Map<string, SeriesPoint[]>;

export interface MetricPointStore {
  /**
   * Upserts `points` (one per day, checked by the caller, K5) into one series in ONE
   * transaction. Stores nothing and returns `null` when the series would then hold more than
   * `max` points (K3).
   */
  upsert(workspaceId: string, seriesId: string, points: readonly SeriesPoint[], max: number): Promise<UpsertResult | null>;
  /**
   * Upserts the points of many series in ONE transaction, no limit (import, the start-up move,
   * copying a store). With `keepExisting` a day that already holds a point keeps it (WK8).
   */
  upsertMany(workspaceId: string, points: ReadonlyMap<string, readonly SeriesPoint[]>, options?: { keepExisting?: boolean }): Promise<void>;
  /** Removes one day of one series; `false` when there was no point. */
  remove(workspaceId: string, seriesId: string, day: string): Promise<boolean>;
  /** The points of one series from `from` to `to` (both optional, inclusive), sorted by day. */
  range(workspaceId: string, seriesId: string, from?: string, to?: string): Promise<SeriesPoint[]>;
  /** Per series among `seriesIds` that has any: its last `n` points on or before `to`, oldest first. */
  recent(workspaceId: string, seriesIds: readonly string[], to: string, n: number): Promise<PointsBySeries>;
  /** Per series of the workspace that has any: how many points it holds. */
  counts(workspaceId: string): Promise<Map<string, number>>;
  /** Every point of the workspace by series (export, copying a store). */
  all(workspaceId: string): Promise<PointsBySeries>;
  /** Every workspace id that holds points, in id order (copying a store). */
  workspaceIds(): Promise<string[]>;
  /** Deletes every point of a workspace (it was deleted) and its pending move. */
  forgetWorkspace(workspaceId: string): Promise<void>;
  /**
   * The start-up move's to-do list (WK8): workspaces whose documents may still hold points. The
   * schema step that adds the table queues every workspace that existed; copying a store queues
   * what the source has queued.
   */
  queueMove(workspaceIds: readonly string[]): Promise<void>;
  /** The queued workspaces, in id order. */
  pendingMoves(): Promise<string[]>;
  /** Takes a workspace off the to-do list (its points moved). */
  moveDone(workspaceId: string): Promise<void>;
}

/** Thrown inside an upsert's transaction when the series would hold too many points: rolls it back. */
export class PointLimitError extends Error {
  override readonly name = "PointLimitError";
}

/** Groups rows `{series, day, value}` (sorted by series, then day) into points by series. */
export function groupPoints(rows: Iterable<{ readonly series: string; readonly day: string; readonly value: number }>): PointsBySeries {
  const out: PointsBySeries = new Map();
  for (const r of rows) {
    let list = out.get(r.series);
    if (!list) out.set(r.series, (list = []));
    list.push({ on: r.day, value: r.value });
  }
  return out;
}
