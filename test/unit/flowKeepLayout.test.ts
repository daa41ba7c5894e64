import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import { cellKey, gridLayout } from "../../client/flow/gridLayout";
import { createLayoutDeriver, keepLayout, sameLayout } from "../../client/flow/keepLayout";
import { createFlowDeriver } from "../../client/flow/toFlow";
import { GRID_NODE_ID } from "../../client/flow/flowTypes";
import { makeBigJourney } from "../support/bigJourney";
import { Rng, testSeed } from "../support/seed";

const action = (id: string, stageId: string, title: string) => ({ id, kind: "action" as const, stageId, laneId: "l1", title });
const base: Journey = {
  format: "baton.journey",
  version: 1,
  title: "Map",
  stages: ["s1", "s2"].map((id) => ({ id, name: id.toUpperCase() })),
  lanes: [{ id: "l1", name: "Do", kind: "actions" }],
  cards: [action("c1", "s1", "Search"), action("c2", "s2", "Shop")],
  links: [{ id: "k1", from: "c1", to: "c2" }],
};

const retitled = (j: Journey, id: string, title: string): Journey => ({ ...j, cards: j.cards.map((c) => (c.id === id ? { ...c, title } : c)) });

describe("the layout and the canvas's elements keep their objects while nothing moved", () => {
  it("[KB22] a title edit gives the previous layout object; a moved card, a new stage or a new card a new one", () => {
    const derive = createLayoutDeriver();
    const first = derive(base);
    expect(derive(retitled(base, "c1", "Search online"))).toBe(first);
    const moved = derive({ ...base, cards: [{ ...base.cards[0]!, stageId: "s2" }, base.cards[1]!] });
    expect(moved).not.toBe(first);
    expect(moved.cells.get(cellKey("s2", "l1"))).toEqual(["c1", "c2"]);
    expect(moved.cards.get("c1")?.x).not.toBe(first.cards.get("c1")?.x);
    const withStage = derive({ ...base, stages: [...base.stages, { id: "s3", name: "Use" }] });
    expect(withStage).not.toBe(moved);
    expect(withStage.stages).toHaveLength(3);
    const withCard = derive({ ...base, stages: [...base.stages, { id: "s3", name: "Use" }], cards: [...base.cards, { id: "c3", kind: "action", stageId: "s3", laneId: "l1", title: "Use" }] });
    expect(withCard).not.toBe(withStage);
    expect(withCard.cards.has("c3")).toBe(true);
  });

  it("[KB22] two layouts are the same exactly when every stage, lane, cell and card sits at the same values (seeded big maps)", () => {
    const seed = testSeed(22);
    const rng = new Rng(seed);
    const journey = makeBigJourney({ cards: 300, seed });
    const layout = gridLayout(journey);
    expect(sameLayout(layout, gridLayout(structuredClone(journey))), `seed ${seed}`).toBe(true);
    for (let i = 0; i < 20; i++) {
      const card = journey.cards[rng.int(journey.cards.length)]!;
      // A retitled card moves nothing; the same card in another lane moves at least itself.
      expect(keepLayout(layout, gridLayout(retitled(journey, card.id, `T${i}`))), `seed ${seed}`).toBe(layout);
      const lane = journey.lanes.find((l) => l.id !== card.laneId)!;
      const moved = gridLayout({ ...journey, cards: journey.cards.map((c) => (c.id === card.id ? { ...c, laneId: lane.id } : c)) });
      expect(sameLayout(layout, moved), `seed ${seed}`).toBe(false);
      expect(keepLayout(layout, moved)).toBe(moved);
    }
  });

  it("[KB22] after a title edit the canvas keeps the grid node, every other node and the edge array; only the edited card is new", () => {
    const layoutOf = createLayoutDeriver();
    const derive = createFlowDeriver();
    const opts = { canEdit: true, emotions: [null, null] };
    const first = derive(base, layoutOf(base), opts);
    const edited = retitled(base, "c2", "Shop online");
    const second = derive(edited, layoutOf(edited), opts);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(["c2"]);
    expect(second.nodes.find((n) => n.id === GRID_NODE_ID)).toBe(first.nodes.find((n) => n.id === GRID_NODE_ID));
    // No link's name changed (it is built from the titles only with linkName): the same array.
    expect(second.edges).toBe(first.edges);
    // Nothing changed at all: the same node array too.
    expect(derive(edited, layoutOf(edited), opts).nodes).toBe(second.nodes);
  });

  it("[KB22] a link whose card was renamed gets a new edge (its accessible name changed), in a new array", () => {
    const layoutOf = createLayoutDeriver();
    const derive = createFlowDeriver();
    const opts = { canEdit: true, emotions: [null, null], linkName: (from: string, to: string) => `Link from ${from} to ${to}` };
    const first = derive(base, layoutOf(base), opts);
    const edited = retitled(base, "c1", "Search online");
    const second = derive(edited, layoutOf(edited), opts);
    expect(second.edges).not.toBe(first.edges);
    expect(second.edges[0]?.ariaLabel).toBe("Link from Search online to Shop");
  });

  it("[KB22] every node counts as measured at the size it is given, so fitting the view never waits for nodes out of view", () => {
    const journey = makeBigJourney({ cards: 200, seed: testSeed(23) });
    const layout = gridLayout(journey);
    const { nodes } = createFlowDeriver()(journey, layout, { canEdit: true, emotions: journey.stages.map(() => null) });
    expect(nodes.length).toBeGreaterThan(200);
    for (const n of nodes) {
      expect(n.measured).toEqual({ width: n.width, height: n.height });
      expect(n.width).toBeGreaterThan(0);
    }
  });
});
