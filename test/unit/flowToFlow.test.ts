import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import { gridLayout } from "../../client/flow/gridLayout";
import { toFlow, createFlowDeriver } from "../../client/flow/toFlow";
import { LANE_PREFIX, STAGE_PREFIX } from "../../client/flow/flowTypes";

const base: Journey = {
  format: "baton.journey",
  version: 1,
  title: "Map",
  stages: [{ id: "s1", name: "Discover" }, { id: "s2", name: "Buy" }],
  lanes: [{ id: "l1", name: "Do", kind: "actions" }],
  cards: [
    { id: "c1", kind: "action", stageId: "s1", laneId: "l1", title: "Search", emotion: -1 },
    { id: "c2", kind: "touchpoint", stageId: "s2", laneId: "l1", title: "Shop", ownerTeamId: "t1" },
  ],
  links: [{ id: "k1", from: "c1", to: "c2", label: "leads to" }],
  teams: [{ id: "t1", name: "Web", color: "#336699" }],
};

describe("toFlow", () => {
  it("[F8] gives one node per stage, lane and card, at the layout's positions", () => {
    const layout = gridLayout(base);
    const { nodes } = toFlow(base, layout, { canEdit: true, emotions: [-1, null] });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get(`${STAGE_PREFIX}s1`)?.position.x).toBe(layout.stages[0]?.x);
    expect(byId.get(`${STAGE_PREFIX}s2`)?.data).toMatchObject({ index: 1, count: 2 });
    expect(byId.get(`${LANE_PREFIX}l1`)?.position.y).toBe(layout.lanes[0]?.y);
    expect(byId.get("c1")?.position).toEqual(layout.cards.get("c1"));
    expect(byId.get("c1")?.type).toBe("card");
  });

  it("[F7] resolves a card's owner team into the node (for its colour)", () => {
    const { nodes } = toFlow(base, gridLayout(base), { canEdit: true, emotions: [] });
    expect(nodes.find((n) => n.id === "c2")?.data).toMatchObject({ team: { id: "t1", color: "#336699" } });
  });

  it("[F24] turns links into arrows from card to card with their label", () => {
    const { edges } = toFlow(base, gridLayout(base), { canEdit: true, emotions: [] });
    expect(edges).toEqual([expect.objectContaining({ id: "k1", source: "c1", target: "c2", data: expect.objectContaining({ label: "leads to" }) })]);
  });

  it("[D13] puts each stage's emotion at the centre of its column in the emotion band", () => {
    const layout = gridLayout(base);
    const { nodes } = toFlow(base, layout, { canEdit: true, emotions: [-1, null] });
    const band = nodes.find((n) => n.type === "emotion");
    expect(band?.data).toMatchObject({
      points: [
        { x: layout.stages[0]!.x + layout.stages[0]!.width / 2, emotion: -1 },
        { x: layout.stages[1]!.x + layout.stages[1]!.width / 2, emotion: null },
      ],
    });
  });

  it("gives viewers nothing to drag and no add buttons", () => {
    const { nodes } = toFlow(base, gridLayout(base), { canEdit: false, emotions: [] });
    expect(nodes.filter((n) => n.draggable)).toEqual([]);
    expect(nodes.some((n) => n.type === "add")).toBe(false);
    const edit = toFlow(base, gridLayout(base), { canEdit: true, emotions: [] });
    expect(edit.nodes.filter((n) => n.type === "add")).toHaveLength(2);
  });

  it("reuses the node objects of cards that did not change, so they do not re-render", () => {
    const derive = createFlowDeriver();
    const first = derive(base, gridLayout(base), { canEdit: true, emotions: [] });
    const changed: Journey = { ...base, cards: [base.cards[0]!, { ...base.cards[1]!, title: "Shop online" }] };
    const second = derive(changed, gridLayout(changed), { canEdit: true, emotions: [] });
    expect(second.nodes.find((n) => n.id === "c1")).toBe(first.nodes.find((n) => n.id === "c1"));
    expect(second.nodes.find((n) => n.id === "c2")).not.toBe(first.nodes.find((n) => n.id === "c2"));
    expect(second.edges[0]).toBe(first.edges[0]);
  });
});
