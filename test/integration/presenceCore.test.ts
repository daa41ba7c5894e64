/**
 * Presence and the room's guards (issue 10), driven through in-memory sockets: ownership of
 * awareness ids, echoes, spoofing, bounds by bytes and depth, backpressure, and the room's
 * bounded memory per socket. The real-server versions are in crowd.test.ts.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { CLOSE } from "../../shared/protocol";
import { ROOM_DEFAULTS } from "../../server/app";
import { silentLogger } from "../../server/log";
import { Metrics } from "../../server/metrics";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { encodeAwareness, encodeAwarenessEntries, encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import { PRESENCE_WATERMARK, type Peer, type Room } from "../../server/sync/Room";
import { Rooms } from "../../server/sync/Rooms";
import { DEFAULT_PRESENCE_LIMITS } from "../../server/sync/RoomAwareness";
import { materialize, UnreadableSnapshot, verifiedState } from "../../server/sync/roomState";
import { MemorySocket } from "./helpers/memorySocket";
import { eventually } from "./helpers/clients";
import { deepAnyUpdate } from "./helpers/hostileFrames";

const record = (id: string) => ({
  id,
  keyHashes: { owner: "a".repeat(64), editor: "b".repeat(64), viewer: "c".repeat(64) },
  createdAt: "2026-11-29T06:00:00.000Z",
  updatedAt: "2026-11-29T06:00:00.000Z",
});

/** One awareness message: `[clientID, clock, state]` entries, the state as JSON. */
function aw(...entries: [number, number, unknown][]): Uint8Array {
  return encodeAwareness(encodeAwarenessEntries(entries.map(([clientID, clock, state]) => ({ clientID, clock, json: JSON.stringify(state) }))));
}

/** The states a socket was sent, applied in order as a stock client would: id -> state. */
function seenStates(socket: MemorySocket): Map<number, unknown> {
  const states = new Map<number, unknown>();
  const clocks = new Map<number, number>();
  for (const m of socket.sent) {
    const d = decoding.createDecoder(m);
    if (decoding.readVarUint(d) !== 1) continue;
    const u = decoding.createDecoder(decoding.readVarUint8Array(d));
    const n = decoding.readVarUint(u);
    for (let i = 0; i < n; i++) {
      const id = decoding.readVarUint(u);
      const clock = decoding.readVarUint(u);
      const state: unknown = JSON.parse(decoding.readVarString(u));
      const cur = clocks.get(id) ?? -1;
      if (clock < cur) continue;
      clocks.set(id, clock);
      if (state === null) states.delete(id);
      else states.set(id, state);
    }
  }
  return states;
}

async function roomWith(id: string): Promise<{ room: Room; rooms: Rooms; metrics: Metrics; storage: MemoryStorage }> {
  const storage = new MemoryStorage();
  const metrics = new Metrics();
  const rooms = new Rooms(storage, silentLogger, metrics, { ...ROOM_DEFAULTS, coalesceAwareness: true, unloadDelayMs: 0, keepaliveMs: 10_000 });
  await storage.createMap(record(id), Y.encodeStateAsUpdate(new Y.Doc()));
  const room = await rooms.acquire(id);
  if (!room) throw new Error("no room");
  return { room, rooms, metrics, storage };
}

function join(room: Room, role: "editor" | "viewer" = "editor"): { socket: MemorySocket; peer: Peer } {
  const socket = new MemorySocket();
  return { socket, peer: room.join(socket, role, true) };
}

const tick = () => new Promise((r) => setImmediate(r));
const user = (name: string) => ({ user: { name, color: "#112233" } });

