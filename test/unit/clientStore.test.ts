/**
 * The page's stores (client/store, client/map/mapStore): derived from a real Y.Doc, read once
 * per tick however many updates arrive, and changed only through their actions.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { applyCommands } from "../../shared/commands/applyCommands";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import type { ConnectionState } from "../../client/live/MapConnection";
import { createMapStore, type MapStore } from "../../client/map/mapStore";
import { createDocStore, type DocStore, type Scheduler } from "../../client/store/createDocStore";
import { sameValue } from "../../client/store/sameValue";
import { createUndoManager } from "../../client/map/createUndoManager";
import type { Role } from "../../client/map/MapSession";
import type { DocReading } from "../../shared/doc/docProblem";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";

/** A scheduler the test runs by hand: `tick()` runs what is pending, like the next animation frame. */
function manualScheduler(): Scheduler & { tick(): void; pending(): number } {
  let queue: (() => void)[] = [];
  const schedule = ((run: () => void) => {
    queue.push(run);
    return () => {
      queue = queue.filter((r) => r !== run);
    };
  }) as Scheduler & { tick(): void; pending(): number };
  schedule.tick = () => {
    const now = queue;
    queue = [];
    for (const run of now) run();
  };
  schedule.pending = () => queue.length;
  return schedule;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function openMap(role: Role = "editor"): { doc: Y.Doc; journey: DocStore<DocReading<Journey>>; map: MapStore; tick(): void; connection: { state: ConnectionState; set(s: Partial<ConnectionState>): void } } {
  const doc = journeyToDoc(exampleJourney());
  const scheduler = manualScheduler();
  const journey = createDocStore(doc, createJourneyReader, scheduler);
  const awareness = new Awareness(doc);
  const undoManager = createUndoManager(doc);
  const listeners = new Set<() => void>();
  const connection = {
    state: { link: "connected", close: null, saved: true, localLoaded: true, synced: true } as ConnectionState,
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    clearLocal: async () => {},
    set(s: Partial<ConnectionState>) {
      connection.state = { ...connection.state, ...s };
      for (const l of listeners) l();
    },
  };
  const map = createMapStore({ mapId: "m1", journey, awareness, undoManager, connection, role, roleKnown: true, clock: { today: "2026-11-21", now: () => 0 } });
  cleanups.push(() => {
    map.destroy();
    journey.destroy();
    undoManager.destroy();
    awareness.destroy();
    doc.destroy();
  });
  return { doc, journey, map, tick: scheduler.tick, connection };
}

describe("createDocStore", () => {
  it("reads the document once per tick however many updates arrive, and notifies once", () => {
    const doc = new Y.Doc();
    let reads = 0;
    const scheduler = manualScheduler();
    const store = createDocStore(doc, (d) => ({ read: () => (reads++, d.getMap("m").get("n") as number | undefined), dispose() {} }), scheduler);
    cleanups.push(() => store.destroy());
    expect(reads).toBe(1);
    let notified = 0;
    store.subscribe(() => notified++);
    for (let i = 1; i <= 50; i++) doc.getMap("m").set("n", i);
    expect(reads).toBe(1);
    expect(scheduler.pending()).toBe(1);
    scheduler.tick();
    expect(reads).toBe(2);
    expect(notified).toBe(1);
    expect(store.getState()).toBe(50);
  });

  it("notifies nobody when the reading is the same object, and stops reading once destroyed", () => {
    const doc = new Y.Doc();
    const fixed = { same: true };
    let disposed = false;
    const scheduler = manualScheduler();
    const store = createDocStore(doc, () => ({ read: () => fixed, dispose: () => void (disposed = true) }), scheduler);
    let notified = 0;
    store.subscribe(() => notified++);
    doc.getMap("m").set("x", 1);
    scheduler.tick();
    expect(notified).toBe(0);
    store.destroy();
    expect(disposed).toBe(true);
    doc.getMap("m").set("x", 2);
    expect(scheduler.pending()).toBe(0);
  });

  it("flush() reads a pending update at once", () => {
    const doc = new Y.Doc();
    const store = createDocStore(doc, (d) => ({ read: () => d.getMap("m").size, dispose() {} }), manualScheduler());
    cleanups.push(() => store.destroy());
    doc.getMap("m").set("a", 1);
    expect(store.getState()).toBe(0);
    store.flush();
    expect(store.getState()).toBe(1);
  });
});

describe("sameValue", () => {
  it("compares plain data structurally and everything else by identity", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue(new Map([[1, 1]]), new Map([[1, 1]]))).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});

describe("the map store", () => {
  it("[KB9] follows the document: a remote title edit changes the journey and keeps every other card object", () => {
    const { doc, map, tick } = openMap();
    const before = map.getState().journey;
    const [first, second] = before.cards;
    if (!first || !second) throw new Error("example has cards");
    applyCommands(doc, [{ type: "updateCard", id: first.id, patch: { title: "Renamed elsewhere" } }], "remote");
    expect(map.getState().journey).toBe(before);
    tick();
    const after = map.getState().journey;
    expect(after.cards.find((c) => c.id === first.id)?.title).toBe("Renamed elsewhere");
    expect(after.cards.find((c) => c.id === second.id)).toBe(second);
  });

  it("keeps only cards that still exist in the selection and the card edited in place", () => {
    const { doc, map, tick } = openMap();
    const [a, b] = map.getState().journey.cards;
    if (!a || !b) throw new Error("example has cards");
    map.getState().select([a.id, b.id, a.id]);
    expect(map.getState().selection).toEqual([a.id, b.id]);
    map.getState().setEditing(a.id);
    applyCommands(doc, [{ type: "deleteCard", id: a.id }], "remote");
    tick();
    expect(map.getState().selection).toEqual([b.id]);
    expect(map.getState().editingCardId).toBeNull();
  });

  it("[KB2] refuses a viewer's commands without touching the document, and reports skipped commands", () => {
    const viewer = openMap("viewer");
    const card = viewer.map.getState().journey.cards[0];
    if (!card) throw new Error("example has cards");
    const before = Y.encodeStateVector(viewer.doc);
    expect(viewer.map.getState().dispatch([{ type: "updateCard", id: card.id, patch: { title: "No" } }])).toEqual({ applied: 0, skipped: [], refused: "viewOnly" });
    expect(Y.encodeStateVector(viewer.doc)).toEqual(before);

    const editor = openMap("editor");
    const result = editor.map.getState().dispatch([{ type: "updateCard", id: "no-such-card", patch: { title: "x" } }]);
    expect(result.applied).toBe(0);
    expect(result.skipped).toHaveLength(1);
    expect(result.refused).toBeNull();
  });

  it("mirrors the connection's state and the role, and pans through a registered viewport only", () => {
    const { map, connection } = openMap();
    connection.set({ link: "offline", saved: false });
    expect(map.getState().connection.link).toBe("offline");
    map.getState().setRole("viewer", true);
    expect(map.getState().canEdit).toBe(false);
    const card = map.getState().journey.cards[0];
    if (!card) throw new Error("example has cards");
    map.getState().focusCard(card.id);
    expect(map.getState().selection).toEqual([card.id]);
    const panned: string[] = [];
    map.getState().setViewport({ focusCard: (id) => panned.push(id) });
    map.getState().focusCard(card.id);
    expect(panned).toEqual([card.id]);
  });
});
