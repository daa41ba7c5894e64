import { describe, expect, it } from "vitest";
import { applyCommands } from "../../shared/commands/applyCommands";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";
import { flowChangesToCommands } from "../../client/flow/flowChangesToCommands";
import { gridLayout, type GridLayout } from "../../client/flow/gridLayout";
import { STAGE_PREFIX, LANE_PREFIX } from "../../client/flow/flowTypes";

function makeJourney(): Journey {
  return {
    format: "baton.journey",
    version: 1,
    title: "Map",
    stages: [{ id: "s1", name: "One" }, { id: "s2", name: "Two" }, { id: "s3", name: "Three" }],
    lanes: [{ id: "l1", name: "A", kind: "actions" }, { id: "l2", name: "B", kind: "notes" }],
    cards: [
      { id: "a", kind: "action", stageId: "s1", laneId: "l1", title: "a" },
      { id: "b", kind: "action", stageId: "s1", laneId: "l1", title: "b" },
      { id: "c", kind: "action", stageId: "s1", laneId: "l1", title: "c" },
      { id: "d", kind: "action", stageId: "s1", laneId: "l1", title: "d" },
      { id: "x", kind: "note", stageId: "s2", laneId: "l2", title: "x" },
    ],
    links: [{ id: "k", from: "a", to: "x" }],
  };
}

/** Applies the commands of one change to a real document and reads the journey back. */
function run(journey: Journey, change: Parameters<typeof flowChangesToCommands>[0]): { commands: ReturnType<typeof flowChangesToCommands>; after: Journey } {
  const doc = journeyToDoc(journey);
  const commands = flowChangesToCommands(change, { journey, layout: gridLayout(journey) });
  const result = applyCommands(doc, commands, "local");
  expect(result.skipped).toEqual([]);
  return { commands, after: docToJourney(doc).journey };
}

const cellIds = (j: Journey, stageId: string, laneId: string) => j.cards.filter((c) => c.stageId === stageId && c.laneId === laneId).map((c) => c.id);
const slot = (layout: GridLayout, id: string) => ({ x: layout.cards.get(id)!.x + 20, y: layout.cards.get(id)!.y + 20 });

describe("flowChangesToCommands", () => {
  it("[F8] moves a dragged card to the slot under the pointer in another cell", () => {
    const j = makeJourney();
    const layout = gridLayout(j);
    const { after } = run(j, { kind: "dragCards", cardIds: ["b"], pointer: slot(layout, "x") });
    expect(cellIds(after, "s2", "l2")).toEqual(["b", "x"]);
    expect(cellIds(after, "s1", "l1")).toEqual(["a", "c", "d"]);
  });

  it("[F8] reorders within one cell, down and up", () => {
    const j = makeJourney();
    const layout = gridLayout(j);
    expect(cellIds(run(j, { kind: "dragCards", cardIds: ["a"], pointer: slot(layout, "c") }).after, "s1", "l1")).toEqual(["b", "c", "a", "d"]);
    expect(cellIds(run(j, { kind: "dragCards", cardIds: ["d"], pointer: slot(layout, "a") }).after, "s1", "l1")).toEqual(["d", "a", "b", "c"]);
  });

  it("[F8] moves several cards together, in map order, even when some of them sit before the drop slot", () => {
    const j = makeJourney();
    const layout = gridLayout(j);
    // Drop a and c on the third slot: index 2 among [b, d], so a lands after d although c
    // (one of the moved cards) still sat before that point when the first move was applied.
    const { after } = run(j, { kind: "dragCards", cardIds: ["c", "a"], pointer: slot(layout, "c") });
    expect(cellIds(after, "s1", "l1")).toEqual(["b", "d", "a", "c"]);
    expect(cellIds(run(j, { kind: "dragCards", cardIds: ["c", "a"], pointer: slot(layout, "b") }).after, "s1", "l1")).toEqual(["b", "a", "c", "d"]);
  });

  it("gives no command when a card is dropped where it already is, or outside the grid", () => {
    const j = makeJourney();
    const layout = gridLayout(j);
    expect(flowChangesToCommands({ kind: "dragCards", cardIds: ["b"], pointer: slot(layout, "b") }, { journey: j, layout })).toEqual([]);
    expect(flowChangesToCommands({ kind: "dragCards", cardIds: ["b"], pointer: { x: -500, y: -500 } }, { journey: j, layout })).toEqual([]);
  });

  it("[F8] reorders stages and lanes by where their header is released", () => {
    const j = makeJourney();
    const layout = gridLayout(j);
    const s3 = layout.stages[2]!;
    const { commands, after } = run(j, { kind: "dropHeader", nodeId: `${STAGE_PREFIX}s1`, position: { x: s3.x + 10, y: 0 } });
    expect(commands).toEqual([{ type: "moveStage", id: "s1", index: 2 }]);
    expect(after.stages.map((s) => s.id)).toEqual(["s2", "s3", "s1"]);
    const l1 = layout.lanes[0]!;
    expect(run(j, { kind: "dropHeader", nodeId: `${LANE_PREFIX}l2`, position: { x: 0, y: l1.y - 40 } }).after.lanes.map((l) => l.id)).toEqual(["l2", "l1"]);
    expect(flowChangesToCommands({ kind: "dropHeader", nodeId: `${STAGE_PREFIX}s2`, position: { x: layout.stages[1]!.x + 5, y: 0 } }, { journey: j, layout })).toEqual([]);
  });

  it("[F24] links two different cards once; a link to itself or a second identical link is not made", () => {
    const j = makeJourney();
    const layout = gridLayout(j);
    const { after } = run(j, { kind: "connect", source: "b", target: "c", linkId: "new1" });
    expect(after.links).toContainEqual({ id: "new1", from: "b", to: "c" });
    expect(flowChangesToCommands({ kind: "connect", source: "b", target: "b", linkId: "n" }, { journey: j, layout })).toEqual([]);
    expect(flowChangesToCommands({ kind: "connect", source: "a", target: "x", linkId: "n" }, { journey: j, layout })).toEqual([]);
    expect(flowChangesToCommands({ kind: "connect", source: "a", target: null, linkId: "n" }, { journey: j, layout })).toEqual([]);
  });

  it("[F7] deletes selected cards with their links, and selected links on their own", () => {
    const j = makeJourney();
    const removedCard = run(j, { kind: "remove", nodeIds: ["a", "stage:s1"], edgeIds: ["k"] });
    expect(removedCard.commands).toEqual([{ type: "deleteCard", id: "a" }]);
    expect(removedCard.after.links ?? []).toEqual([]);
    const removedLink = run(j, { kind: "remove", nodeIds: [], edgeIds: ["k", "nope"] });
    expect(removedLink.commands).toEqual([{ type: "deleteLink", id: "k" }]);
    expect(removedLink.after.cards).toHaveLength(5);
  });
});
