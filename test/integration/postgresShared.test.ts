/**
 * What only a shared database has (S19, S20, S58): several instances (here: several PostgresStorage
 * pools, as several processes would hold) on one PostgreSQL database at the same time.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CLOSE, MESSAGE_SAVED } from "../../shared/protocol";
import { ROOM_DEFAULTS } from "../../server/app";
import { silentLogger } from "../../server/log";
import { Metrics } from "../../server/metrics";
import { PostgresStorage } from "../../server/storage/PostgresStorage";
import { encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import { Rooms } from "../../server/sync/Rooms";
import { eventually } from "./helpers/clients";
import { MemorySocket } from "./helpers/memorySocket";
import { StorageError } from "../../server/storage/Storage";
import { rng, testSeed } from "../support/seed";
import { startPostgres, type TestPostgres } from "../support/postgres";

let cluster: TestPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

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

function rebuild(parts: readonly Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc();
  for (const u of parts) Y.applyUpdate(doc, u);
  return doc.getMap("m").toJSON();
}

/** Selects `what` for the store's connections waiting on a lock, once there are any (up to 5 s); how many. */
async function untilLockWaiters(admin: pg.Client, what: string): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    // pg_stat_activity is read once per transaction, and `admin` may be inside one: read it afresh.
    await admin.query("SELECT pg_stat_clear_snapshot()");
    const r = await admin.query(`SELECT ${what} FROM pg_stat_activity WHERE application_name = 'baton' AND wait_event_type = 'Lock'`);
    if ((r.rowCount ?? 0) > 0) return r.rowCount ?? 0;
    await new Promise((r) => setTimeout(r, 25));
  }
  return 0;
}

const message = (update: Uint8Array): Uint8Array => encodeSync(SYNC_UPDATE, update);
const saved = (s: MemorySocket): number => s.kinds().filter(([t]) => t === MESSAGE_SAVED).length;
const forwarded = (s: MemorySocket): number => s.kinds().filter(([t, sub]) => t === 0 && sub === SYNC_UPDATE).length;

let dbs = 0;
async function twoInstances(): Promise<[PostgresStorage, PostgresStorage]> {
  const url = await cluster.createDatabase(`shared${++dbs}`);
  return [await PostgresStorage.open(url), await PostgresStorage.open(url)];
}

