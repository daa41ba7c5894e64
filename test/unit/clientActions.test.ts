/**
 * The map's action table (client/actions): when each action is enabled and why not, what it
 * does to a real document, the shortcuts and where they may act, and grid navigation.
 */
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { MAP_ACTIONS, mapAction, type ActionContext } from "../../client/actions/mapActions";
import { runAction, type ActionSource } from "../../client/actions/runAction";
import { matchesShortcut, shortcutsMayAct, type FocusDescription, type KeyLike } from "../../client/actions/shortcuts";
import { firstStop, nextStop } from "../../client/actions/gridNavigation";
import { CATALOGUE, translate } from "../../client/i18n/catalogue";
import type { ConnectionState } from "../../client/live/MapConnection";
import { createUndoManager } from "../../client/map/createUndoManager";
import type { Role } from "../../client/map/MapSession";
import { createMapStore, type MapStore } from "../../client/map/mapStore";
import { createDocStore } from "../../client/store/createDocStore";
import { exampleJourney } from "../support/example";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** The example map open in a store; `flush()` reads the document's changes at once. */
function openMap(role: Role = "editor"): { doc: Y.Doc; map: MapStore; flush(): void } {
  const doc = journeyToDoc(exampleJourney());
  const journey = createDocStore(doc, createJourneyReader, (run) => {
    queueMicrotask(run);
    return () => {};
  });
  const awareness = new Awareness(doc);
  const undoManager = createUndoManager(doc);
  const connection = { state: { link: "connected", close: null, saved: true, localLoaded: true, synced: true } as ConnectionState, subscribe: () => () => {}, clearLocal: async () => {} };
  const map = createMapStore({ mapId: "m1", journey, awareness, undoManager, connection, role, roleKnown: true, clock: { today: "2026-11-21", now: () => 0 } });
  cleanups.push(() => {
    map.destroy();
    journey.destroy();
    undoManager.destroy();
    awareness.destroy();
    doc.destroy();
  });
  return { doc, map, flush: () => journey.flush() };
}

/** Runs an action as `source` with English messages; returns the outcome and what was announced. */
function act(map: MapStore, id: string, source: ActionSource = "keyboard", arg?: { stageId: string; laneId: string }) {
  const said: string[] = [];
  let n = 0;
  const ctx: ActionContext = {
    state: map.getState(),
    t: (key, params) => translate("en", key, params),
    newId: () => `new${++n}`,
    clip: { current: null },
    announce: (text) => said.push(text),
  };
  return { outcome: runAction(id, ctx, source, arg), said };
}

