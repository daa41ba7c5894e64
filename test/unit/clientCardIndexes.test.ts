import { describe, expect, it } from "vitest";
import { keyResultsForCard } from "../../shared/dso";
import { commentThreads } from "../../shared/workshop/threads";
import { cardDsoIndex, cardKeyResults, keyResultsByCard } from "../../client/dso/cardDsoIndex";
import { reviewRound } from "../../client/dso/reviewView";
import { cardJourneyIndex, dotTotals } from "../../client/workshop/cardWorkshopIndex";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";

/** The example with a second, partly resolved comment thread and a key result listing a card twice. */
function journey(): Journey {
  const j = exampleJourney();
  const card = j.cards[0]!.id;
  const okr = j.okrs![0]!;
  const kr = okr.keyResults[0]!;
  return {
    ...j,
    okrs: [{ ...okr, keyResults: [{ ...kr, cardIds: [...(kr.cardIds ?? []), card, card] }, ...okr.keyResults.slice(1)] }, ...j.okrs!.slice(1)],
    comments: [
      ...(j.comments ?? []),
      { id: "x1", cardId: card, author: "A", text: "one", at: "2026-11-20T10:00:00Z", resolved: true },
      { id: "x2", cardId: card, author: "B", text: "reply", at: "2026-11-20T10:01:00Z", replyTo: "x1" },
      { id: "x3", cardId: card, author: "B", text: "two", at: "2026-11-20T10:02:00Z" },
    ],
  };
}

describe("card badge indexes (built once per journey, looked up per card)", () => {
  it("[F7] every card's key results are the core's keyResultsForCard, a card listed twice in a key result counted once", () => {
    const j = journey();
    const index = keyResultsByCard(j);
    for (const card of j.cards) {
      expect(index.get(card.id) ?? []).toEqual(keyResultsForCard(j, card.id));
    }
  });

  it("[D6] the review marks are the shared review round's, and key results are looked up per card", () => {
    const j = journey();
    const index = cardDsoIndex(j, "2026-11-21", true);
    expect(index.reviews).toBe(reviewRound(j, "2026-11-21").byCard);
    expect(index.showUnowned).toBe(true);
    expect(cardKeyResults(index, "no-such-card")).toEqual([]);
  });

  it("counts each card's comments and open threads as the thread rules do", () => {
    const j = journey();
    const index = cardJourneyIndex(j);
    for (const card of j.cards) {
      const onCard = (j.comments ?? []).filter((c) => c.cardId === card.id);
      const open = commentThreads(j.comments ?? [], card.id).filter((t) => !t.root.resolved).length;
      expect(index.comments.get(card.id) ?? { count: 0, open: 0 }).toEqual({ count: onCard.length, open });
      expect(index.cards.get(card.id)).toBe(card);
    }
    expect(index.comments.get(j.cards[0]!.id)?.count).toBeGreaterThanOrEqual(3);
  });

  it("sums every ballot's dots per card", () => {
    const totals = dotTotals(new Map<string, Record<string, number>>([["v1", { a: 2, b: 1 }], ["v2", { a: 1 }], ["v3", {}]]));
    expect(Object.fromEntries(totals)).toEqual({ a: 3, b: 1 });
  });
});
