/** The CX backlog: pain points and opportunities in priority order (SPEC.md D10, D11). */
import type { Card, CardStatus } from "../schema/card";
import type { Journey } from "../schema/journey";
import { mapOrderComparator } from "./mapOrder";

/** The value of a missing `impact` or `effort`: the middle of the 1..5 scale. */
export const UNRATED = 3;

/**
 * Backlog priority (D10): `impact x (6 - effort)`, where a missing impact or effort counts as 3.
 * High impact and low effort both raise it; the range is 1 (impact 1, effort 5) to 25
 * (impact 5, effort 1), and an unrated item scores 9.
 */
export function backlogPriority(card: Pick<Card, "impact" | "effort">): number {
  return (card.impact ?? UNRATED) * (6 - (card.effort ?? UNRATED));
}

/** Which backlog items to list; every filter is optional. */
export interface BacklogFilter {
  /** Only items whose `ownerTeamId` is this team. */
  teamId?: string;
  /** Only items with this status; a card without status counts as `open`. */
  status?: CardStatus;
  /** Only items in this stage. */
  stageId?: string;
}

/** One row of the backlog. */
export interface BacklogItem {
  card: Card;
  priority: number;
  /** The card's status, `open` when it has none. */
  status: CardStatus;
  stageName: string;
  /** The name of the owner team, or null when the card has none. */
  teamName: string | null;
}

/**
 * Every `painPoint` and `opportunity` card matching `filter` (D11), sorted by priority
 * (high first), then votes (more first, missing = 0), then map order: stage order, lane order,
 * then order in `cards`.
 */
export function backlogItems(journey: Journey, filter: BacklogFilter = {}): BacklogItem[] {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name] as const));
  const teamName = new Map((journey.teams ?? []).map((t) => [t.id, t.name] as const));
  const items: BacklogItem[] = [];
  for (const card of journey.cards) {
    if (card.kind !== "painPoint" && card.kind !== "opportunity") continue;
    const status = card.status ?? "open";
    if (filter.teamId !== undefined && card.ownerTeamId !== filter.teamId) continue;
    if (filter.status !== undefined && status !== filter.status) continue;
    if (filter.stageId !== undefined && card.stageId !== filter.stageId) continue;
    items.push({
      card,
      priority: backlogPriority(card),
      status,
      stageName: stageName.get(card.stageId) ?? "",
      teamName: card.ownerTeamId === undefined ? null : (teamName.get(card.ownerTeamId) ?? null),
    });
  }
  const mapOrder = mapOrderComparator(journey);
  return items.sort((a, b) =>
    b.priority - a.priority || (b.card.votes ?? 0) - (a.card.votes ?? 0) || mapOrder(a.card, b.card));
}
