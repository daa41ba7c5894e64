/**
 * The address of a points window (server/API-RULES.md WK7), apart from its reader so that the
 * page's first chunk can ask for it while the rest of the code loads (WA18) without bundling
 * the library's readers.
 */

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

/** `GET /api/workspaces/:id/metrics/points?...` for `q`: one address per query, so a prefetched answer is found again. */
export function pointsWindowPath(workspaceId: string, q: PointsWindowQuery): string {
  const params = new URLSearchParams({ to: q.to, last: String(q.last ?? 13) });
  if (q.from !== undefined) params.set("from", q.from);
  if (q.mapId !== undefined) params.set("m", q.mapId);
  if (q.counts) params.set("counts", "1");
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/metrics/points?${params.toString()}`;
}
