import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { newId } from "../../shared/commands/newId";
import { ID_PATTERN } from "../../shared/schema/common";
import { apply, cell, example, exampleDoc, expectSkipped, ids, journeyOf, localUndo } from "./commandsSupport";

describe("applyCommands: the batch", () => {
  it("[C1] a batch is one transaction with the given origin; later commands see earlier ones", () => {
    const doc = exampleDoc();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (tr: Y.Transaction) => origins.push(tr.origin));
    const result = applyCommands(doc, [
      { type: "addStage", stage: { id: "new", name: "New" } },
      { type: "addCard", card: { id: "n1", kind: "note", stageId: "new", laneId: "do", title: "in the new stage" } },
    ], "workshop");
    expect(result).toEqual({ applied: 2, skipped: [] });
    expect(origins).toEqual(["workshop"]);
    expect(cell(journeyOf(doc), "new", "do")).toEqual(["n1"]);
  });

  it("[C2] unknown types, non-objects and missing entities are skipped with their index, never thrown", () => {
    const doc = exampleDoc();
    const before = journeyOf(doc);
    const garbage = [
      null, 7, { type: "noSuchCommand" }, { type: "updateCard", id: "missing", patch: { title: "x" } },
      { type: "addCard", card: null }, { type: "moveCard", id: "a1", stageId: "nowhere", laneId: "do" },
      { type: "deleteStage", id: "missing" }, { type: "updateCard", id: "a1", patch: "not an object" },
      { type: "constructor" }, { type: "toString" },
    ] as unknown as Command[];
    const result = apply(doc, ...garbage, { type: "setTitle", title: "still applied" });
    expect(result.applied).toBe(1);
    expect(result.skipped.map((s) => s.index)).toEqual(garbage.map((_, i) => i));
    expect(result.skipped[3]?.reason).toBe('no card "missing"');
    expect(journeyOf(doc)).toStrictEqual({ ...before, title: "still applied" });
  });

  it("[C2] a value that fails its schema is refused and nothing is written", () => {
    const doc = exampleDoc();
    expectSkipped(doc, { type: "setTitle", title: "" }, "title");
    expectSkipped(doc, { type: "addStage", stage: { id: "bad id", name: "x" } }, "stage.id");
    expectSkipped(doc, { type: "updateCard", id: "a1", patch: { emotion: 3 } }, "emotion");
    expectSkipped(doc, { type: "updateCard", id: "a1", patch: { title: null } }, "required");
    expectSkipped(doc, { type: "updateCard", id: "a1", patch: { stageId: "trial" } as never }, "cannot be changed");
    expectSkipped(doc, { type: "addStage", stage: { id: "aware", name: "again" } }, "already exists");
  });

  it("[C1] the empty batch writes nothing", () => {
    const doc = exampleDoc();
    const before = Y.encodeStateVector(doc);
    expect(apply(doc)).toEqual({ applied: 0, skipped: [] });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe("applyCommands: the map itself", () => {
  it("[F15] setTitle, setDescription (null removes) and setPersona (null removes)", () => {
    const doc = exampleDoc();
    apply(doc, { type: "setTitle", title: "Neu: Kündigung 🙈" }, { type: "setDescription", description: null }, { type: "setPersona", persona: { name: "Ana" } });
    let j = journeyOf(doc);
    expect(j.title).toBe("Neu: Kündigung 🙈");
    expect(j).not.toHaveProperty("description");
    expect(j.persona).toStrictEqual({ name: "Ana" });
    apply(doc, { type: "setPersona", persona: null }, { type: "setDescription", description: "" });
    j = journeyOf(doc);
    expect(j).not.toHaveProperty("persona");
    expect(j.description).toBe("");
  });
});

describe("applyCommands: stages and lanes", () => {
  it("[C3] addStage at an index, at the end, and clamped", () => {
    const doc = exampleDoc();
    apply(doc,
      { type: "addStage", stage: { id: "first", name: "First" }, index: 0 },
      { type: "addStage", stage: { id: "last", name: "Last" } },
      { type: "addStage", stage: { id: "third", name: "Third" }, index: 2 },
      { type: "addStage", stage: { id: "neg", name: "Neg" }, index: -5 },
      { type: "addStage", stage: { id: "far", name: "Far" }, index: 999 },
    );
    expect(ids(journeyOf(doc).stages)).toEqual(["neg", "first", "aware", "third", "trial", "setup", "value", "support", "last", "far"]);
  });

  it("[C3] moveStage and moveLane place the item at the index, itself not counted", () => {
    const doc = exampleDoc();
    apply(doc, { type: "moveStage", id: "aware", index: 2 }, { type: "moveLane", id: "idea", index: 0 });
    const j = journeyOf(doc);
    expect(ids(j.stages)).toEqual(["trial", "setup", "aware", "value", "support"]);
    expect(ids(j.lanes)).toEqual(["idea", "do", "tp", "feel", "pain"]);
    apply(doc, { type: "moveStage", id: "aware", index: 4 });
    expect(ids(journeyOf(doc).stages)).toEqual(["trial", "setup", "value", "support", "aware"]);
  });

  it("[F17] updateStage changes only the patched fields; null removes an optional one", () => {
    const doc = exampleDoc();
    apply(doc, { type: "updateStage", id: "aware", patch: { description: "Finding us" } });
    expect(journeyOf(doc).stages[0]).toStrictEqual({ id: "aware", name: "Awareness", description: "Finding us" });
    apply(doc, { type: "updateStage", id: "aware", patch: { description: null, name: "Aware" } });
    expect(journeyOf(doc).stages[0]).toStrictEqual({ id: "aware", name: "Aware" });
    apply(doc, { type: "updateLane", id: "do", patch: { kind: "backstage" } });
    expect(journeyOf(doc).lanes[0]).toStrictEqual({ id: "do", name: "Customer actions", kind: "backstage" });
  });

  it("[C4] deleteStage deletes its cards, their links, reviews, comments and key result ids; one undo brings it all back", () => {
    const doc = exampleDoc();
    const undo = localUndo(doc);
    const victims = new Set(example.cards.filter((c) => c.stageId === "setup").map((c) => c.id));
    const result = apply(doc, { type: "deleteStage", id: "setup" });
    expect(result.applied).toBe(1);
    const j = journeyOf(doc);
    expect(ids(j.stages)).not.toContain("setup");
    expect(j.cards.some((c) => victims.has(c.id))).toBe(false);
    expect((j.links ?? []).some((l) => victims.has(l.from) || victims.has(l.to))).toBe(false);
    expect((j.reviews ?? []).some((r) => victims.has(r.cardId))).toBe(false);
    expect((j.comments ?? []).some((c) => victims.has(c.cardId))).toBe(false);
    expect((j.okrs ?? []).flatMap((o) => o.keyResults.flatMap((k) => k.cardIds ?? [])).some((id) => victims.has(id))).toBe(false);
    undo.undo();
    expect(journeyOf(doc)).toStrictEqual(example);
  });

  it("[C4] deleteLane deletes its cards with their links; one undo restores them", () => {
    const doc = exampleDoc();
    const undo = localUndo(doc);
    apply(doc, { type: "deleteLane", id: "tp" });
    const j = journeyOf(doc);
    expect(j.cards.filter((c) => c.laneId === "tp")).toEqual([]);
    expect(ids(j.lanes)).toEqual(["do", "feel", "pain", "idea"]);
    undo.undo();
    expect(journeyOf(doc)).toStrictEqual(example);
  });

  it("[C3][F18] addLane at an index; a 51st lane is refused", () => {
    const doc = exampleDoc();
    apply(doc, { type: "addLane", lane: { id: "back", name: "Backstage ⚙️", kind: "backstage" }, index: 1 });
    expect(ids(journeyOf(doc).lanes)).toEqual(["do", "back", "tp", "feel", "pain", "idea"]);
    const adds: Command[] = Array.from({ length: 44 }, (_, i) => ({ type: "addLane", lane: { id: `y${i}`, name: `Y${i}`, kind: "notes" } }));
    expect(apply(doc, ...adds).applied).toBe(44);
    expectSkipped(doc, { type: "addLane", lane: { id: "one-too-many", name: "No", kind: "notes" } }, "at most 50 lanes");
  });

  it("[F11] a 201st stage is refused", () => {
    const doc = exampleDoc();
    const adds: Command[] = Array.from({ length: 195 }, (_, i) => ({ type: "addStage", stage: { id: `x${i}`, name: `X${i}` } }));
    expect(apply(doc, ...adds).applied).toBe(195);
    expectSkipped(doc, { type: "addStage", stage: { id: "one-too-many", name: "No" } }, "at most 200 stages");
  });
});

describe("newId", () => {
  it("[F5] makes a valid 16-character id from 16 random bytes, the same bytes giving the same id", () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    const id = newId(bytes);
    expect(id).toHaveLength(16);
    expect(ID_PATTERN.test(id)).toBe(true);
    expect(newId(bytes)).toBe(id);
    expect(newId(Uint8Array.from({ length: 16 }, () => 255))).toBe("7777777777777777");
    expect(() => newId(new Uint8Array(3))).toThrow(RangeError);
  });
});
