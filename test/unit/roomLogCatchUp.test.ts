import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "../../server/log";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { RoomLog } from "../../server/sync/RoomLog";

/** `n` updates, each setting key `k<i>` of map "m" by one writer, in order. */
function updates(n: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => out.push(u));
  for (let i = 1; i <= n; i++) doc.getMap("m").set(`k${i}`, i);
  return out;
}

async function storeWith(): Promise<MemoryStorage> {
  const storage = new MemoryStorage();
  const at = "2026-01-01T00:00:00.000Z";
  await storage.createMap({ id: "m1", keyHashes: { owner: "o", editor: "e", viewer: "v" }, createdAt: at, updatedAt: at }, Y.encodeStateAsUpdate(new Y.Doc()));
  return storage;
}

const fresh = (storage: MemoryStorage): RoomLog =>
  new RoomLog("m1", { state: Y.encodeStateAsUpdate(new Y.Doc()) }, { lastSeq: 0, logCount: 0, logBytes: 0 }, { storage, log: silentLogger, compactAfterUpdates: 500, compactAfterBytes: 1 << 22 });

describe("RoomLog catch-up (S19)", () => {
  it("[S19] keeps the numbers that arrived while a catch-up read the store: no false gap, no second read", async () => {
    const storage = await storeWith();
    const u = updates(4);
    const at = "2026-01-01T00:00:01.000Z";
    for (const x of u.slice(0, 3)) await storage.appendMany([{ id: "m1", updates: [x], at }]);
    const log = fresh(storage);
    log.applyStored([u[1] as Uint8Array], 2, 2); // number 1 is late: a gap
    expect(log.missing()).toBe(true);
    const reading = log.catchUp(); // reads numbers 1..3
    // Meanwhile (before the read resolves: no await in between) number 4 is committed elsewhere and its message arrives.
    const appended = storage.appendMany([{ id: "m1", updates: [u[3] as Uint8Array], at }]);
    log.applyStored([u[3] as Uint8Array], 4, 4);
    await Promise.all([reading, appended]);
    expect(log.applied).toBe(4);
    expect(log.missing()).toBe(false);
    expect(log.doc.getMap("m").toJSON()).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4 });
  });

  it("[S19] a real gap stays a gap until it is read", async () => {
    const storage = await storeWith();
    const u = updates(3);
    const at = "2026-01-01T00:00:01.000Z";
    for (const x of u) await storage.appendMany([{ id: "m1", updates: [x], at }]);
    const log = fresh(storage);
    log.applyStored([u[2] as Uint8Array], 3, 3);
    expect([log.applied, log.knownSeq, log.missing()]).toEqual([0, 3, true]);
    await log.catchUp();
    expect([log.applied, log.missing()]).toEqual([3, false]);
    expect(log.doc.getMap("m").toJSON()).toEqual({ k1: 1, k2: 2, k3: 3 });
  });
});