describe("PostgreSQL shared by several instances", () => {
  it("[S19] two instances appending to one map at once: every update stored once, numbered 1..n without gaps", async () => {
    const [a, b] = await twoInstances();
    await a.createMap(record("m"), Y.encodeStateAsUpdate(new Y.Doc()));
    await a.createMap(record("other"), Y.encodeStateAsUpdate(new Y.Doc()));
    // One writer document per instance and map, as two people on two instances would have.
    const [am, ao, bm, bo] = [new Y.Doc(), new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      // Overlapping batches in opposite map orders: locks are taken in id order, so no deadlock.
      writes.push(a.appendMany([{ id: "m", updates: [edit(am, `a${i}`, i)], at: "2026-11-21T07:00:00.000Z" }, { id: "other", updates: [edit(ao, `o${i}`, i)], at: "2026-11-21T07:00:00.000Z" }]));
      writes.push(b.appendMany([{ id: "other", updates: [edit(bo, `p${i}`, i)], at: "2026-11-21T07:00:00.000Z" }, { id: "m", updates: [edit(bm, `b${i}`, i)], at: "2026-11-21T07:00:00.000Z" }]));
    }
    const results = (await Promise.all(writes)) as { lastSeq: number }[][];
    const seqsOfM = results.map((r, i) => (i % 2 === 0 ? r[0] : r[1])?.lastSeq).sort((x, y) => (x ?? 0) - (y ?? 0));
    expect(seqsOfM).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const stored = await b.loadDoc("m");
    expect(stored?.lastSeq).toBe(120);
    const json = rebuild(stored ? [stored.snapshot as Uint8Array, ...stored.updates] : []);
    expect(Object.keys(json)).toHaveLength(120);
    await a.close();
    await b.close();
  });

  it("[S20] compaction racing with appends from another instance deletes only the rows it merged", async () => {
    const random = rng(testSeed(20261129));
    const [a, b] = await twoInstances();
    const writer = new Y.Doc();
    await a.createMap(record("m"), Y.encodeStateAsUpdate(writer));
    const expected: Record<string, number> = {};
    const appendSome = async (k: number): Promise<void> => {
      for (let i = 0; i < k; i++) {
        const key = `k${Math.floor(random() * 1e9)}`;
        expected[key] = i;
        await a.appendUpdates("m", [edit(writer, key, i)], "2026-11-21T07:00:00.000Z");
      }
    };
    await appendSome(20);
    for (let round = 0; round < 5; round++) {
      // Instance b compacts what it loaded while instance a keeps appending.
      const loaded = await b.loadDoc("m");
      if (!loaded) throw new Error("no map");
      const doc = new Y.Doc();
      for (const u of loaded.snapshot ? [loaded.snapshot, ...loaded.updates] : loaded.updates) Y.applyUpdate(doc, u);
      await Promise.all([b.compact("m", Y.encodeStateAsUpdate(doc), loaded.lastSeq), appendSome(10)]);
    }
    const final = await b.loadDoc("m");
    expect(final && rebuild(final.snapshot ? [final.snapshot, ...final.updates] : final.updates)).toEqual(expected);
    expect(final?.lastSeq).toBe(70);
    await a.close();
    await b.close();
  });

  it("[S10] a connection dropped mid-transaction: the call rejects, nothing of it is stored, the next call works", async () => {
    const url = await cluster.createDatabase(`shared${++dbs}`);
    const s = await PostgresStorage.open(url);
    const doc = new Y.Doc();
    await s.createMap(record("m"), Y.encodeStateAsUpdate(doc));
    await s.appendUpdates("m", [edit(doc, "before", 1)], "2026-11-21T07:00:00.000Z");
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // Hold the map's row so the store's append waits inside its transaction...
    await admin.query("BEGIN");
    await admin.query("SELECT id FROM maps WHERE id = 'm' FOR UPDATE");
    const append = s.appendUpdates("m", [edit(doc, "lost", 2)], "2026-11-21T07:00:01.000Z");
    const settled = append.then(
      () => "stored",
      (err: unknown) => err,
    );
    // ...then cut that connection from the server side while it is in the transaction.
    expect(await untilLockWaiters(admin, "pg_terminate_backend(pid)")).toBe(1);
    await admin.query("ROLLBACK");
    await admin.end();
    const outcome = await settled;
    expect(outcome).toBeInstanceOf(StorageError);
    const stored = await s.loadDoc("m");
    expect(stored?.lastSeq).toBe(1);
    expect(stored && rebuild([stored.snapshot as Uint8Array, ...stored.updates])).toEqual({ before: 1 });
    const next = await s.appendUpdates("m", [edit(doc, "after", 3)], "2026-11-21T07:00:02.000Z");
    expect(next.lastSeq).toBe(2);
    await s.close();
  });

  it("[S48] a commit never waits for the read connections: with every one of them stuck, a batch still commits", async () => {
    const url = await cluster.createDatabase(`shared${++dbs}`);
    const s = await PostgresStorage.open(url, { maxConnections: 1, connectTimeoutMs: 3000 });
    const doc = new Y.Doc();
    await s.createMap(record("m"), Y.encodeStateAsUpdate(doc));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("BEGIN");
    await admin.query("LOCK TABLE map_projections IN ACCESS EXCLUSIVE MODE");
    // The only read connection now waits for that lock inside a read.
    const stuck = s.workspaces.projectionsOf("w");
    expect(await untilLockWaiters(admin, "pid")).toBe(1);
    const [result] = await s.appendMany([{ id: "m", updates: [edit(doc, "k", 1)], at: "2026-11-21T07:00:00.000Z" }]);
    expect(result?.lastSeq).toBe(1);
    await admin.query("ROLLBACK");
    await admin.end();
    expect(await stuck).toEqual([]);
    const stored = await s.loadDoc("m");
    expect(stored && rebuild([stored.snapshot as Uint8Array, ...stored.updates])).toEqual({ k: 1 });
    await s.close();
  });

  it("[S58] a map whose commit waits on a lock does not hold up another map's edits; its own later edits wait and keep their order", async () => {
    const url = await cluster.createDatabase(`shared${++dbs}`);
    const storage = await PostgresStorage.open(url, { commitConnections: 2 });
    expect(storage.commitLanes).toBe(2);
    await storage.createMap(record("a"), Y.encodeStateAsUpdate(new Y.Doc()));
    await storage.createMap(record("b"), Y.encodeStateAsUpdate(new Y.Doc()));
    const rooms = new Rooms(storage, silentLogger, new Metrics(), { ...ROOM_DEFAULTS, coalesceAwareness: true, unloadDelayMs: 0, keepaliveMs: 10_000 });
    const [roomA, roomB] = [await rooms.acquire("a"), await rooms.acquire("b")];
    if (!roomA || !roomB) throw new Error("no room");
    const [writerA, readerA, writerB, readerB] = [new MemorySocket(), new MemorySocket(), new MemorySocket(), new MemorySocket()];
    const pa = roomA.join(writerA, "editor", true);
    roomA.join(readerA, "editor", false);
    const pb = roomB.join(writerB, "editor", true);
    roomB.join(readerB, "editor", false);
    rooms.release(roomA);
    rooms.release(roomB);
    const forwardedBefore = { a: forwarded(readerA), b: forwarded(readerB) };

    // Another session holds map a's row: a's commit waits for it inside its transaction.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("BEGIN");
    await admin.query("SELECT id FROM maps WHERE id = 'a' FOR UPDATE");
    const docA = new Y.Doc();
    roomA.receive(pa, message(edit(docA, "first", 1)));
    expect(await untilLockWaiters(admin, "pid")).toBe(1);
    // a's second edit arrives while its first is in flight: it must not start a second transaction for a.
    roomA.receive(pa, message(edit(docA, "second", 2)));

    // b commits on the other lane, and is saved and forwarded, while a is still stuck.
    const docB = new Y.Doc();
    roomB.receive(pb, message(edit(docB, "b", 1)));
    await eventually(() => saved(writerB) === 1 && forwarded(readerB) === forwardedBefore.b + 1, "b saved and forwarded");
    expect(saved(writerA)).toBe(0);
    expect(forwarded(readerA)).toBe(forwardedBefore.a);
    expect((await storage.loadDoc("a"))?.lastSeq).toBe(0);

    await admin.query("ROLLBACK");
    await admin.end();
    await eventually(() => saved(writerA) === 2 && forwarded(readerA) === forwardedBefore.a + 2, "a's two edits saved and forwarded");
    const storedA = await storage.loadDoc("a");
    expect(storedA?.lastSeq).toBe(2);
    // In order: the first edit's row is seq 1, the second's seq 2.
    const base = storedA?.snapshot ? [storedA.snapshot] : [];
    expect(rebuild([...base, storedA?.updates[0] as Uint8Array])).toEqual({ first: 1 });
    expect(rebuild([...base, ...(storedA?.updates ?? [])])).toEqual({ first: 1, second: 2 });
    expect(writerA.closed).toBeNull();
    await rooms.closeAll(CLOSE.goingAway, "test");
    await storage.close();
  });
});