describe("presence ownership (S17)", () => {
  it("[S17] a relayed message carrying everyone in a room of 40 is an echo: nobody is closed, nothing changes", async () => {
    const { room, rooms } = await roomWith("p1");
    const people = Array.from({ length: 40 }, () => join(room));
    people.forEach(({ peer }, i) => room.receive(peer, aw([1000 + i, 1, user(`P${i}`)])));
    await tick();
    // Every stock client re-broadcasts the full set it received, stale clocks and all.
    const all: [number, number, unknown][] = people.map((_, i) => [1000 + i, 1, user(`P${i}`)]);
    for (const { peer } of people) room.receive(peer, aw(...all));
    const late = join(room);
    room.receive(late.peer, aw([2000, 0, user("Late")], ...all));
    await tick();
    expect(people.every(({ socket }) => socket.closed === null)).toBe(true);
    expect(late.socket.closed).toBeNull();
    const seen = seenStates(late.socket);
    expect(seen.size).toBe(41);
    expect((seen.get(1005) as { user: { name: string } }).user.name).toBe("P5");
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S17] nobody can change, clear or remove a state they do not own; closing the spoofer removes only its own", async () => {
    const { room, rooms } = await roomWith("p2");
    const victim = join(room);
    const watcher = join(room);
    const spoofer = join(room, "viewer");
    room.receive(victim.peer, aw([7, 3, user("Victim")]));
    room.receive(spoofer.peer, aw([99, 0, user("Mallory")]));
    await tick();
    room.receive(spoofer.peer, aw([7, 50, user("Pwned")]));
    room.receive(spoofer.peer, aw([7, 51, null]));
    room.receive(spoofer.peer, aw([7, 3, null]));
    await tick();
    expect(spoofer.socket.closed).toBeNull();
    expect((seenStates(watcher.socket).get(7) as { user: { name: string } }).user.name).toBe("Victim");
    room.leave(spoofer.peer);
    await tick();
    const seen = seenStates(watcher.socket);
    expect(seen.has(7)).toBe(true);
    expect(seen.has(99)).toBe(false);
    // The owner itself may clear its state.
    room.receive(victim.peer, aw([7, 4, null]));
    await tick();
    expect(seenStates(watcher.socket).has(7)).toBe(false);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S17] fresh-id floods: null states are never stored, a socket owns at most 8 ids, an id that left stays unclaimable", async () => {
    const { room, rooms } = await roomWith("p3");
    const flooder = join(room, "viewer");
    for (let f = 0; f < 2000; f++) {
      room.receive(flooder.peer, aw(...Array.from({ length: 16 }, (_, i): [number, number, unknown] => [f * 16 + i + 1, 0, null])));
    }
    expect(flooder.peer.awarenessClients.size).toBe(0);
    for (let f = 0; f < 200; f++) {
      room.receive(flooder.peer, aw(...Array.from({ length: 16 }, (_, i): [number, number, unknown] => [f * 16 + i + 1, 0, { n: i }])));
    }
    expect(flooder.socket.closed).toBeNull();
    expect(flooder.peer.awarenessClients.size).toBe(DEFAULT_PRESENCE_LIMITS.maxIdsPerSocket);
    // Ghost protection: after the owner left, a relayer's late echo does not bring it back.
    const a = join(room);
    const relayer = join(room);
    room.receive(a.peer, aw([500, 1, user("A")]));
    await tick();
    room.leave(a.peer);
    room.receive(relayer.peer, aw([600, 0, user("R")], [500, 1, user("A")]));
    await tick();
    const seen = seenStates(join(room).socket);
    expect(seen.has(500)).toBe(false);
    expect(seen.has(600)).toBe(true);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });
});

