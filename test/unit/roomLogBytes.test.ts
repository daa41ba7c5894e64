import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "../../server/log";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { RoomLog } from "../../server/sync/RoomLog";
import { materialize, verifiedState } from "../../server/sync/roomState";

/** What the worker's snapshot job does (heavyWorker.ts), in this thread: the parts merged into one checked update. */
async function snapshotOf(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const { doc, failure } = materialize(parts);
  if (failure) throw new Error(failure);
  return verifiedState(Y.encodeStateAsUpdate(doc));
}

/** A writer's document with `n` keys set already, and the updates it makes from now on. */
function writer(n: number): { doc: Y.Doc; next: (key: string, value: unknown) => Uint8Array } {
  const doc = new Y.Doc();
  for (let i = 0; i < n; i++) doc.getMap("m").set(`base${i}`, "x".repeat(40));
  return {
    doc,
    next(key, value) {
      let update: Uint8Array = new Uint8Array();
      doc.once("update", (u: Uint8Array) => (update = u));
      doc.getMap("m").set(key, value);
      return update;
    },
  };
}

function bigLog(state: Uint8Array, heavyStateBytes: number, merges: Uint8Array[][] = [], vectors: Uint8Array[] = []): RoomLog {
  return new RoomLog("m1", { state }, { lastSeq: 0, logCount: 0, logBytes: 0 }, {
    storage: new MemoryStorage(),
    log: silentLogger,
    compactAfterUpdates: 500,
    compactAfterBytes: 1 << 22,
    heavyStateBytes,
    snapshotOf: (parts) => {
      merges.push([...parts]);
      return snapshotOf(parts);
    },
    stateVectorOf: (state) => {
      vectors.push(state);
      return Promise.resolve(Y.encodeStateVectorFromUpdate(state));
    },
  });
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe("a big state kept as bytes (S60)", () => {
  it("[S60] a big room never built takes committed updates as bytes: nothing is decoded, the parts are the state, and the document built later holds everything", () => {
    const w = writer(200);
    const state = Y.encodeStateAsUpdate(w.doc);
    const log = bigLog(state, 1024);
    const u1 = w.next("a", 1);
    const u2 = w.next("b", 2);
    expect(log.applyStored([u1], 1, 1)).toEqual(u1);
    expect(log.committed([u2], { lastSeq: 2, logCount: 2, logBytes: u1.byteLength + u2.byteLength })).toEqual(u2);
    expect(log.built).toBe(false);
    expect(log.applied).toBe(2);
    expect(log.stateParts()).toEqual([state, u1, u2]);
    expect(log.doc.getMap("m").toJSON()).toEqual(w.doc.getMap("m").toJSON());
    expect(log.built).toBe(true);
  });

  it("[S60] a small room builds its document at the first commit, as before", () => {
    const w = writer(2);
    const log = bigLog(Y.encodeStateAsUpdate(w.doc), 1 << 20);
    log.applyStored([w.next("a", 1)], 1, 1);
    expect(log.built).toBe(true);
    expect(log.doc.getMap("m").get("a")).toBe(1);
  });

  it("[S60] a never-built big state's parts are never encoded here: a big update stays a part (no merge, no encoding), more than 10,000 are merged in the worker with the updates applied meanwhile kept after the merge; the whole state is then the merge", async () => {
    const w = writer(10);
    const base = Y.encodeStateAsUpdate(w.doc);
    const merges: Uint8Array[][] = [];
    const log = bigLog(base, 256, merges);
    const big = w.next("big", "y".repeat(4 * base.byteLength + 1024 * 1024));
    log.applyStored([big], 1, 1);
    await settle();
    expect(merges).toEqual([]);
    expect(log.stateParts()).toEqual([base, big]);
    const small = Array.from({ length: 10_000 }, (_, i) => w.next(`k${i}`, i));
    small.forEach((u, i) => log.applyStored([u], i + 2, i + 2)); // the last one makes 10,001 updates since the base: the merge starts
    const meanwhile = w.next("meanwhile", 2); // applied while it runs
    log.applyStored([meanwhile], 10_002, 10_002);
    expect(merges).toHaveLength(1);
    expect(merges[0]).toHaveLength(10_002);
    expect(log.built).toBe(false);
    await settle();
    const parts = log.stateParts();
    expect(parts).toHaveLength(2);
    expect(parts[1]).toEqual(meanwhile);
    expect(Y.encodeStateVectorFromUpdate(parts[0] as Uint8Array)).toEqual(Y.encodeStateVectorFromUpdate(Y.mergeUpdates([base, big, ...small])));
    await log.ready();
    expect(log.stateParts()).toHaveLength(1);
    expect(log.wholeState()).toBe(log.stateParts()[0]);
    expect(log.built).toBe(false);
    expect(log.doc.getMap("m").toJSON()).toEqual(w.doc.getMap("m").toJSON());
  });

  it("[S60] ready(): a never-built big room's parts are merged and its state vector read by the worker jobs, so a joining client's first message needs no decoding here", async () => {
    const w = writer(200);
    const state = Y.encodeStateAsUpdate(w.doc);
    const merges: Uint8Array[][] = [];
    const vectors: Uint8Array[] = [];
    const log = bigLog(state, 1024, merges, vectors);
    const u1 = w.next("a", 1);
    log.applyStored([u1], 1, 1);
    await log.ready();
    expect(merges).toEqual([[state, u1]]);
    expect(vectors).toHaveLength(1);
    expect(vectors[0]).toBe(log.wholeState());
    expect(log.currentStateVector()).toEqual(Y.encodeStateVector(w.doc));
    expect(log.built).toBe(false);
    await log.ready(); // nothing left to do
    expect([merges.length, vectors.length]).toEqual([1, 1]);
  });

  it("[S60] ready() does nothing for a small room", async () => {
    const vectors: Uint8Array[] = [];
    const log = bigLog(Y.encodeStateAsUpdate(writer(2).doc), 1 << 20, [], vectors);
    await log.ready();
    expect(vectors).toEqual([]);
  });
});
