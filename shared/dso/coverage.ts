/** Who owns the touchpoints of a map (SPEC.md D3). */
import type { Journey } from "../schema/journey";

/** How many touchpoints one team owns. */
export interface TeamCoverage {
  teamId: string;
  name: string;
  touchpoints: number;
}

/** Ownership coverage of a map's touchpoints. */
export interface OwnershipCoverage {
  /** Cards of kind `touchpoint`. */
  total: number;
  /** Touchpoints with an `ownerTeamId`. */
  owned: number;
  /** `owned / total`, or null for a map without touchpoints (nothing to cover). */
  ratio: number | null;
  /** Ids of touchpoints without an owner team, in map (array) order. */
  unownedCardIds: string[];
  /** Every team in team order, with how many touchpoints it owns (0 included). */
  byTeam: TeamCoverage[];
}

/** Counts owned and unowned touchpoints, overall and per team (D3). */
export function ownershipCoverage(journey: Journey): OwnershipCoverage {
  const perTeam = new Map<string, number>();
  const unownedCardIds: string[] = [];
  let total = 0;
  for (const card of journey.cards) {
    if (card.kind !== "touchpoint") continue;
    total++;
    if (card.ownerTeamId === undefined) unownedCardIds.push(card.id);
    else perTeam.set(card.ownerTeamId, (perTeam.get(card.ownerTeamId) ?? 0) + 1);
  }
  const owned = total - unownedCardIds.length;
  return {
    total,
    owned,
    ratio: total === 0 ? null : owned / total,
    unownedCardIds,
    byTeam: (journey.teams ?? []).map((t) => ({ teamId: t.id, name: t.name, touchpoints: perTeam.get(t.id) ?? 0 })),
  };
}
