/**
 * The central backlog's filters as data. The server answers in the one priority order
 * (shared/dso/backlog.ts: impact x (6 - effort), then votes); filtering keeps that order and
 * each row's rank in the whole backlog, so "#3" means the same with or without a filter.
 */
import type { CardStatus } from "../../shared/schema/card";
import type { WsBacklogItem } from "./workspaceApi";

export interface BacklogQuery {
  /** A map id or "all". */
  readonly mapId: string;
  /** A team id, "all", or "none" for items without an owner team. */
  readonly teamId: string;
  readonly kind: "all" | WsBacklogItem["kind"];
  /** A status, "all", "open" (no status counts as open), or "notDone". */
  readonly status: "all" | "notDone" | CardStatus;
}

export const WHOLE_BACKLOG: BacklogQuery = { mapId: "all", teamId: "all", kind: "all", status: "notDone" };

export interface RankedItem extends WsBacklogItem {
  /** 1-based place in the whole backlog. */
  readonly rank: number;
}

/** The items that match `query`, in the server's order, with their rank in the whole backlog. */
export function backlogRows(items: readonly WsBacklogItem[], query: BacklogQuery): RankedItem[] {
  const out: RankedItem[] = [];
  items.forEach((item, i) => {
    if (query.mapId !== "all" && item.mapId !== query.mapId) return;
    if (query.teamId === "none" ? item.ownerTeamId !== null : query.teamId !== "all" && item.ownerTeamId !== query.teamId) return;
    if (query.kind !== "all" && item.kind !== query.kind) return;
    const status = item.status ?? "open";
    if (query.status === "notDone" ? status === "done" : query.status !== "all" && status !== query.status) return;
    out.push({ ...item, rank: i + 1 });
  });
  return out;
}

/** The journeys that have backlog items, by title, for the journey filter. */
export function backlogJourneys(items: readonly WsBacklogItem[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const i of items) if (!seen.has(i.mapId)) seen.set(i.mapId, i.mapTitle);
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
