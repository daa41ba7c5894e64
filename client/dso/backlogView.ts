import { backlogItems, type BacklogItem } from "../../shared/dso";
import type { CardStatus } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";
import type { Team } from "../../shared/schema/team";

/**
 * The backlog table's filters as its selects hold them: `"all"` lets everything through, and
 * the team filter also offers `"none"` (items without an owner team), which the core's filter
 * cannot express.
 */
export interface BacklogTableFilter {
  readonly teamId: string;
  readonly status: CardStatus | "all";
  readonly stageId: string;
}

export const NO_FILTER: BacklogTableFilter = { teamId: "all", status: "all", stageId: "all" };

/**
 * The rows of the CX backlog: the core's `backlogItems` (every pain point and opportunity, by
 * priority, then votes, then map order; SPEC.md D10, D11) narrowed by the table's filters.
 */
export function backlogRows(journey: Journey, filter: BacklogTableFilter): BacklogItem[] {
  const items = backlogItems(journey, {
    ...(filter.teamId === "all" || filter.teamId === "none" ? {} : { teamId: filter.teamId }),
    ...(filter.status === "all" ? {} : { status: filter.status }),
    ...(filter.stageId === "all" ? {} : { stageId: filter.stageId }),
  });
  return filter.teamId === "none" ? items.filter((item) => item.card.ownerTeamId === undefined) : items;
}

/** How many backlog items of one owner team (or of none) are not done yet. */
export interface OpenByTeam {
  /** Undefined for the items without an owner team. */
  readonly team: Team | undefined;
  readonly open: number;
  readonly inProgress: number;
}

/** Open and in-progress backlog items per owner team, most first, then by team order. */
export function openBacklogByTeam(journey: Journey): OpenByTeam[] {
  const teams = journey.teams ?? [];
  const counts = new Map<string | undefined, { open: number; inProgress: number }>();
  for (const item of backlogItems(journey)) {
    if (item.status === "done") continue;
    const entry = counts.get(item.card.ownerTeamId) ?? { open: 0, inProgress: 0 };
    if (item.status === "open") entry.open += 1;
    else entry.inProgress += 1;
    counts.set(item.card.ownerTeamId, entry);
  }
  const rank = (team: Team | undefined) => (team ? teams.indexOf(team) : teams.length);
  return [...counts.entries()]
    .map(([teamId, c]) => ({ team: teams.find((t) => t.id === teamId), ...c }))
    .sort((a, b) => b.open + b.inProgress - (a.open + a.inProgress) || rank(a.team) - rank(b.team));
}
