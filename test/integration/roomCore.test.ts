/**
 * The transport-free room core (engineering.md habit 8), driven through in-memory sockets with
 * the memory store: the rules that are hard to provoke through a real server.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { CLOSE, MESSAGE_SAVED } from "../../shared/protocol";
import { ROOM_DEFAULTS } from "../../server/app";
import { silentLogger } from "../../server/log";
import { Metrics } from "../../server/metrics";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import type { Peer, Room } from "../../server/sync/Room";
import { MAX_EPOCHS, Rooms } from "../../server/sync/Rooms";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { encodeAwareness } from "../../server/sync/messages";
import { MemorySocket } from "./helpers/memorySocket";
import { eventually } from "./helpers/clients";

const record = (id: string) => ({
  id,
  keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) },
  createdAt: "2026-11-21T06:00:00.000Z",
  updatedAt: "2026-11-21T06:00:00.000Z",
});

function setup(storage = new MemoryStorage(), coalesceAwareness = true) {
  const metrics = new Metrics();
  const rooms = new Rooms(storage, silentLogger, metrics, { ...ROOM_DEFAULTS, coalesceAwareness, unloadDelayMs: 0, keepaliveMs: 10_000 });
  return { storage, rooms, metrics };
}

function updateMessage(doc: Y.Doc, key: string, value: unknown): Uint8Array {
  const sv = Y.encodeStateVector(doc);
  doc.getMap("m").set(key, value);
  return encodeSync(SYNC_UPDATE, Y.encodeStateAsUpdate(doc, sv));
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("room core", () => {
  it("[S2] concurrent first connections share one load, and the document is loaded before step 1", async () => {
    const storage = new MemoryStorage();
    const doc = new Y.Doc();
    doc.getMap("m").set("title", "stored");
    await storage.createMap(record("r1"), Y.encodeStateAsUpdate(doc));
    let loads = 0;
    const load = storage.loadDoc.bind(storage);
    storage.loadDoc = async (id) => {
      loads++;
      return load(id);
    };
    const { rooms } = setup(storage);
    const [a, b, c] = await Promise.all([rooms.acquire("r1"), rooms.acquire("r1"), rooms.acquire("r1")]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a?.doc.getMap("m").get("title")).toBe("stored");
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S10] when storing fails, the room's sockets close with storageFailed and nothing is forwarded or acknowledged", async () => {
    const { storage, rooms, metrics } = setup();
    await storage.createMap(record("r2"), Y.encodeStateAsUpdate(new Y.Doc()));
    const room = await rooms.acquire("r2");
    if (!room) throw new Error("no room");
    const writer = new MemorySocket();
    const reader = new MemorySocket();
    const pw = room.join(writer, "editor", true);
    room.join(reader, "editor", false);
    rooms.release(room);
    const before = reader.sent.length;
    storage.failWrites = true;
    room.receive(pw, updateMessage(new Y.Doc(), "k", 1));
    await eventually(() => writer.closed !== null, "writer closed");
    expect(writer.closed?.code).toBe(CLOSE.storageFailed);
    expect(reader.closed?.code).toBe(CLOSE.storageFailed);
    expect(reader.kinds().slice(before).filter(([t, s]) => t === 0 && s === SYNC_UPDATE)).toHaveLength(0);
    expect(writer.kinds().filter(([t]) => t === MESSAGE_SAVED)).toHaveLength(0);
    expect(metrics.commitFailures).toBe(1);
    expect(room.doc.getMap("m").has("k")).toBe(false);
  });

  it("[S3] the updates of one tick are committed in one transaction and sent once to each other socket", async () => {
    const { storage, rooms, metrics } = setup();
    await storage.createMap(record("r3"), Y.encodeStateAsUpdate(new Y.Doc()));
    let appends = 0;
    const append = storage.appendMany.bind(storage);
    storage.appendMany = async (...args) => {
      appends++;
      return append(...args);
    };
    const room = await rooms.acquire("r3");
    if (!room) throw new Error("no room");
    const a = new MemorySocket();
    const b = new MemorySocket();
    const c = new MemorySocket();
    const pa = room.join(a, "editor", false);
    const pb = room.join(b, "editor", false);
    room.join(c, "viewer", false);
    rooms.release(room);
    const sentBefore = c.sent.length;
    const da = new Y.Doc();
    const db = new Y.Doc();
    for (let i = 0; i < 5; i++) room.receive(pa, updateMessage(da, `a${i}`, i));
    for (let i = 0; i < 5; i++) room.receive(pb, updateMessage(db, `b${i}`, i));
    await eventually(() => c.sent.length > sentBefore, "forwarded");
    await settle();
    expect(appends).toBe(1);
    expect(metrics.updatesStored).toBe(10);
    const forwarded = c.sent.slice(sentBefore);
    expect(forwarded).toHaveLength(1);
    const check = new Y.Doc();
    const d = decoding.createDecoder(forwarded[0] as Uint8Array);
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    Y.applyUpdate(check, decoding.readVarUint8Array(d));
    expect(check.getMap("m").size).toBe(10);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S3] the updates of every room in one tick share ONE transaction; each room forwards only its own", async () => {
    const { storage, rooms, metrics } = setup();
    const batches: number[] = [];
    const append = storage.appendMany.bind(storage);
    storage.appendMany = async (batch) => {
      batches.push(batch.length);
      return append(batch);
    };
    const ids = ["t1", "t2", "t3"];
    const peers: { room: Room; writer: Peer; reader: MemorySocket; before: number }[] = [];
    for (const id of ids) {
      await storage.createMap(record(id), Y.encodeStateAsUpdate(new Y.Doc()));
      const room = await rooms.acquire(id);
      if (!room) throw new Error("no room");
      const writer = new MemorySocket();
      const reader = new MemorySocket();
      const pw = room.join(writer, "editor", false);
      room.join(reader, "editor", false);
      peers.push({ room, writer: pw, reader, before: reader.sent.length });
      rooms.release(room);
    }
    peers.forEach((p, i) => p.room.receive(p.writer, updateMessage(new Y.Doc(), `k${i}`, i)));
    await eventually(() => peers.every((p) => p.reader.sent.length > p.before), "forwarded");
    await settle();
    expect(batches).toEqual([3]);
    expect(metrics.commits).toBe(1);
    for (const [i, p] of peers.entries()) {
      expect(p.room.doc.getMap("m").toJSON()).toEqual({ [`k${i}`]: i });
      const stored = await storage.loadDoc(ids[i] as string);
      expect(stored?.updates).toHaveLength(1);
    }
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S10] a failed shared commit fails every room in it: all their sockets close, nothing is forwarded", async () => {
    const { storage, rooms, metrics } = setup();
    const peers: { room: Room; writer: Peer; writerSocket: MemorySocket; reader: MemorySocket; before: number }[] = [];
    for (const id of ["f1", "f2"]) {
      await storage.createMap(record(id), Y.encodeStateAsUpdate(new Y.Doc()));
      const room = await rooms.acquire(id);
      if (!room) throw new Error("no room");
      const writer = new MemorySocket();
      const reader = new MemorySocket();
      const pw = room.join(writer, "editor", true);
      room.join(reader, "editor", false);
      peers.push({ room, writer: pw, writerSocket: writer, reader, before: reader.sent.length });
      rooms.release(room);
    }
    storage.failWrites = true;
    peers.forEach((p, i) => p.room.receive(p.writer, updateMessage(new Y.Doc(), `k${i}`, i)));
    await eventually(() => peers.every((p) => p.reader.closed !== null && p.writerSocket.closed !== null), "all closed");
    for (const p of peers) {
      expect(p.reader.closed?.code).toBe(CLOSE.storageFailed);
      expect(p.writerSocket.closed?.code).toBe(CLOSE.storageFailed);
      expect(p.reader.kinds().slice(p.before).filter(([t, s]) => t === 0 && s === SYNC_UPDATE)).toHaveLength(0);
      expect(p.writerSocket.kinds().filter(([t]) => t === MESSAGE_SAVED)).toHaveLength(0);
    }
    expect(metrics.commitFailures).toBe(2);
    expect(metrics.commits).toBe(0);
  });

  it("[S4] a socket that stays too far behind is closed, the others go on", async () => {
    const { storage, rooms, metrics } = setup();
    await storage.createMap(record("r4"), Y.encodeStateAsUpdate(new Y.Doc()));
    const room = await rooms.acquire("r4");
    if (!room) throw new Error("no room");
    const writer = new MemorySocket();
    const slow = new MemorySocket();
    const fine = new MemorySocket();
    const pw = room.join(writer, "editor", false);
    room.join(slow, "viewer", false);
    room.join(fine, "viewer", false);
    rooms.release(room);
    // Over the bound beyond the largest message it was sent (S51).
    slow.bufferedAmount = ROOM_DEFAULTS.maxBufferedBytes + Math.max(...slow.sent.map((m) => m.byteLength)) + 1;
    const before = fine.sent.length;
    room.receive(pw, updateMessage(new Y.Doc(), "x", 1));
    await eventually(() => fine.sent.length > before, "forwarded to the healthy socket");
    expect(slow.closed?.code).toBe(CLOSE.tooFarBehind);
    expect(fine.closed).toBeNull();
    expect(metrics.socketsClosedSlow).toBe(1);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S51] one big change still in flight does not close a socket; more than the bound beyond it does", async () => {
    const { storage, rooms } = setup();
    await storage.createMap(record("r48"), Y.encodeStateAsUpdate(new Y.Doc()));
    const room = await rooms.acquire("r48");
    if (!room) throw new Error("no room");
    const writer = new MemorySocket();
    const reader = new MemorySocket();
    const pw = room.join(writer, "editor", false);
    room.join(reader, "viewer", false);
    rooms.release(room);
    const server = new Y.Doc();
    server.getMap("m").set("big", "x".repeat(ROOM_DEFAULTS.maxBufferedBytes + 1024));
    await room.submit(Y.encodeStateAsUpdate(server));
    const big = Math.max(...reader.sent.map((m) => m.byteLength));
    expect(big).toBeGreaterThan(ROOM_DEFAULTS.maxBufferedBytes);
    // The big change is still waiting whole, and a little more: the next edit is forwarded.
    reader.bufferedAmount = big + 4096;
    const before = reader.sent.length;
    const doc = new Y.Doc();
    room.receive(pw, updateMessage(doc, "a", 1));
    await eventually(() => reader.sent.length > before, "the next edit forwarded");
    expect(reader.closed).toBeNull();
    // More than the bound beyond it: too far behind.
    reader.bufferedAmount = ROOM_DEFAULTS.maxBufferedBytes + big + 1;
    room.receive(pw, updateMessage(doc, "b", 2));
    await eventually(() => reader.closed !== null, "the reader closed");
    expect(reader.closed?.code).toBe(CLOSE.tooFarBehind);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S53] [S12] revocations are remembered boundedly; a join begun before a forgotten one is refused with a retryable code, never let in", async () => {
    const { rooms } = setup();
    const early = rooms.epoch("m0");
    for (let i = 0; i < MAX_EPOCHS * 5; i++) rooms.revoke(`m${i}`, CLOSE.keysReplaced, "keys replaced", false);
    expect(rooms.epochCount).toBeLessThanOrEqual(MAX_EPOCHS);
    // m0's revocation was forgotten: a join that began before it must not get in.
    expect(rooms.revokedSince("m0", early)).toEqual({ code: CLOSE.goingAway, reason: "try again" });
    // The newest is remembered with its own code; a join that began after everything is let in.
    expect(rooms.revokedSince(`m${MAX_EPOCHS * 5 - 1}`, early)).toEqual({ code: CLOSE.keysReplaced, reason: "keys replaced" });
    const late = rooms.epoch("m0");
    expect(rooms.revokedSince("m0", late)).toBeNull();
    rooms.revoke("m0", CLOSE.mapDeleted, "deleted", true);
    expect(rooms.revokedSince("m0", late)).toEqual({ code: CLOSE.mapDeleted, reason: "deleted" });
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[A26] a viewer's updates are neither stored nor forwarded", async () => {
    const { storage, rooms } = setup();
    await storage.createMap(record("r5"), Y.encodeStateAsUpdate(new Y.Doc()));
    const room = await rooms.acquire("r5");
    if (!room) throw new Error("no room");
    const viewer = new MemorySocket();
    const other = new MemorySocket();
    const pv = room.join(viewer, "viewer", false);
    room.join(other, "editor", false);
    rooms.release(room);
    const before = other.sent.length;
    room.receive(pv, updateMessage(new Y.Doc(), "v", 1));
    await settle();
    expect(other.sent.length).toBe(before);
    expect((await storage.loadDoc("r5"))?.updates).toHaveLength(0);
    expect(viewer.closed).toBeNull();
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S8] an empty room is compacted and unloaded once stored", async () => {
    const { storage, rooms } = setup();
    await storage.createMap(record("r6"), Y.encodeStateAsUpdate(new Y.Doc()));
    const room = await rooms.acquire("r6");
    if (!room) throw new Error("no room");
    const s = new MemorySocket();
    const p = room.join(s, "editor", false);
    rooms.release(room);
    room.receive(p, updateMessage(new Y.Doc(), "z", 1));
    room.leave(p);
    await eventually(() => rooms.size === 0, "room unloaded");
    const stored = await storage.loadDoc("r6");
    expect(stored?.updates).toHaveLength(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored?.snapshot as Uint8Array);
    expect(doc.getMap("m").get("z")).toBe(1);
  });

  it("[S5] an idle socket gets a keepalive the stock client ignores", async () => {
    const { storage, rooms } = setup();
    await storage.createMap(record("r7"), Y.encodeStateAsUpdate(new Y.Doc()));
    const room = await rooms.acquire("r7");
    if (!room) throw new Error("no room");
    const s = new MemorySocket();
    const p = room.join(s, "viewer", false);
    rooms.release(room);
    const before = s.sent.length;
    room.keepalive(p.lastSent + 5_000);
    expect(s.sent.length).toBe(before);
    room.keepalive(p.lastSent + 10_000);
    expect(s.sent.length).toBe(before + 1);
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, Uint8Array.of(0));
    expect(s.sent[before]).toEqual(encoding.toUint8Array(e));
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S6] awareness changes of one tick go out as one message; BATON_AWARENESS_COALESCE=0 sends each at once", async () => {
    for (const coalesce of [true, false]) {
      const { storage, rooms } = setup(new MemoryStorage(), coalesce);
      await storage.createMap(record("r8"), Y.encodeStateAsUpdate(new Y.Doc()));
      const room = await rooms.acquire("r8");
      if (!room) throw new Error("no room");
      const a = new MemorySocket();
      const b = new MemorySocket();
      const watcher = new MemorySocket();
      const pa = room.join(a, "editor", false);
      const pb = room.join(b, "viewer", false);
      room.join(watcher, "viewer", false);
      rooms.release(room);
      const before = watcher.sent.length;
      for (const peer of [pa, pb]) {
        const aw = new Awareness(new Y.Doc());
        aw.setLocalState({ user: { name: "p", color: "#112233" } });
        room.receive(peer, encodeAwareness(encodeAwarenessUpdate(aw, [aw.clientID])));
        aw.destroy();
      }
      const immediate = watcher.sent.length - before;
      await settle();
      const total = watcher.kinds().slice(before).filter(([t]) => t === 1).length;
      if (coalesce) {
        expect(immediate).toBe(0);
        expect(total).toBe(1);
        expect(a.kinds().slice(-1)[0]?.[0]).toBe(1); // echoed to the sender too
      } else {
        expect(immediate).toBe(2);
        expect(total).toBe(2);
      }
      await rooms.closeAll(CLOSE.goingAway, "test");
    }
  });
});
