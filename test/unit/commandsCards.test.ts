import { describe, expect, it } from "vitest";
import type { Card } from "../../shared/schema/card";
import { apply, cell, example, exampleDoc, expectSkipped, ids, journeyOf, localUndo } from "./commandsSupport";

const note = (id: string, stageId: string, laneId: string): Card => ({ id, kind: "note", stageId, laneId, title: `note ${id}` });

describe("applyCommands: cards", () => {
  it("[C3][F8] addCard puts the card at the index among the cards of its cell", () => {
    const doc = exampleDoc();
    expect(cell(example, "trial", "tp")).toEqual(["t2", "t3"]);
    apply(doc,
      { type: "addCard", card: note("n0", "trial", "tp"), index: 0 },
      { type: "addCard", card: note("n1", "trial", "tp"), index: 2 },
      { type: "addCard", card: note("nEnd", "trial", "tp") },
      { type: "addCard", card: note("nBig", "trial", "tp"), index: 1_000 },
    );
    expect(cell(journeyOf(doc), "trial", "tp")).toEqual(["n0", "t2", "n1", "t3", "nEnd", "nBig"]);
  });

  it("[C3] moveCard within a cell: the index counts the other cards of the cell", () => {
    const doc = exampleDoc();
    apply(doc, { type: "moveCard", id: "t2", stageId: "trial", laneId: "tp", index: 1 });
    expect(cell(journeyOf(doc), "trial", "tp")).toEqual(["t3", "t2"]);
    apply(doc, { type: "moveCard", id: "t2", stageId: "trial", laneId: "tp", index: 0 });
    expect(cell(journeyOf(doc), "trial", "tp")).toEqual(["t2", "t3"]);
    apply(doc, { type: "moveCard", id: "t2", stageId: "trial", laneId: "tp" });
    expect(cell(journeyOf(doc), "trial", "tp")).toEqual(["t3", "t2"]);
  });

  it("[C3] moveCard to another cell changes the cell and keeps every other field", () => {
    const doc = exampleDoc();
    const before = example.cards.find((c) => c.id === "t3");
    apply(doc, { type: "moveCard", id: "t3", stageId: "aware", laneId: "tp", index: 0 });
    const j = journeyOf(doc);
    expect(cell(j, "aware", "tp")).toEqual(["t3", "t1"]);
    expect(cell(j, "trial", "tp")).toEqual(["t2"]);
    expect(j.cards.find((c) => c.id === "t3")).toStrictEqual({ ...before, stageId: "aware" });
  });

  it("[C3] a batch of moves sees the effect of the earlier moves", () => {
    const doc = exampleDoc();
    apply(doc,
      { type: "addCard", card: note("x1", "value", "idea") },
      { type: "addCard", card: note("x2", "value", "idea") },
      { type: "addCard", card: note("x3", "value", "idea") },
      { type: "moveCard", id: "x3", stageId: "value", laneId: "idea", index: 0 },
      { type: "moveCard", id: "x1", stageId: "value", laneId: "idea", index: 1 },
    );
    const added = cell(journeyOf(doc), "value", "idea").filter((id) => id.startsWith("x"));
    expect(added).toEqual(["x3", "x1", "x2"]);
  });

  it("[C2][F7] addCard into a missing cell, with a missing owner team or an existing id is refused", () => {
    const doc = exampleDoc();
    expectSkipped(doc, { type: "addCard", card: note("n", "nowhere", "tp") }, 'no stage "nowhere"');
    expectSkipped(doc, { type: "addCard", card: note("n", "trial", "nowhere") }, 'no lane "nowhere"');
    expectSkipped(doc, { type: "addCard", card: { ...note("n", "trial", "tp"), ownerTeamId: "ghost" } }, 'no team "ghost"');
    expectSkipped(doc, { type: "addCard", card: note("a1", "trial", "tp") }, 'card "a1" already exists');
    expectSkipped(doc, { type: "addCard", card: { ...note("n", "trial", "tp"), metrics: [{ kind: "custom" }] } }, "label");
    expectSkipped(doc, { type: "moveCard", id: "a1", stageId: "trial", laneId: "nowhere" }, 'no lane "nowhere"');
  });

  it("[F20] updateCard sets and removes optional fields, touching nothing else", () => {
    const doc = exampleDoc();
    apply(doc, { type: "updateCard", id: "p1", patch: { votes: null, status: "done", description: "Ärger 😤", metrics: [{ kind: "CSAT", value: 3.5 }] } });
    const p1 = journeyOf(doc).cards.find((c) => c.id === "p1");
    const { votes: _votes, ...rest } = example.cards.find((c) => c.id === "p1") as Card;
    expect(p1).toStrictEqual({ ...rest, status: "done", description: "Ärger 😤", metrics: [{ kind: "CSAT", value: 3.5 }] });
    expectSkipped(doc, { type: "updateCard", id: "p1", patch: { ownerTeamId: "ghost" } }, 'no team "ghost"');
  });

  it("[C4] deleteCard deletes its links, reviews and comments and its key result ids; one undo restores all", () => {
    const doc = exampleDoc();
    const undo = localUndo(doc);
    const linked = (example.links ?? [])[0];
    if (!linked) throw new Error("the example has links");
    apply(doc, { type: "deleteCard", id: linked.from });
    const j = journeyOf(doc);
    expect(ids(j.cards)).not.toContain(linked.from);
    expect(ids(j.links)).not.toContain(linked.id);
    undo.undo();
    expect(journeyOf(doc)).toStrictEqual(example);
  });

  it("[C4] deleting the card a key result names removes only that id", () => {
    const doc = exampleDoc();
    apply(doc, { type: "deleteCard", id: "t4" });
    const krs = (journeyOf(doc).okrs ?? []).flatMap((o) => o.keyResults);
    expect(krs.find((k) => k.id === "kr1")?.cardIds).toEqual(["t2", "t5"]);
    expect(krs.find((k) => k.id === "kr2")?.cardIds).toEqual([]);
  });
});

describe("applyCommands: links", () => {
  it("[F24] addLink joins two existing different cards; updateLink and deleteLink", () => {
    const doc = exampleDoc();
    apply(doc, { type: "addLink", link: { id: "L9", from: "a1", to: "a2", label: "next" } });
    expect(journeyOf(doc).links?.at(-1)).toStrictEqual({ id: "L9", from: "a1", to: "a2", label: "next" });
    apply(doc, { type: "updateLink", id: "L9", patch: { label: null } });
    expect(journeyOf(doc).links?.at(-1)).toStrictEqual({ id: "L9", from: "a1", to: "a2" });
    apply(doc, { type: "deleteLink", id: "L9" });
    expect(journeyOf(doc).links).toStrictEqual(example.links);
    expectSkipped(doc, { type: "addLink", link: { id: "L10", from: "a1", to: "a1" } }, "two different cards");
    expectSkipped(doc, { type: "addLink", link: { id: "L10", from: "a1", to: "ghost" } }, 'no card "ghost"');
    expectSkipped(doc, { type: "updateLink", id: "L9", patch: { label: "x" } }, 'no link "L9"');
  });
});
