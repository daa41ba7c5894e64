import type * as Y from "yjs";
import { readCreatedDays } from "../../shared/doc/readCreatedDays";
import {
  createdDayOf,
  ownerOn,
  previousReviewPeriod,
  reviewDue,
  reviewedCards,
  reviewLog,
  reviewPeriodOf,
  type CreatedDays,
  type ReviewDueItem,
  type ReviewPeriod,
} from "../../shared/dso";
import type { Card } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";
import type { Review } from "../../shared/schema/review";

/**
 * How a touchpoint is marked in the current review period. `due` and `overdue` are the core's
 * states (SPEC.md D6). The core's `reviewed` is split by what the latest review of the period
 * found: `reviewed` (OK) or `needsWork`; both count as reviewed (D7).
 */
export type ReviewMark = "reviewed" | "needsWork" | "new" | "due" | "overdue";

export interface TouchpointReviewState {
  readonly card: Card;
  readonly mark: ReviewMark;
  /** The newest review of this card up to today, of any period. */
  readonly last: Review | undefined;
  /** This period's reviews of this card up to today, newest first. */
  readonly thisPeriod: readonly Review[];
}

/** The review round of the whole map on one day. */
export interface ReviewRound {
  readonly period: ReviewPeriod;
  /** The journey owner today, or null (no rotation, or before it starts). */
  readonly ownerId: string | null;
  /** Touchpoints, and how many of them were reviewed in this period. */
  readonly total: number;
  readonly reviewed: number;
  readonly needsWork: number;
  readonly overdue: number;
  /** Every touchpoint's state, in map (array) order. */
  readonly items: readonly TouchpointReviewState[];
  /** The same states by card id. */
  readonly byCard: ReadonlyMap<string, TouchpointReviewState>;
}

const cache = new WeakMap<Journey, Map<string, { created: CreatedDays | undefined; round: ReviewRound }>>();
const createdCache = new WeakMap<Journey, CreatedDays>();

/**
 * The creation days of the map's cards (SPEC.md D14), read from `doc` once per journey object
 * (the page derives a new journey on every change of the document, so this is never stale).
 */
export function createdDays(doc: Y.Doc, journey: Journey): CreatedDays {
  let days = createdCache.get(journey);
  if (!days) {
    days = readCreatedDays(doc);
    createdCache.set(journey, days);
  }
  return days;
}

/**
 * The review round on `today`: for every touchpoint its mark, its newest review and this
 * period's reviews. Built from the core's periods and `reviewedCards` in one pass, and cached
 * per journey object and day, because the card badges' index and the views ask for it (the
 * core's `cardReviewState` answers one card at a time; the unit tests check that both agree).
 */
export function reviewRound(journey: Journey, today: string, created?: CreatedDays): ReviewRound {
  let byDay = cache.get(journey);
  const hit = byDay?.get(today);
  if (hit && hit.created === created) return hit.round;
  const period = reviewPeriodOf(journey, today);
  // No rotation: nobody has started reviewing, nothing is overdue (D14).
  const previous = journey.rotation ? previousReviewPeriod(journey, today) : null;
  const reviewedBefore = previous ? reviewedCards(journey, previous.start, previous.end) : null;
  const reviewsByCard = new Map<string, Review[]>();
  // Newest first, and reviews dated after today do not count yet (D4).
  for (const { review } of reviewLog(journey).filter((entry) => entry.day <= today)) {
    const list = reviewsByCard.get(review.cardId) ?? [];
    list.push(review);
    reviewsByCard.set(review.cardId, list);
  }
  const items: TouchpointReviewState[] = [];
  for (const card of journey.cards) {
    if (card.kind !== "touchpoint") continue;
    const reviews = reviewsByCard.get(card.id) ?? [];
    const inPeriod = reviewLog({ ...journey, reviews }, { period }).map((e) => e.review);
    const latest = inPeriod[0];
    const createdOn = createdDayOf(created, card.id);
    const mark: ReviewMark = latest
      ? latest.status === "ok"
        ? "reviewed"
        : "needsWork"
      : createdOn !== undefined && createdOn >= period.start
        ? "new"
        : previous && reviewedBefore && !reviewedBefore.has(card.id) && (createdOn === undefined || createdOn < previous.start)
          ? "overdue"
          : "due";
    items.push({ card, mark, last: reviews[0], thisPeriod: inPeriod });
  }
  const round: ReviewRound = {
    period,
    ownerId: journey.rotation ? ownerOn(journey.rotation, today) : null,
    total: items.length,
    reviewed: items.filter((i) => i.thisPeriod.length > 0).length,
    needsWork: items.filter((i) => i.mark === "needsWork").length,
    overdue: items.filter((i) => i.mark === "overdue").length,
    items,
    byCard: new Map(items.map((i) => [i.card.id, i])),
  };
  if (!byDay) {
    byDay = new Map();
    cache.set(journey, byDay);
  }
  byDay.set(today, { created, round });
  return round;
}

/** What one person has to review: the core's due list (D7), plus what they already did this period. */
export interface PersonalQueue {
  readonly isOwner: boolean;
  readonly teamId: string | null;
  /** Not reviewed in this period, overdue first, then in map order. */
  readonly todo: readonly (ReviewDueItem & { readonly review: TouchpointReviewState })[];
  /** The touchpoints this person is responsible for that were reviewed in this period. */
  readonly done: readonly TouchpointReviewState[];
}

/** `personId`'s review queue on `today` (SPEC.md D7). */
export function personalQueue(journey: Journey, personId: string, today: string, created?: CreatedDays): PersonalQueue {
  const due = reviewDue(journey, today, personId, created);
  const round = reviewRound(journey, today, created);
  const todo = due.items
    .map((item, index) => ({ ...item, review: round.byCard.get(item.card.id) as TouchpointReviewState, index }))
    .sort((a, b) => (a.state === b.state ? a.index - b.index : a.state === "overdue" ? -1 : 1))
    .map(({ index: _index, ...item }) => item);
  const done = round.items.filter(
    (i) => i.thisPeriod.length > 0 && (due.isOwner || (due.teamId !== null && i.card.ownerTeamId === due.teamId)),
  );
  return { isOwner: due.isOwner, teamId: due.teamId, todo, done };
}
