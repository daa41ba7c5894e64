import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import { createStableLayout, sameLayout } from "../../client/flow/createStableLayout";
import { gridLayout } from "../../client/flow/gridLayout";
import { makeBigJourney } from "../support/bigJourney";

const retitle = (j: Journey, index: number, title: string): Journey => ({
  ...j,
  cards: j.cards.map((c, i) => (i === index ? { ...c, title } : c)),
});

describe("createStableLayout", () => {
  const journey = makeBigJourney({ cards: 300, seed: 7 });

  it("[KB9] keeps the layout object when an edit moves nothing (a retitled card), so the grid node does not render again", () => {
    const layoutOf = createStableLayout();
    const first = layoutOf(journey);
    const next = layoutOf(retitle(journey, 5, "Renamed"));
    expect(next).toBe(first);
  });

  it("[KB9] gives a new layout when a card moves to another cell or a lane goes", () => {
    const layoutOf = createStableLayout();
    const first = layoutOf(journey);
    const card = journey.cards[0];
    const otherStage = journey.stages.find((s) => s.id !== card?.stageId);
    if (!card || !otherStage) throw new Error("the fixture has cards and two stages");
    const moved = layoutOf({ ...journey, cards: journey.cards.map((c, i) => (i === 0 ? { ...c, stageId: otherStage.id } : c)) });
    expect(moved).not.toBe(first);
    expect(moved.cards.get(card.id)).toEqual(gridLayout({ ...journey, cards: journey.cards.map((c, i) => (i === 0 ? { ...c, stageId: otherStage.id } : c)) }).cards.get(card.id));
    const fewerLanes = layoutOf({ ...journey, lanes: journey.lanes.slice(1) });
    expect(fewerLanes).not.toBe(moved);
    expect(fewerLanes.lanes).toHaveLength(journey.lanes.length - 1);
  });

  it("[KB9] sameLayout tells a reordered cell from an unchanged one", () => {
    const a = gridLayout(journey);
    expect(sameLayout(a, gridLayout(journey))).toBe(true);
    const cell = [...a.cells.values()].find((ids) => ids.length > 1);
    if (!cell) throw new Error("the fixture has a cell with two cards");
    const [x, y] = cell;
    const swapped = journey.cards.map((c) => (c.id === x ? journey.cards.find((d) => d.id === y) : c.id === y ? journey.cards.find((d) => d.id === x) : c));
    expect(sameLayout(a, gridLayout({ ...journey, cards: swapped.filter((c) => c !== undefined) }))).toBe(false);
  });
});
