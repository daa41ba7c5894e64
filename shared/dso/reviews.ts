/**
 * Reviews of touchpoints per period (SPEC.md D4 to D8). A review counts for the period that
 * contains the UTC day of its `at` time; the period is the rotation's, or the UTC calendar month
 * when the map has no rotation.
 */
import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";
import type { Review } from "../schema/review";
import { addDays, dayFromNumber, dayNumber, instantOf, utcDayOf } from "./days";
import { mapOrderComparator } from "./mapOrder";
import { ownerOn, periodAt, periodOf } from "./rotation";

/** A review period: first and last day, both inclusive. */
export interface ReviewPeriod {
  start: string;
  end: string;
}

/** `reviewed` in this period; `due` now; `overdue` when the previous period passed without one too. */
export type ReviewState = "reviewed" | "due" | "overdue";

/** The review period containing `day` (D5): the rotation period, or the UTC calendar month. */
export function reviewPeriodOf(journey: Journey, day: string): ReviewPeriod {
  if (journey.rotation) {
    const { start, end } = periodOf(journey.rotation, day);
    return { start, end };
  }
  const start = `${day.slice(0, 8)}01`;
  const nextMonth = dayFromNumber(dayNumber(start) + 31);
  return { start, end: addDays(`${nextMonth.slice(0, 8)}01`, -1) };
}

/** The period before the one containing `day`, or null when it did not exist (before `startsOn`). */
export function previousReviewPeriod(journey: Journey, day: string): ReviewPeriod | null {
  if (journey.rotation) {
    const k = periodOf(journey.rotation, day).index - 1;
    if (k < 0) return null;
    const { start, end } = periodAt(journey.rotation, k);
    return { start, end };
  }
  return reviewPeriodOf(journey, addDays(reviewPeriodOf(journey, day).start, -1));
}

/** Ids of cards with a review whose UTC day lies in `from..to` (inclusive). */
export function reviewedCards(journey: Journey, from: string, to: string): Set<string> {
  const out = new Set<string>();
  for (const review of journey.reviews ?? []) {
    const day = utcDayOf(review.at);
    if (from <= day && day <= to) out.add(review.cardId);
  }
  return out;
}

/** Both periods' reviewed cards as of `day`; reviews after `day` do not count yet (D4). */
function reviewWindow(journey: Journey, day: string) {
  const period = reviewPeriodOf(journey, day);
  const previous = previousReviewPeriod(journey, day);
  return {
    period,
    previous,
    now: reviewedCards(journey, period.start, day),
    before: previous ? reviewedCards(journey, previous.start, previous.end) : new Set<string>(),
  };
}

function stateIn(window: ReturnType<typeof reviewWindow>, cardId: string): ReviewState {
  if (window.now.has(cardId)) return "reviewed";
  return window.previous && !window.before.has(cardId) ? "overdue" : "due";
}

/**
 * Review state of a card on `day` (D6): `reviewed` when it has a review in the day's period (up to
 * `day`); `overdue` when the previous period existed and had no review of it either; else `due`.
 * Null for an unknown card.
 */
export function cardReviewState(journey: Journey, cardId: string, day: string): ReviewState | null {
  if (!journey.cards.some((c) => c.id === cardId)) return null;
  return stateIn(reviewWindow(journey, day), cardId);
}

/** A touchpoint someone still has to review, and why it is theirs. */
export interface ReviewDueItem {
  card: Card;
  state: Exclude<ReviewState, "reviewed">;
  /** `owner`: the person is journey owner today; `team`: the card's owner team is theirs. */
  reasons: ("owner" | "team")[];
}

/** What one person has to review on one day. */
export interface ReviewDue {
  period: ReviewPeriod;
  /** True when the person is the journey owner on the day (F29). */
  isOwner: boolean;
  /** The person's team, or null. */
  teamId: string | null;
  /** Touchpoints not reviewed in this period, in map order. */
  items: ReviewDueItem[];
}

/**
 * What `personId` has to review on `day` (D7): as journey owner every touchpoint not reviewed in
 * the period, as a team member the team's touchpoints not reviewed in the period. A review by
 * anyone counts, whatever its status.
 */
export function reviewDue(journey: Journey, day: string, personId: string): ReviewDue {
  const window = reviewWindow(journey, day);
  const isOwner = journey.rotation !== undefined && ownerOn(journey.rotation, day) === personId;
  const teamId = (journey.people ?? []).find((p) => p.id === personId)?.teamId ?? null;
  const items: ReviewDueItem[] = [];
  for (const card of journey.cards) {
    if (card.kind !== "touchpoint") continue;
    const state = stateIn(window, card.id);
    if (state === "reviewed") continue;
    const reasons: ("owner" | "team")[] = [];
    if (isOwner) reasons.push("owner");
    if (teamId !== null && card.ownerTeamId === teamId) reasons.push("team");
    if (reasons.length > 0) items.push({ card, state, reasons });
  }
  const mapOrder = mapOrderComparator(journey);
  items.sort((a, b) => mapOrder(a.card, b.card));
  return { period: window.period, isOwner, teamId, items };
}

/** One entry of the review log. */
export interface ReviewLogEntry {
  review: Review;
  /** The UTC day of `review.at`, which decides its period. */
  day: string;
}

/** Which reviews to list; both filters are optional. */
export interface ReviewLogFilter {
  cardId?: string;
  /** Only reviews whose UTC day lies in this period (inclusive). */
  period?: ReviewPeriod;
}

/** The review log (D8): newest first by instant, equal instants in list order. */
export function reviewLog(journey: Journey, filter: ReviewLogFilter = {}): ReviewLogEntry[] {
  const rows: { entry: ReviewLogEntry; at: number; index: number }[] = [];
  (journey.reviews ?? []).forEach((review, index) => {
    if (filter.cardId !== undefined && review.cardId !== filter.cardId) return;
    const day = utcDayOf(review.at);
    if (filter.period && (day < filter.period.start || day > filter.period.end)) return;
    rows.push({ entry: { review, day }, at: instantOf(review.at), index });
  });
  rows.sort((a, b) => b.at - a.at || a.index - b.index);
  return rows.map((r) => r.entry);
}
