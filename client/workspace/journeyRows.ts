/**
 * The workspace home's table as data: search, filter and sort the overview's journeys. Pure, so
 * the table's behaviour is unit-tested without a page.
 */
import type { JourneyStatus, OverviewJourney } from "./workspaceApi";

export const JOURNEY_SORTS = ["updated", "title", "status", "group", "reviews", "painPoints", "unowned", "kpiOff"] as const;
export type JourneySort = (typeof JOURNEY_SORTS)[number];

export interface JourneyQuery {
  /** Words that must all appear in the title, group, tags or owners' names (case-insensitive). */
  readonly search: string;
  readonly status: JourneyStatus | "all" | "none";
  /** A group name, "all", or "none" for journeys without a group. */
  readonly group: string;
  readonly sort: JourneySort;
  readonly descending: boolean;
}

export const ALL_JOURNEYS: JourneyQuery = { search: "", status: "all", group: "all", sort: "updated", descending: true };

const STATUS_RANK: Record<JourneyStatus, number> = { live: 0, researching: 1, draft: 2, archived: 3 };

function compare(sort: JourneySort, a: OverviewJourney, b: OverviewJourney): number {
  switch (sort) {
    case "updated":
      return a.updatedAt.localeCompare(b.updatedAt);
    case "title":
      return a.title.localeCompare(b.title);
    case "status":
      return (a.status ? STATUS_RANK[a.status] : 4) - (b.status ? STATUS_RANK[b.status] : 4);
    case "group":
      return (a.group ?? "\uffff").localeCompare(b.group ?? "\uffff");
    case "reviews":
      return a.reviewsOverdue * 1000 + a.reviewsDue - (b.reviewsOverdue * 1000 + b.reviewsDue);
    case "painPoints":
      return a.openPainPoints - b.openPainPoints;
    case "unowned":
      return a.unowned - b.unowned;
    case "kpiOff":
      return a.kpiHealth.off * 1000 + a.kpiHealth.close - (b.kpiHealth.off * 1000 + b.kpiHealth.close);
  }
}

/**
 * The journeys that match `query`, sorted by its column (ties by title, then id, so the order is
 * stable across refetches).
 * @param ownerName resolves a person id to the name shown, so owners can be searched by name
 */
export function journeyRows(
  journeys: readonly OverviewJourney[],
  query: JourneyQuery,
  ownerName: (personId: string | null) => string = () => "",
): OverviewJourney[] {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = journeys.filter((j) => {
    if (query.status === "none" ? j.status : query.status !== "all" && j.status !== query.status) return false;
    if (query.group === "none" ? j.group : query.group !== "all" && j.group !== query.group) return false;
    if (words.length === 0) return true;
    const hay = [j.title, j.group ?? "", ...(j.tags ?? []), ownerName(j.ownerNow), ownerName(j.ownerNext)].join("\n").toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const dir = query.descending ? -1 : 1;
  return rows.sort((a, b) => dir * compare(query.sort, a, b) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The groups in use, sorted, for the group filter. */
export function journeyGroups(journeys: readonly OverviewJourney[]): string[] {
  return [...new Set(journeys.map((j) => j.group).filter((g): g is string => !!g))].sort((a, b) => a.localeCompare(b));
}
