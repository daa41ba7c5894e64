import type { Card } from "../../shared/schema/card";
import type { Comment } from "../../shared/schema/comment";
import type { Journey } from "../../shared/schema/journey";
import { openThreadCount } from "../../shared/workshop/threads";
import type { Ballot } from "../../shared/workshop/voting";

/** A card's comments as its badge shows them: how many, and how many threads are still open. */
export interface CardComments {
  readonly count: number;
  readonly open: number;
}

/** What the workshop badges of every card need from the journey, looked up per card in O(1). */
export interface CardJourneyIndex {
  readonly cards: ReadonlyMap<string, Card>;
  readonly comments: ReadonlyMap<string, CardComments>;
}

/** Cards by id and comment counts by card, in one pass over the cards and one over the comments. */
export function cardJourneyIndex(journey: Journey): CardJourneyIndex {
  const byCard = new Map<string, Comment[]>();
  for (const c of journey.comments ?? []) {
    const list = byCard.get(c.cardId);
    if (list) list.push(c);
    else byCard.set(c.cardId, [c]);
  }
  const comments = new Map<string, CardComments>();
  for (const [cardId, list] of byCard) comments.set(cardId, { count: list.length, open: openThreadCount(list, cardId) });
  return { cards: new Map(journey.cards.map((c) => [c.id, c])), comments };
}

/** Every card's dots in the round, over all ballots (the tally a card shows when it may be seen). */
export function dotTotals(ballots: ReadonlyMap<string, Ballot>): ReadonlyMap<string, number> {
  const totals = new Map<string, number>();
  for (const ballot of ballots.values()) {
    for (const [cardId, n] of Object.entries(ballot)) totals.set(cardId, (totals.get(cardId) ?? 0) + n);
  }
  return totals;
}
