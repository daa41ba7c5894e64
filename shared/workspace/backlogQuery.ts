/**
 * The central backlog's filters and pages as data (WA17), shared by the server, which answers
 * one page of the filtered backlog, and the page, which ranks an answer it already holds. The
 * order is the backlog's one priority order (WA9); filtering keeps it and each row's rank in
 * the whole backlog, so "#3" means the same with or without a filter. Pure.
 */
import type { CardStatus } from "../schema/card";

/** Which backlog items to show. */
export interface BacklogQuery {
  /** A map id or "all". */
  readonly mapId: string;
  /** A team id, "all", or "none" for items without an owner team. */
  readonly teamId: string;
  readonly kind: "all" | "painPoint" | "opportunity";
  /** A status, "all", or "notDone" (no status counts as open). */
  readonly status: "all" | "notDone" | CardStatus;
}

/** The central backlog's default: everything not done. */
export const WHOLE_BACKLOG: BacklogQuery = { mapId: "all", teamId: "all", kind: "all", status: "notDone" };

/** What a backlog item needs for the filters. */
export interface FilterableItem {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly ownerTeamId: string | null;
  readonly kind: "painPoint" | "opportunity";
  readonly status: CardStatus | null;
}

/** An item with its 1-based place in the whole backlog. */
export type Ranked<T> = T & { readonly rank: number };

/** Whether `item` passes `query`. */
export function matchesBacklogQuery(item: FilterableItem, query: BacklogQuery): boolean {
  if (query.mapId !== "all" && item.mapId !== query.mapId) return false;
  if (query.teamId === "none" ? item.ownerTeamId !== null : query.teamId !== "all" && item.ownerTeamId !== query.teamId) return false;
  if (query.kind !== "all" && item.kind !== query.kind) return false;
  const status = item.status ?? "open";
  return query.status === "notDone" ? status !== "done" : query.status === "all" || status === query.status;
}

/** The items that match `query`, in the backlog's order, with their rank in the whole backlog. */
export function rankBacklog<T extends FilterableItem>(items: readonly T[], query: BacklogQuery): Ranked<T>[] {
  const out: Ranked<T>[] = [];
  items.forEach((item, i) => {
    if (matchesBacklogQuery(item, query)) out.push({ ...item, rank: i + 1 });
  });
  return out;
}

/** The journeys that have backlog items, by title, for the journey filter. */
export function backlogJourneys(items: readonly FilterableItem[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const i of items) if (!seen.has(i.mapId)) seen.set(i.mapId, i.mapTitle);
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** One page of the filtered backlog (WA17). */
export interface BacklogPage<T> {
  /** Items in the whole backlog. */
  readonly total: number;
  /** Items that match the query. */
  readonly matched: number;
  /** Where this page starts among the matching items. */
  readonly offset: number;
  readonly items: Ranked<T>[];
  /** Every journey with backlog items, for the journey filter. */
  readonly journeys: { id: string; title: string }[];
}

/** Matching items `offset .. offset + limit` of `items` (in backlog order), ranked in the whole backlog. */
export function backlogPage<T extends FilterableItem>(items: readonly T[], query: BacklogQuery, offset: number, limit: number): BacklogPage<T> {
  const matching = rankBacklog(items, query);
  return { total: items.length, matched: matching.length, offset, items: matching.slice(offset, offset + limit), journeys: backlogJourneys(items) };
}
