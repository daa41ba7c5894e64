import type { Card } from "../../shared/schema/card";
import type { Comment } from "../../shared/schema/comment";
import type { Journey } from "../../shared/schema/journey";

/**
 * Per-card lookups for the badges inside every card node. With thousands of cards, a `find`
 * or `filter` per card on every change would be quadratic, so each index is built once per
 * journey array (the reader hands out new arrays only when something changed) and shared.
 */
const cardIndexes = new WeakMap<readonly Card[], Map<string, Card>>();
const commentIndexes = new WeakMap<readonly Comment[], Map<string, Comment[]>>();
const NO_COMMENTS: readonly Comment[] = [];

/** The card with this id, if the journey has it. */
export function cardById(journey: Journey, id: string): Card | undefined {
  let index = cardIndexes.get(journey.cards);
  if (!index) {
    index = new Map(journey.cards.map((c) => [c.id, c]));
    cardIndexes.set(journey.cards, index);
  }
  return index.get(id);
}

/** Every comment on the card (threads and replies), in file order. */
export function commentsOnCard(journey: Journey, cardId: string): readonly Comment[] {
  const comments = journey.comments;
  if (!comments) return NO_COMMENTS;
  let index = commentIndexes.get(comments);
  if (!index) {
    index = new Map();
    for (const c of comments) {
      const list = index.get(c.cardId);
      if (list) list.push(c);
      else index.set(c.cardId, [c]);
    }
    commentIndexes.set(comments, index);
  }
  return index.get(cardId) ?? NO_COMMENTS;
}
