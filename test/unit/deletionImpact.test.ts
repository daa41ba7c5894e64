/** Issue 11, point 1: what a deletion takes with it, and when the page asks first. */
import { describe, expect, it } from "vitest";
import { deletionImpact, FEW_CARDS } from "../../client/flow/deletionImpact";
import { exampleJourney } from "../support/example";

const journey = exampleJourney();

describe("deletion impact", () => {
  it("a stage or lane with cards asks first and counts them; an empty one does not ask", () => {
    for (const stage of journey.stages) {
      const cards = journey.cards.filter((c) => c.stageId === stage.id).length;
      expect(deletionImpact(journey, { kind: "stage", id: stage.id })).toEqual({ cards, confirm: cards > 0 });
    }
    for (const lane of journey.lanes) {
      const cards = journey.cards.filter((c) => c.laneId === lane.id).length;
      expect(deletionImpact(journey, { kind: "lane", id: lane.id })).toEqual({ cards, confirm: cards > 0 });
    }
    expect(deletionImpact({ ...journey, cards: [] }, { kind: "stage", id: journey.stages[0]!.id })).toEqual({ cards: 0, confirm: false });
  });

  it("a few cards go at once; more than a few ask first; unknown ids do not count", () => {
    const ids = journey.cards.map((c) => c.id);
    expect(deletionImpact(journey, { kind: "cards", ids: ids.slice(0, FEW_CARDS) })).toEqual({ cards: FEW_CARDS, confirm: false });
    expect(deletionImpact(journey, { kind: "cards", ids: ids.slice(0, FEW_CARDS + 1) })).toEqual({ cards: FEW_CARDS + 1, confirm: true });
    expect(deletionImpact(journey, { kind: "cards", ids: ["x", "y", "z", "w", ids[0]!] })).toEqual({ cards: 1, confirm: false });
  });
});
