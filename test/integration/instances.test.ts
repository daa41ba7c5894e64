/**
 * Three instances on one PostgreSQL and one Redis, stock clients spread over them: every
 * promise of api.md holds across instances (S22, S23).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { CLOSE, decodeSavedNotice } from "../../shared/protocol";
import { decodeClientMessage, encodeAwareness, encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import { createMap } from "../support/server";
import { rng, testSeed } from "../support/seed";
import { connectClient, eventually, type TestClient } from "./helpers/clients";
import { startCluster, type Cluster } from "./helpers/instances";
import { openRaw } from "./helpers/raw";

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(3);
});
afterAll(async () => {
  await cluster?.stop();
});

const url = (i: number): string => (cluster.instances[i % cluster.instances.length] as { url: string }).url;
/** The map's content with its keys sorted (instances may integrate concurrent keys in another order). */
const json = (doc: Y.Doc): string => JSON.stringify(Object.entries(doc.getMap("cards").toJSON()).sort(([a], [b]) => a.localeCompare(b)));

function edit(doc: Y.Doc, key: string, value: unknown): Uint8Array {
  const sv = Y.encodeStateVector(doc);
  doc.getMap("cards").set(key, value);
  return Y.encodeStateAsUpdate(doc, sv);
}

describe("several instances", () => {
  it("[S22] clients spread over three instances converge, and on what PostgreSQL holds", async () => {
    const seed = testSeed(15);
    const random = rng(seed);
    const map = await createMap(url(0));
    const clients: TestClient[] = Array.from({ length: 6 }, (_, i) => connectClient(url(i), map.id, map.editKey));
    await Promise.all(clients.map((c) => c.synced));
    for (let round = 0; round < 30; round++) {
      const c = clients[Math.floor(random() * clients.length)] as TestClient;
      c.doc.getMap("cards").set(`k${Math.floor(random() * 20)}`, round);
      if (random() < 0.3) await new Promise((r) => setTimeout(r, 5));
    }
    const first = clients[0] as TestClient;
    await eventually(() => clients.every((c) => json(c.doc) === json(first.doc)), `clients converge (seed ${seed})`);
    expect(first.doc.getMap("cards").size).toBeGreaterThan(0);
    expect(json(await cluster.stored(map.id))).toBe(json(first.doc));
    for (const c of clients) c.destroy();
  });

  it("[S22] store before forward across instances: what a client on another instance sees is already in PostgreSQL", async () => {
    const map = await createMap(url(0));
    const writer = connectClient(url(0), map.id, map.editKey);
    const reader = connectClient(url(1), map.id, map.viewKey);
    await Promise.all([writer.synced, reader.synced]);
    const checks: Promise<boolean>[] = [];
    reader.doc.getMap("cards").observe((e) => {
      for (const key of e.keysChanged) {
        const value = reader.doc.getMap("cards").get(key);
        checks.push(cluster.stored(map.id).then((d) => d.getMap("cards").get(key) === value));
      }
    });
    for (let i = 0; i < 20; i++) {
      writer.doc.getMap("cards").set(`k${i}`, i);
      await new Promise((r) => setTimeout(r, 5));
    }
    await eventually(() => reader.doc.getMap("cards").get("k19") === 19, "the reader on another instance got everything");
    expect(checks.length).toBeGreaterThan(0);
    expect(await Promise.all(checks)).not.toContain(false);
    writer.destroy();
    reader.destroy();
  });

  it("[A29] the saved notice comes only after the PostgreSQL commit", async () => {
    const map = await createMap(url(0));
    const acked = await openRaw(url(2), `/sync/${map.id}?k=${map.editKey}&ack=1`);
    const doc = new Y.Doc();
    const results: Promise<boolean>[] = [];
    let seen = 0;
    acked.ws.on("message", (data: Buffer) => {
      const pairs = decodeSavedNotice(new Uint8Array(data));
      const mine = pairs?.find((p) => p.clientID === doc.clientID);
      if (!mine) return;
      seen++;
      // Every key whose clock the notice covers must be in PostgreSQL now.
      const upto = mine.clock;
      const expected = Object.entries(doc.getMap("cards").toJSON()).filter(([k]) => Number(k.slice(1)) < upto);
      results.push(cluster.stored(map.id).then((d) => expected.every(([k, v]) => d.getMap("cards").get(k) === v)));
    });
    for (let i = 0; i < 10; i++) acked.send(encodeSync(SYNC_UPDATE, edit(doc, `k${i}`, i)));
    await eventually(() => seen > 0 && decodeSavedNotice(acked.messages[acked.messages.length - 1] as Uint8Array)?.some((p) => p.clientID === doc.clientID && p.clock === 10) === true, "saved up to the last clock");
    expect(await Promise.all(results)).not.toContain(false);
    acked.ws.close();
  });

  it("[A26] a viewer's writes go nowhere, on any instance", async () => {
    const map = await createMap(url(0));
    const viewer = await openRaw(url(1), `/sync/${map.id}?k=${map.viewKey}`);
    const editor = connectClient(url(2), map.id, map.editKey);
    await editor.synced;
    viewer.send(encodeSync(SYNC_UPDATE, edit(new Y.Doc(), "viewer", true)));
    editor.doc.getMap("cards").set("editor", true);
    // The viewer's socket on another instance receives the editor's change...
    const seenByViewer = new Y.Doc();
    await eventually(() => {
      for (const m of viewer.messages) {
        const msg = decodeClientMessage(m);
        if (msg.kind === "update" || msg.kind === "syncStep2") Y.applyUpdate(seenByViewer, msg.update);
      }
      return seenByViewer.getMap("cards").get("editor") === true;
    }, "the viewer receives the editor's change");
    // ...and its own write was never stored nor forwarded.
    expect((await cluster.stored(map.id)).getMap("cards").get("viewer")).toBeUndefined();
    expect(editor.doc.getMap("cards").get("viewer")).toBeUndefined();
    expect((await cluster.stored(map.id)).getMap("cards").get("editor")).toBe(true);
    editor.destroy();
    viewer.ws.close();
  });

  it("[S12] key replacement and delete close the map's sockets on every instance", async () => {
    const map = await createMap(url(0));
    const open = async (): Promise<{ code: number }[]> => {
      const sockets = await Promise.all([0, 1, 2].map((i) => openRaw(url(i), `/sync/${map.id}?k=${map.editKey}`)));
      return Promise.all(sockets.map((s) => s.closed)) as Promise<{ code: number }[]>;
    };
    const replacedAll = open();
    await new Promise((r) => setTimeout(r, 200));
    const res = await fetch(`${url(1)}/api/maps/${map.id}/keys`, { method: "POST", headers: { authorization: `Bearer ${map.ownerKey}` } });
    expect(res.status).toBe(200);
    const fresh = (await res.json()) as { ownerKey: string; editKey: string };
    expect((await replacedAll).map((c) => c.code)).toEqual([CLOSE.keysReplaced, CLOSE.keysReplaced, CLOSE.keysReplaced]);
    const sockets = await Promise.all([0, 1, 2].map((i) => openRaw(url(i), `/sync/${map.id}?k=${fresh.editKey}`)));
    await new Promise((r) => setTimeout(r, 200));
    const del = await fetch(`${url(2)}/api/maps/${map.id}`, { method: "DELETE", headers: { authorization: `Bearer ${fresh.ownerKey}` } });
    expect(del.status).toBe(204);
    expect((await Promise.all(sockets.map((s) => s.closed))).map((c) => c.code)).toEqual([CLOSE.mapDeleted, CLOSE.mapDeleted, CLOSE.mapDeleted]);
  });

  it("[S23] presence crosses instances and leaves with its socket", async () => {
    const map = await createMap(url(0));
    const watcher = connectClient(url(1), map.id, map.viewKey);
    await watcher.synced;
    const raw = await openRaw(url(2), `/sync/${map.id}?k=${map.editKey}`);
    const ghost = new Awareness(new Y.Doc());
    ghost.setLocalState({ user: { name: "Lea", color: "#112233" } });
    raw.send(encodeAwareness(encodeAwarenessUpdate(ghost, [ghost.clientID])));
    await eventually(() => watcher.provider.awareness.getStates().has(ghost.clientID), "the watcher on another instance sees Lea");
    raw.ws.terminate();
    await eventually(() => !watcher.provider.awareness.getStates().has(ghost.clientID), "Lea gone", 5_000);
    // A late joiner on a third instance sees presence already there.
    const late = connectClient(url(0), map.id, map.viewKey);
    await late.synced;
    watcher.provider.awareness.setLocalStateField("user", { name: "Watcher", color: "#000000" });
    await eventually(() => late.provider.awareness.getStates().has(watcher.doc.clientID), "the late joiner sees the watcher");
    ghost.destroy();
    watcher.destroy();
    late.destroy();
  });
});