describe("the action table", () => {
  it("[KB2] has one entry per id, a label in every language, and no shortcut used twice", () => {
    const ids = MAP_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of MAP_ACTIONS) {
      expect(CATALOGUE.en[a.label], a.label).toBeTruthy();
      expect(CATALOGUE.de[a.label], a.label).toBeTruthy();
    }
    const shortcuts = MAP_ACTIONS.flatMap((a) => a.shortcuts);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it("[KB2] refuses a viewer's and a presenter's edits with the reason, announced only when a person started it", () => {
    const viewer = openMap("viewer");
    const refused = act(viewer.map, "card.add");
    expect(refused.outcome).toEqual({ id: "card.add", status: "skipped", reason: "keys.refused.viewOnly" });
    expect(refused.said).toEqual(["View only: this key cannot change the map."]);
    expect(act(viewer.map, "card.add", "program").said).toEqual([]);
    expect(viewer.map.getState().journey.cards).toHaveLength(exampleJourney().cards.length);

    const editor = openMap();
    editor.map.getState().setPresenting(true);
    expect(act(editor.map, "stage.add").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.presenting" });
    // Selecting stays possible while presenting or viewing.
    expect(act(viewer.map, "selection.all").outcome.status).toBe("applied");
  });

  it("[KB2] says what is missing: a selection, exactly one card, something to undo", () => {
    const { map } = openMap();
    expect(act(map, "selection.duplicate").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.noSelection" });
    expect(act(map, "selection.delete").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.noSelection" });
    map.getState().select(["a1", "a2"]);
    expect(act(map, "card.editTitle").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.oneCard" });
    expect(act(map, "history.undo").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.nothingToUndo" });
  });

  it("adds a card in the selected card's cell, selects it and starts editing its title; undo takes it back", () => {
    const { map, flush } = openMap();
    map.getState().select(["p2"]);
    expect(act(map, "card.add").outcome.status).toBe("applied");
    flush();
    const added = map.getState().journey.cards.find((c) => c.id === "new1");
    expect(added).toMatchObject({ stageId: "setup", laneId: "pain", kind: "painPoint", title: "New card" });
    expect(map.getState().selection).toEqual(["new1"]);
    expect(map.getState().editingCardId).toBe("new1");
    expect(act(map, "history.undo").outcome.status).toBe("applied");
    flush();
    expect(map.getState().journey.cards.some((c) => c.id === "new1")).toBe(false);
  });

  it("adds a card in the cell it is given (a cell's own button or N on it)", () => {
    const { map, flush } = openMap();
    act(map, "card.add", "node", { stageId: "support", laneId: "feel" });
    flush();
    expect(map.getState().journey.cards.find((c) => c.id === "new1")).toMatchObject({ stageId: "support", laneId: "feel" });
  });

  it("[KB4] moves the selected card to the neighbouring cell and announces the cell by name, never x/y", () => {
    const { map, flush } = openMap();
    map.getState().select(["p2"]);
    const right = act(map, "card.move.right");
    flush();
    expect(right.outcome.status).toBe("applied");
    expect(right.said).toEqual([expect.stringMatching(/^Moved .+ to First value, Pain points$/)]);
    expect(map.getState().journey.cards.find((c) => c.id === "p2")).toMatchObject({ stageId: "value", laneId: "pain" });
    const down = act(map, "card.move.down");
    flush();
    expect(down.said[0]).toMatch(/to First value, Opportunities$/);
    // At the bottom edge the move is refused with a reason.
    expect(act(map, "card.move.down").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.edge" });
    map.getState().select(["a1"]);
    expect(act(map, "card.move.left").outcome).toMatchObject({ status: "skipped", reason: "keys.refused.edge" });
  });

  it("deletes the selected cards and links in one undoable step", () => {
    const { map, flush } = openMap();
    const link = map.getState().journey.links?.[0];
    if (!link) throw new Error("the example has links");
    map.getState().select(["a1"]);
    map.getState().selectLinks([link.id]);
    act(map, "selection.delete");
    flush();
    expect(map.getState().journey.cards.some((c) => c.id === "a1")).toBe(false);
    expect(map.getState().journey.links?.some((l) => l.id === link.id)).toBe(false);
    expect(map.getState().selection).toEqual([]);
    act(map, "history.undo");
    flush();
    expect(map.getState().journey.cards.some((c) => c.id === "a1")).toBe(true);
  });
});

describe("deleting through the action table", () => {
  it("asks before deleting more than a few cards, and deletes them once confirmed", () => {
    const { map, flush } = openMap();
    map.getState().select(["a1", "a2", "a3", "a4"]);
    expect(act(map, "selection.delete").outcome.status).toBe("applied");
    const pending = map.getState().pendingDeletion;
    expect(pending).toMatchObject({ target: { kind: "cards" }, cards: 4 });
    flush();
    expect(map.getState().journey.cards.filter((c) => ["a1", "a2", "a3", "a4"].includes(c.id))).toHaveLength(4);
    pending?.run();
    map.getState().settleDeletion();
    flush();
    expect(map.getState().journey.cards.filter((c) => ["a1", "a2", "a3", "a4"].includes(c.id))).toHaveLength(0);
    expect(map.getState().pendingDeletion).toBeNull();
  });
});

describe("shortcuts", () => {
  const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  const actionFor = (e: KeyLike) => MAP_ACTIONS.find((a) => a.shortcuts.some((s) => matchesShortcut(e, s)))?.id;

  it("match with exactly the modifiers they name (Ctrl or Cmd for Mod)", () => {
    expect(actionFor(key("z", { ctrlKey: true }))).toBe("history.undo");
    expect(actionFor(key("z", { metaKey: true }))).toBe("history.undo");
    expect(actionFor(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("history.redo");
    expect(actionFor(key("y", { ctrlKey: true }))).toBe("history.redo");
    expect(actionFor(key("n"))).toBe("card.add");
    expect(actionFor(key("N", { shiftKey: true }))).toBeUndefined();
    expect(actionFor(key("n", { ctrlKey: true }))).toBeUndefined();
    expect(actionFor(key("ArrowRight", { altKey: true }))).toBe("card.move.right");
    expect(actionFor(key("ArrowRight"))).toBeUndefined();
    expect(mapAction("selection.delete").shortcuts).toContain("Delete");
  });

  it("[KB1] act only with focus on the canvas or a card, never in a dialog, a text field or on a control", () => {
    const base: FocusDescription = { onCanvas: true, onCard: false, inDialog: false, inTextField: false, onControl: false };
    expect(shortcutsMayAct(base)).toBe(true);
    expect(shortcutsMayAct({ ...base, onCard: true })).toBe(true);
    expect(shortcutsMayAct({ ...base, onCanvas: false })).toBe(false);
    expect(shortcutsMayAct({ ...base, inDialog: true })).toBe(false);
    expect(shortcutsMayAct({ ...base, inTextField: true })).toBe(false);
    expect(shortcutsMayAct({ ...base, onControl: true })).toBe(false);
  });
});

describe("grid navigation", () => {
  const j = exampleJourney();

  it("[KB3] walks a cell's cards, then the cells around, in grid order", () => {
    expect(firstStop(j)).toEqual({ cardId: "a1" });
    expect(nextStop(j, { cardId: "a1" }, "right")).toEqual({ cardId: "a2" });
    expect(nextStop(j, { cardId: "t2" }, "down")).toEqual({ cardId: "t3" });
    expect(nextStop(j, { cardId: "t3" }, "up")).toEqual({ cardId: "t2" });
    expect(nextStop(j, { cardId: "a1" }, "left")).toBeNull();
    // Aware has no emotion card: that cell is a stop of its own for editors...
    expect(nextStop(j, { cardId: "t1" }, "down")).toEqual({ stageId: "aware", laneId: "feel" });
    expect(nextStop(j, { stageId: "aware", laneId: "feel" }, "right")).toEqual({ stageId: "trial", laneId: "feel" });
    // ...and passed over for viewers, who can do nothing there.
    expect(nextStop(j, { cardId: "t1" }, "down", false)).toBeNull();
    expect(nextStop(j, { cardId: "p1" }, "up", false)).toEqual({ cardId: "t3" });
  });
});
