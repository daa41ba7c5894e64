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

/**
 * `reviewed` in this period; `new` in the period it was created (not due yet, D14); `due` now;
 * `overdue` when a previous period it was due in passed without a review too (D6, D14).
 */
export type ReviewState = "reviewed" | "new" | "due" | "overdue";

/**
 * When touchpoints came into being (D14): the day each card was added in the app, and the day
 * the map was created or imported (the fallback for cards it came with). Read from the
 * document by `readCreatedDays` (shared/doc); absent days mean "before every period".
 */
export interface CreatedDays {
  /** The map's creation (or import) day. */
  readonly map?: string | undefined;
  /** Card id -> the day it was added. */
  readonly cards?: ReadonlyMap<string, string> | undefined;
}

/** The day a card came into being (D14), or undefined when nobody knows (before every period). */
export function createdDayOf(created: CreatedDays | undefined, cardId: string): string | undefined {
  return created?.cards?.get(cardId) ?? created?.map;
}

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

/**
 * Both periods' reviewed cards as of `day`; reviews after `day` do not count yet (D4). A map
 * without rotation has no previous period that anything could be overdue from (D14).
 */
function reviewWindow(journey: Journey, day: string, created: CreatedDays | undefined) {
  const period = reviewPeriodOf(journey, day);
  const previous = journey.rotation ? previousReviewPeriod(journey, day) : null;
  return {
    period,
    previous,
    created,
    now: reviewedCards(journey, period.start, day),
    before: previous ? reviewedCards(journey, previous.start, previous.end) : new Set<string>(),
  };
}

function stateIn(window: ReturnType<typeof reviewWindow>, cardId: string): ReviewState {
  if (window.now.has(cardId)) return "reviewed";
  const createdOn = createdDayOf(window.created, cardId);
  if (createdOn !== undefined && createdOn >= window.period.start) return "new";
  // Overdue only when the card was due for the whole previous period: created before it began.
  const dueBefore = window.previous !== null && (createdOn === undefined || createdOn < window.previous.start);
  return dueBefore && !window.before.has(cardId) ? "overdue" : "due";
}

/**
 * Review state of a card on `day` (D6, D14): `reviewed` when it has a review in the day's period
 * (up to `day`); `new` in the period it was created; `overdue` when the map has a rotation, the
 * previous period existed, the card was created before it began, and it had no review in it
 * either; else `due`. Null for an unknown card. `created` says when cards came into being.
 */
export function cardReviewState(journey: Journey, cardId: string, day: string, created?: CreatedDays): ReviewState | null {
  if (!journey.cards.some((c) => c.id === cardId)) return null;
  return stateIn(reviewWindow(journey, day, created), cardId);
}

/** A touchpoint someone still has to review, and why it is theirs. */
export interface ReviewDueItem {
  card: Card;
  state: Exclude<ReviewState, "reviewed" | "new">;
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
 * anyone counts, whatever its status. A touchpoint created in this period is not due yet (D14).
 */
export function reviewDue(journey: Journey, day: string, personId: string, created?: CreatedDays): ReviewDue {
  const window = reviewWindow(journey, day, created);
  const isOwner = journey.rotation !== undefined && ownerOn(journey.rotation, day) === personId;
  const teamId = (journey.people ?? []).find((p) => p.id === personId)?.teamId ?? null;
  const items: ReviewDueItem[] = [];
  for (const card of journey.cards) {
    if (card.kind !== "touchpoint") continue;
    const state = stateIn(window, card.id);
    if (state === "reviewed" || state === "new") continue;
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

/** The review state of each of `cardIds` on `day` (as {@link cardReviewState}), the period read once. */
export function reviewStates(journey: Journey, cardIds: readonly string[], day: string, created?: CreatedDays): Map<string, ReviewState> {
  const window = reviewWindow(journey, day, created);
  const out = new Map<string, ReviewState>();
  for (const id of cardIds) out.set(id, stateIn(window, id));
  return out;
}
