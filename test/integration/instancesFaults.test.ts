/**
 * Faults with several instances (api.md "Running several instances"; S22, S23): an instance
 * killed mid-burst, Redis killed and restarted, PostgreSQL restarted. Nothing any client saw
 * or was told is saved is lost; clients converge once the fault is over.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { CLOSE, decodeSavedNotice } from "../../shared/protocol";
import { encodeAwareness, encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import { createMap } from "../support/server";
import { startTcpProxy, type TcpProxy } from "../support/tcpProxy";
import { connectClient, eventually, type TestClient } from "./helpers/clients";
import { startCluster, type Cluster } from "./helpers/instances";
import { openRaw } from "./helpers/raw";

let cluster: Cluster;
let proxy: TcpProxy;
beforeAll(async () => {
  cluster = await startCluster(3);
  proxy = await startTcpProxy(cluster.instances.map((i) => i.port));
});
afterAll(async () => {
  await proxy?.close();
  await cluster?.stop();
});

const sorted = (doc: Y.Doc): string => JSON.stringify(Object.entries(doc.getMap("cards").toJSON()).sort(([a], [b]) => a.localeCompare(b)));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Each client sets `<name>-<i>` keys, `count` of them, `gapMs` apart. */
async function burst(clients: readonly TestClient[], count: number, gapMs: number, from = 0): Promise<void> {
  for (let i = from; i < from + count; i++) {
    clients.forEach((c, n) => c.doc.getMap("cards").set(`c${n}-${i}`, i));
    await sleep(gapMs);
  }
}

function expectAll(doc: Y.Doc, clients: number, upto: number): void {
  const missing: string[] = [];
  for (let n = 0; n < clients; n++) for (let i = 0; i < upto; i++) if (doc.getMap("cards").get(`c${n}-${i}`) !== i) missing.push(`c${n}-${i}`);
  expect(missing).toEqual([]);
}

describe("faults with several instances", () => {
  it("[A27] kill -9 of one instance mid-burst: its clients reconnect elsewhere, nothing is lost, presence goes within 10 s", async () => {
    const map = await createMap(proxy.url);
    // Presence on the instance that dies, watched from another.
    const watcher = connectClient((cluster.instances[1] as { url: string }).url, map.id, map.viewKey);
    await watcher.synced;
    const victim = cluster.instances[0] as (typeof cluster.instances)[number];
    const doomed = await openRaw(victim.url, `/sync/${map.id}?k=${map.editKey}`);
    const ghost = new Awareness(new Y.Doc());
    ghost.setLocalState({ user: { name: "Doomed", color: "#aa0000" } });
    doomed.send(encodeAwareness(encodeAwarenessUpdate(ghost, [ghost.clientID])));
    await eventually(() => watcher.provider.awareness.getStates().has(ghost.clientID), "the watcher sees the doomed instance's person");

    const clients = Array.from({ length: 6 }, () => connectClient(proxy.url, map.id, map.editKey));
    await Promise.all(clients.map((c) => c.synced));
    const writing = burst(clients, 40, 15);
    await sleep(250);
    await victim.kill();
    const killedAt = Date.now();
    await writing;
    await eventually(() => !watcher.provider.awareness.getStates().has(ghost.clientID), "the dead instance's presence is gone", 10_000);
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    const first = clients[0] as TestClient;
    await eventually(() => clients.every((c) => sorted(c.doc) === sorted(first.doc)), "every client converges", 20_000);
    expectAll(first.doc, clients.length, 40);
    await eventually(() => sorted(watcher.doc) === sorted(first.doc), "the watcher converges");
    expectAll(await cluster.stored(map.id), clients.length, 40);
    for (const c of [...clients, watcher]) c.destroy();
    ghost.destroy();
    await victim.restart();
  });

  it("[S22] Redis killed and restarted mid-burst: instances catch up, every client converges within 5 s of its return", async () => {
    const map = await createMap(proxy.url);
    const clients = [0, 1, 2, 0, 1, 2].map((i) => connectClient((cluster.instances[i] as { url: string }).url, map.id, map.editKey));
    await Promise.all(clients.map((c) => c.synced));
    const writing = burst(clients, 30, 20);
    await sleep(200);
    await cluster.redis.kill();
    await sleep(500);
    await cluster.redis.start();
    const back = Date.now();
    await writing;
    const first = clients[0] as TestClient;
    await eventually(() => clients.every((c) => sorted(c.doc) === sorted(first.doc)), "every client converges", 5_000 - (Date.now() - back));
    expectAll(first.doc, clients.length, 30);
    expectAll(await cluster.stored(map.id), clients.length, 30);
    for (const c of clients) c.destroy();
  });

  it("[S10] PostgreSQL restarted: writes fail visibly (closed, never saved), nothing saved is lost, clients converge after", async () => {
    const map = await createMap(proxy.url);
    const clients = [0, 1, 2].map((i) => connectClient((cluster.instances[i] as { url: string }).url, map.id, map.editKey));
    await Promise.all(clients.map((c) => c.synced));
    const acked = await openRaw((cluster.instances[1] as { url: string }).url, `/sync/${map.id}?k=${map.editKey}&ack=1`);
    const writer = new Y.Doc();
    const write = (key: string): void => {
      const sv = Y.encodeStateVector(writer);
      writer.getMap("cards").set(key, true);
      acked.send(encodeSync(SYNC_UPDATE, Y.encodeStateAsUpdate(writer, sv)));
    };
    const savedClock = (): number => {
      let best = 0;
      for (const m of acked.messages) for (const p of decodeSavedNotice(m) ?? []) if (p.clientID === writer.clientID) best = Math.max(best, p.clock);
      return best;
    };
    write("before");
    await eventually(() => savedClock() === 1, "the first write is saved");
    await burst(clients, 5, 10);

    await cluster.pg.halt();
    write("during");
    const closed = await acked.closed;
    expect(closed.code).toBe(CLOSE.storageFailed);
    expect(savedClock()).toBe(1); // never told "saved" for what was not stored
    await burst(clients, 5, 10, 5); // edits while the database is away stay on the clients
    await cluster.pg.start();

    const first = clients[0] as TestClient;
    await eventually(() => clients.every((c) => sorted(c.doc) === sorted(first.doc)) && first.doc.getMap("cards").size >= 30, "clients converge after the restart", 30_000);
    expectAll(first.doc, clients.length, 10);
    const stored = await cluster.stored(map.id);
    expect(stored.getMap("cards").get("before")).toBe(true);
    expectAll(await cluster.stored(map.id), clients.length, 10);
    for (const c of clients) c.destroy();
  });
});
