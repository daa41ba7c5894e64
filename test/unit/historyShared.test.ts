/**
 * The pure parts of History: the change summary (H6), the minimal restore diff (H5) and
 * restoring single cards (H8).
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { MAP_RESTORE_ROOTS } from "../../server/history/History";
import { WORKSPACE_RESTORE_ROOTS } from "../../server/history/docFlavours";
import { restoreCardsFrom } from "../../shared/history/restoreCards";
import { isNoChange, summarizeChange } from "../../shared/history/summarizeChange";
import { syncDocTo } from "../../shared/history/syncSharedTree";
import { exampleJourney } from "../support/example";
import { makeBigJourney } from "../support/bigJourney";

function copyOf(doc: Y.Doc): Y.Doc {
  const out = new Y.Doc();
  Y.applyUpdate(out, Y.encodeStateAsUpdate(doc));
  return out;
}

describe("history: summary", () => {
  it("[H6] names cards, links and stages added, changed and removed by title", () => {
    const before = exampleJourney();
    const doc = journeyToDoc(before);
    const [first, second] = before.cards;
    applyCommands(
      doc,
      [
        { type: "updateCard", id: first?.id ?? "", patch: { title: "Sees an ad again" } },
        { type: "deleteStage", id: "support" },
        { type: "addCard", card: { id: "new1", kind: "note", stageId: "aware", laneId: before.lanes[0]?.id ?? "", title: "A new idea" } },
        { type: "setTitle", title: "Renamed" },
      ],
      "local",
    );
    const s = summarizeChange(before, docToJourney(doc).journey);
    expect(s.cards.changed.map((c) => c.title)).toEqual(["Sees an ad again"]);
    expect(s.cards.added).toEqual([{ id: "new1", title: "A new idea" }]);
    expect(s.stages.removed.map((x) => x.id)).toEqual(["support"]);
    expect(s.cards.removed.length).toBeGreaterThan(0);
    expect(s.other).toContain("title");
    expect(second).toBeDefined();
    expect(isNoChange(summarizeChange(before, before))).toBe(true);
    const fromNothing = summarizeChange(null, before);
    expect(fromNothing.cards.added).toHaveLength(before.cards.length);
    expect(fromNothing.links.added[0]?.title).toContain(" → ");
  });
});

describe("history: restore diff", () => {
  it("[H5] syncDocTo makes the journey equal to the version's with a change no bigger than the difference", () => {
    const big = makeBigJourney({ cards: 2000, seed: 7 });
    const version = journeyToDoc(big);
    const live = copyOf(version);
    const victim = big.cards[10]?.id ?? "";
    applyCommands(live, [{ type: "deleteCard", id: victim }, { type: "updateCard", id: big.cards[20]?.id ?? "", patch: { title: "Changed" } }], "local");
    const sv = Y.encodeStateVector(live);
    expect(syncDocTo(live, version, MAP_RESTORE_ROOTS, "restore")).toBe(true);
    const update = Y.encodeStateAsUpdate(live, sv);
    expect(docToJourney(live).journey).toEqual(docToJourney(version).journey);
    // One card and one title: a tiny fraction of the 2,000-card state.
    expect(update.byteLength).toBeLessThan(Y.encodeStateAsUpdate(version).byteLength / 100);
    expect(syncDocTo(live, version, MAP_RESTORE_ROOTS, "restore")).toBe(false);
  });

  it("[H5] the restore is one transaction with origin restore, and leaves the workshop alone", () => {
    const version = journeyToDoc(exampleJourney());
    const live = copyOf(version);
    live.getMap("workshop").set("timer", { running: true });
    applyCommands(live, [{ type: "setTitle", title: "Other" }, { type: "deleteStage", id: "trial" }], "local");
    const origins: unknown[] = [];
    live.on("afterTransaction", (tr: Y.Transaction) => origins.push(tr.origin));
    syncDocTo(live, version, MAP_RESTORE_ROOTS, "restore");
    expect(origins).toEqual(["restore"]);
    expect(docToJourney(live).journey).toEqual(exampleJourney());
    expect(live.getMap("workshop").get("timer")).toEqual({ running: true });
  });
});

describe("history: restore by item ids", () => {
  it("[H11] comparing by item ids keeps the restore minimal: one changed title of 300 cards restores as that one value, and a card changed then changed back needs nothing", () => {
    const journey = makeBigJourney({ cards: 300, seed: 11 });
    const version = journeyToDoc(journey);
    const live = copyOf(version);
    const card = journey.cards[7];
    if (!card) throw new Error("no card");
    applyCommands(live, [{ type: "updateCard", id: card.id, patch: { title: "Changed" } }], "local");
    const before = Y.encodeStateVector(live);
    expect(syncDocTo(live, version, MAP_RESTORE_ROOTS, "restore")).toBe(true);
    const update = Y.decodeUpdate(Y.encodeStateAsUpdate(live, before));
    expect(update.structs).toHaveLength(1);
    expect(docToJourney(live).journey).toEqual(docToJourney(version).journey);
    // The version and the live document now hold the same content under different items: equal by value, nothing written.
    expect(syncDocTo(live, version, MAP_RESTORE_ROOTS, "restore")).toBe(false);
    // A workspace document restores its own parts the same way.
    const ws = new Y.Doc();
    ws.getMap("teams");
    const wsLive = copyOf(ws);
    wsLive.getMap("decisions").set("d1", "x");
    expect(syncDocTo(wsLive, ws, WORKSPACE_RESTORE_ROOTS, "restore")).toBe(true);
    expect(wsLive.getMap("decisions").size).toBe(0);
  });
});

describe("history: restore single cards", () => {
  it("[H8] brings back cards of a deleted stage with the stage, their links and comments, and nothing else", () => {
    const journey = exampleJourney();
    const version = journeyToDoc(journey);
    const live = copyOf(version);
    const trialCards = journey.cards.filter((c) => c.stageId === "trial").map((c) => c.id);
    applyCommands(live, [{ type: "deleteStage", id: "trial" }, { type: "setTitle", title: "Kept title" }], "local");
    const result = restoreCardsFrom(live, version, [...trialCards, "a1", "ghost"], "restore");
    expect(result.restored).toEqual(trialCards);
    expect(result.present).toEqual(["a1"]);
    expect(result.missing).toEqual(["ghost"]);
    const after = docToJourney(live).journey;
    expect(after.title).toBe("Kept title");
    expect(after.stages.map((s) => s.id)).toEqual(journey.stages.map((s) => s.id));
    expect(after.cards.map((c) => c.id).sort()).toEqual(journey.cards.map((c) => c.id).sort());
    expect((after.links ?? []).length).toBe((journey.links ?? []).length);
    expect((after.comments ?? []).length).toBe((journey.comments ?? []).length);
  });
});
