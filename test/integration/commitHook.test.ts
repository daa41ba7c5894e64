/**
 * The after-commit hook (S18): every listener (fan-out, projections, history) learns of each
 * committed change once, after it is stored, with its sequence number and its writers.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { CLOSE } from "../../shared/protocol";
import { ROOM_DEFAULTS } from "../../server/app";
import { silentLogger } from "../../server/log";
import { Metrics } from "../../server/metrics";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import type { CommittedChange } from "../../server/sync/commitHook";
import { encodeAwareness, encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import { Rooms } from "../../server/sync/Rooms";
import { MemorySocket } from "./helpers/memorySocket";
import { eventually } from "./helpers/clients";

const record = (id: string) => ({
  id,
  keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) },
  createdAt: "2026-11-21T06:00:00.000Z",
  updatedAt: "2026-11-21T06:00:00.000Z",
});

function edit(doc: Y.Doc, key: string, value: unknown): Uint8Array {
  const sv = Y.encodeStateVector(doc);
  doc.getMap("m").set(key, value);
  return Y.encodeStateAsUpdate(doc, sv);
}

describe("after-commit hook", () => {
  it("[S18] a listener sees each committed change once, after it is stored, with seq and the writer's role and announced name", async () => {
    const storage = new MemoryStorage();
    await storage.createMap(record("h1"), Y.encodeStateAsUpdate(new Y.Doc()));
    const rooms = new Rooms(storage, silentLogger, new Metrics(), { ...ROOM_DEFAULTS, coalesceAwareness: true, unloadDelayMs: 0, keepaliveMs: 10_000 });
    const seen: { change: CommittedChange; storedSeq: number }[] = [];
    rooms.hooks.add((change) => {
      // Called only once the change is in the store.
      void storage.loadDoc(change.docId).then((d) => seen.push({ change, storedSeq: d?.lastSeq ?? -1 }));
    });
    const room = await rooms.acquire("h1");
    if (!room) throw new Error("no room");
    const socket = new MemorySocket();
    const peer = room.join(socket, "editor", false);
    rooms.release(room);
    const clientDoc = new Y.Doc();
    const aw = new Awareness(clientDoc);
    aw.setLocalState({ user: { name: "Lea", color: "#112233" } });
    room.receive(peer, encodeAwareness(encodeAwarenessUpdate(aw, [clientDoc.clientID])));
    room.receive(peer, encodeSync(SYNC_UPDATE, edit(clientDoc, "a", 1)));
    await eventually(() => seen.length === 1, "first change seen");
    room.receive(peer, encodeSync(SYNC_UPDATE, edit(clientDoc, "b", 2)));
    await eventually(() => seen.length === 2, "second change seen");
    await room.submit(edit(clientDoc, "c", 3), { role: "owner" });
    await eventually(() => seen.length === 3, "server change seen");

    expect(seen.map((s) => s.change.docId)).toEqual(["h1", "h1", "h1"]);
    expect(seen.map((s) => s.change.seq)).toEqual([1, 2, 3]);
    for (const s of seen) expect(s.storedSeq).toBeGreaterThanOrEqual(s.change.seq);
    expect(seen[0]?.change.authors).toEqual([{ role: "editor", name: "Lea" }]);
    expect(seen[2]?.change.authors).toEqual([{ role: "owner" }]);
    const replay = new Y.Doc();
    for (const s of seen) for (const u of s.change.updates) Y.applyUpdate(replay, u);
    expect(replay.getMap("m").toJSON()).toEqual({ a: 1, b: 2, c: 3 });
    aw.destroy();
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S18] a failed commit reaches no listener, and a listener that throws stops neither the others nor the room", async () => {
    const storage = new MemoryStorage();
    await storage.createMap(record("h2"), Y.encodeStateAsUpdate(new Y.Doc()));
    const rooms = new Rooms(storage, silentLogger, new Metrics(), { ...ROOM_DEFAULTS, coalesceAwareness: true, unloadDelayMs: 0, keepaliveMs: 10_000 });
    const seen: number[] = [];
    rooms.hooks.add(() => {
      throw new Error("a broken listener");
    });
    rooms.hooks.add((c) => seen.push(c.seq));
    const room = await rooms.acquire("h2");
    if (!room) throw new Error("no room");
    const writer = new MemorySocket();
    const peer = room.join(writer, "editor", false);
    rooms.release(room);
    const doc = new Y.Doc();
    room.receive(peer, encodeSync(SYNC_UPDATE, edit(doc, "ok", 1)));
    await eventually(() => seen.length === 1, "stored change seen");
    storage.failWrites = true;
    room.receive(peer, encodeSync(SYNC_UPDATE, edit(doc, "lost", 2)));
    await eventually(() => writer.closed !== null, "writer closed");
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([1]);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });
});
