/**
 * The central backlog's filters as data: shared with the server, which answers one filtered
 * page (shared/workspace/backlogQuery.ts, WA17).
 */
import { rankBacklog, type BacklogQuery, type Ranked } from "../../shared/workspace/backlogQuery";
import type { WsBacklogItem } from "./workspaceApi";

export { backlogJourneys, WHOLE_BACKLOG, type BacklogQuery } from "../../shared/workspace/backlogQuery";

export type RankedItem = Ranked<WsBacklogItem>;

/** The items that match `query`, in the server's order, with their rank in the whole backlog. */
export function backlogRows(items: readonly WsBacklogItem[], query: BacklogQuery): RankedItem[] {
  return rankBacklog(items, query);
}