describe("presence bounds (S40)", () => {
  it("[S40] a state nested 5,000 deep (about 10 KB) closes only its socket as malformed; the room goes on", async () => {
    const { room, rooms } = await roomWith("p4");
    const honest = join(room);
    room.receive(honest.peer, aw([1, 1, user("Honest")]));
    const attacker = join(room, "viewer");
    const deep = `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    expect(deep.length).toBeGreaterThan(10_000);
    room.receive(attacker.peer, encodeAwareness(encodeAwarenessEntries([{ clientID: 2, clock: 1, json: deep }])));
    await tick();
    expect(attacker.socket.closed?.code).toBe(CLOSE.malformed);
    expect(honest.socket.closed).toBeNull();
    expect(seenStates(join(room).socket).has(1)).toBe(true);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S40] a state over 64 KiB is ignored, the room's presence stays under 4 MiB, and joiners share one cached snapshot", async () => {
    const { room, rooms } = await roomWith("p5");
    const parker = join(room);
    room.receive(parker.peer, aw([1, 1, { user: { name: "P", color: "#000000" }, blob: "x".repeat(70 * 1024) }]));
    await tick();
    expect(room.presenceBytes).toBe(0);
    const parkers = Array.from({ length: 100 }, () => join(room));
    parkers.forEach(({ peer }, i) => room.receive(peer, aw(...Array.from({ length: 8 }, (_, k): [number, number, unknown] => [10_000 + i * 8 + k, 1, { blob: "y".repeat(60 * 1024) }]))));
    await tick();
    expect(room.presenceBytes).toBeLessThanOrEqual(DEFAULT_PRESENCE_LIMITS.maxRoomBytes);
    const a = join(room).socket;
    const b = join(room).socket;
    const snapshotOf = (s: MemorySocket) => s.sent.find((m) => m[0] === 1);
    expect(snapshotOf(a)).toBeDefined();
    expect(snapshotOf(a)).toBe(snapshotOf(b)); // the same bytes, not a copy per joiner
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S40] a socket that never reads gets no more presence once backed up, and one fresh snapshot when it drains", async () => {
    const { room, rooms } = await roomWith("p6");
    const stuck = join(room, "viewer");
    const talker = join(room);
    stuck.socket.bufferedAmount = PRESENCE_WATERMARK + 1;
    const before = stuck.socket.sent.length;
    for (let i = 0; i < 500; i++) {
      room.receive(talker.peer, aw([5, i + 1, { ...user("T"), cursor: { x: i, y: i } }]));
      await tick();
    }
    expect(stuck.socket.sent.length).toBe(before);
    expect(stuck.socket.closed).toBeNull();
    stuck.socket.bufferedAmount = 0;
    room.keepalive(Date.now());
    expect(stuck.socket.sent.length).toBe(before + 1);
    expect((seenStates(stuck.socket).get(5) as { cursor: { x: number } }).cursor.x).toBe(499);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });
});

describe("the room's other guards", () => {
  it("[S14] an update whose value nests 5,000 deep (about 10 KB) is refused before it is stored", async () => {
    const { room, rooms, storage } = await roomWith("p7");
    const editor = join(room);
    const update = deepAnyUpdate(5000);
    expect(update.byteLength).toBeGreaterThan(10_000);
    room.receive(editor.peer, encodeSync(SYNC_UPDATE, update));
    expect(editor.socket.closed?.code).toBe(CLOSE.malformed);
    await room.settle();
    expect((await storage.loadDoc("p7"))?.updates).toHaveLength(0);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });

  it("[S45] a new snapshot that does not decode is refused; a stored state that does not decode is skipped, the rest served", () => {
    const unreadable = Uint8Array.of(1, 1, 200, 1, 0, 117, 1);
    expect(() => verifiedState(unreadable)).toThrow(UnreadableSnapshot);
    const good = new Y.Doc();
    good.getMap("cards").set("kept", "yes");
    const { doc, failure } = materialize([unreadable, deepAnyUpdate(100_000), Y.encodeStateAsUpdate(good)]);
    expect(failure).not.toBeNull();
    expect(doc.getMap("cards").get("kept")).toBe("yes");
  });

  it("[S46] a socket acknowledging updates from 2,000 Yjs client ids remembers at most 256 of them", async () => {
    const { room, rooms } = await roomWith("p8");
    const editor = join(room);
    for (let i = 0; i < 2000; i++) {
      const d = new Y.Doc();
      d.clientID = 1_000_000 + i;
      d.getMap("m").set(`k${i}`, i);
      room.receive(editor.peer, encodeSync(SYNC_UPDATE, Y.encodeStateAsUpdate(d)));
      if (i % 100 === 99) await room.settle();
    }
    await room.settle();
    await eventually(() => editor.peer.saved.has(1_000_000 + 1999), "the last id is acknowledged");
    expect(editor.peer.saved.size).toBeLessThanOrEqual(256);
    await rooms.closeAll(CLOSE.goingAway, "test");
  });
});
