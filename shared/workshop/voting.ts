import { z } from "zod/mini";
import type { Card, CardKind } from "../schema/card";
import { IdSchema } from "../schema/common";

/**
 * Dot voting, as pure rules. A facilitator opens a round on pain points, opportunities or
 * both, with a budget of dots per person. Each person votes under a random voter token that
 * their device draws for that round, never under their name, so the document shows how many
 * dots each card got but not who gave them.
 *
 * Life of a round (the `round` key of the document's `workshop` map, see `workshopDoc.ts`):
 * `open` (people add and remove dots) -> optionally `revealed` (voting closed, tallies shown
 * to everyone) -> ended (the totals are ADDED to each card's `votes`, then the round is gone).
 * Adding rather than replacing means several rounds, or votes imported with a file, accumulate;
 * `votes` feeds the backlog priority as a tie-breaker. A cancelled round writes nothing.
 */

/** Which cards a round votes on. */
export const VOTE_TARGETS = ["painPoints", "opportunities", "both"] as const;
export const VoteTargetSchema = z.enum(VOTE_TARGETS);
/** Which cards a round votes on: pain points, opportunities or both. */
export type VoteTarget = z.infer<typeof VoteTargetSchema>;

/** Dots per person when the facilitator does not choose. */
export const DEFAULT_BUDGET = 5;
/** The largest budget a round may have. */
export const MAX_BUDGET = 50;

/** `open`: dots may be added and removed. `revealed`: voting is closed and tallies are shown. */
export const ROUND_PHASES = ["open", "revealed"] as const;
/** Where a round is in its life. */
export type RoundPhase = (typeof ROUND_PHASES)[number];

/** A voting round as stored (plain JSON) under `workshop.round`. */
export const VoteRoundSchema = z.strictObject({
  id: IdSchema,
  target: VoteTargetSchema,
  budget: z.int().check(z.gte(1), z.lte(MAX_BUDGET)),
  /** When true, people see only their own dots until the round is revealed. */
  hidden: z.boolean(),
  phase: z.enum(ROUND_PHASES),
});
/** A voting round as stored under `workshop.round`. */
export type VoteRound = z.infer<typeof VoteRoundSchema>;

/** One voter's dots in a round: card id to a positive count. */
export type Ballot = Readonly<Record<string, number>>;

/** A ballot as stored: card ids to whole positive counts. */
export const BallotSchema = z.record(IdSchema, z.int().check(z.gte(1), z.lte(MAX_BUDGET)));

/** A voter token: random, per device and round; letters, digits, `_` and `-`. */
export const VoterTokenSchema = IdSchema;

/** The card kinds a round votes on. */
export function targetKinds(target: VoteTarget): readonly CardKind[] {
  switch (target) {
    case "painPoints":
      return ["painPoint"];
    case "opportunities":
      return ["opportunity"];
    case "both":
      return ["painPoint", "opportunity"];
  }
}

/** Whether a card can receive dots in a round on `target`. */
export function isVotable(card: Pick<Card, "kind">, target: VoteTarget): boolean {
  return targetKinds(target).includes(card.kind);
}

/** How many dots a ballot holds in total. */
export function dotsUsed(ballot: Ballot): number {
  let n = 0;
  for (const count of Object.values(ballot)) n += count;
  return n;
}

/** How many dots a voter may still place. Never negative. */
export function dotsLeft(round: Pick<VoteRound, "budget">, ballot: Ballot): number {
  return Math.max(0, round.budget - dotsUsed(ballot));
}

/** Why a dot could not be added or removed; `null` when it can. */
export type DotRefusal = "roundClosed" | "notVotable" | "budgetSpent" | "noDot";

/**
 * Whether a voter may add one dot to a card: the round is open, the card is of a kind the
 * round votes on, and the voter has dots left. Several dots on one card are allowed.
 */
export function canAddDot(round: VoteRound, ballot: Ballot, card: Pick<Card, "kind">): DotRefusal | null {
  if (round.phase !== "open") return "roundClosed";
  if (!isVotable(card, round.target)) return "notVotable";
  if (dotsLeft(round, ballot) <= 0) return "budgetSpent";
  return null;
}

/** Whether a voter may take one dot back from a card (only while the round is open). */
export function canRemoveDot(round: VoteRound, ballot: Ballot, cardId: string): DotRefusal | null {
  if (round.phase !== "open") return "roundClosed";
  if ((ballot[cardId] ?? 0) <= 0) return "noDot";
  return null;
}

/** The ballot with one more dot on `cardId`. */
export function withDot(ballot: Ballot, cardId: string): Ballot {
  return { ...ballot, [cardId]: (ballot[cardId] ?? 0) + 1 };
}

/** The ballot with one dot fewer on `cardId`; a card that reaches zero leaves the ballot. */
export function withoutDot(ballot: Ballot, cardId: string): Ballot {
  const next: Record<string, number> = { ...ballot };
  const count = (next[cardId] ?? 0) - 1;
  if (count > 0) next[cardId] = count;
  else delete next[cardId];
  return next;
}

/**
 * The dots per card over all ballots. Only cards in `votable` count when it is given (a card
 * deleted or changed to another kind during the round keeps no dots).
 */
export function tally(ballots: Iterable<Ballot>, votable?: ReadonlySet<string>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const ballot of ballots) {
    for (const [cardId, count] of Object.entries(ballot)) {
      if (votable && !votable.has(cardId)) continue;
      totals.set(cardId, (totals.get(cardId) ?? 0) + count);
    }
  }
  return totals;
}

/** A card's `votes` after a round: its earlier votes plus the round's total for it. */
export function votesAfterRound(existing: number | undefined, roundTotal: number): number {
  return (existing ?? 0) + roundTotal;
}

/**
 * Whether a person may see the tallies of a round: always once it is revealed, and while it
 * is open only when the facilitator did not hide them.
 */
export function talliesVisible(round: Pick<VoteRound, "hidden" | "phase">): boolean {
  return round.phase === "revealed" || !round.hidden;
}
