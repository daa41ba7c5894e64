/**
 * Opening a big map nobody has open (S60): a stored snapshot plus a log is merged into one
 * update in the worker thread, and a room that was never built takes a big PUT as bytes. The
 * map must serve exactly what is stored: the same export before and after restarts, clients
 * that join while it loads converge, and edits sent during the load, a PUT among them, are
 * stored. Behaviour only: nothing here is timed (the stalls are `npm run bench -- heavy`'s).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Journey } from "../../shared/schema/journey";
import { makeBigJourney } from "../support/bigJourney";
import { importMap, startServer, type CreatedMap, type RunningServer } from "../support/server";
import { connectClient, eventually, type TestClient } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

async function exported(map: CreatedMap): Promise<Journey> {
  const res = await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Journey;
}

function put(map: CreatedMap, journey: Journey): Promise<Response> {
  return fetch(`${server.url}/api/maps/${map.id}`, { method: "PUT", headers: { "content-type": "application/json", authorization: `Bearer ${map.editKey}` }, body: JSON.stringify(journey) });
}

const cardIds = (j: { cards: readonly { id: string }[] }): string[] => j.cards.map((c) => c.id).sort();
/** The keys of the root map the tests edit (a map the journey never touches), sorted. */
const probe = (doc: Y.Doc): string[] => [...doc.getMap("probe").keys()].sort();

/** Sets `keys` in `client`'s probe map and waits until `observer` has them all: they are stored (A27: stored before forwarded). */
async function stored(client: TestClient, observer: TestClient, keys: readonly string[]): Promise<void> {
  for (const k of keys) client.doc.getMap("probe").set(k, k);
  await eventually(() => keys.every((k) => observer.doc.getMap("probe").has(k)), `the observer has ${keys.join(", ")}`, 60_000);
}

/** `true` when the server logged that map `id` was loaded with its stored parts merged in the worker. */
const loadedMerged = (id: string): boolean => server.logs.some((l) => l.includes('"room.loaded"') && l.includes(id) && l.includes('"merged":true'));

describe("a big map nobody has open (S60)", () => {
  it("[S60] [S2] [A27] a 2,500-card map stored as a snapshot plus a log is merged in the worker when opened: the same export as before the crash, three clients joining during the load converge and each one's edit made before it synced is stored, and so is everything after a kill -9 mid-load and a restart", async () => {
    const map = await importMap(server.url, makeBigJourney({ cards: 2_500, seed: 31 }));
    const writer = connectClient(server.url, map.id, map.editKey);
    const observer = connectClient(server.url, map.id, map.viewKey);
    await Promise.all([writer.synced, observer.synced]);
    const edits = Array.from({ length: 20 }, (_, i) => `before${i}`);
    await stored(writer, observer, edits);
    const before = await exported(map);
    // A crash: no compaction, so the store holds the import's snapshot and the edits' log.
    await server.kill();
    writer.destroy();
    observer.destroy();

    await server.restart();
    const joiners = [0, 1, 2].map((i) => {
      const doc = new Y.Doc();
      doc.getMap("probe").set(`joiner${i}`, i); // sent with the client's first sync, while the room loads
      return connectClient(server.url, map.id, map.editKey, {}, doc);
    });
    const all = [...edits, "joiner0", "joiner1", "joiner2"].sort();
    await Promise.all(joiners.map((c) => c.synced));
    for (const c of joiners) await eventually(() => probe(c.doc).join() === all.join(), "every joiner holds every edit", 60_000);
    expect(loadedMerged(map.id)).toBe(true);
    expect(await exported(map)).toEqual(before);

    // A kill -9 while the next load may be under way loses nothing either.
    await server.kill();
    joiners.forEach((c) => c.destroy());
    await server.restart();
    const reopening = connectClient(server.url, map.id, map.viewKey);
    await server.kill();
    reopening.destroy();
    await server.restart();
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => probe(check.doc).join() === all.join(), "a fresh client holds every edit", 60_000);
    expect(await exported(map)).toEqual(before);
    check.destroy();
  }, 300_000);

  it("[S60] [S54] [A20] a PUT of 2,500 other cards over a big map nobody has open is kept as bytes: a client that joins gets the file, its edit is stored; after a crash a PUT sent while the map loads and a joining client's edit both land; a graceful restart serves the same", async () => {
    const map = await importMap(server.url, makeBigJourney({ cards: 2_500, seed: 32 }));
    const second = makeBigJourney({ cards: 2_500, seed: 33 });
    expect((await put(map, second)).status).toBe(200);
    expect(cardIds(await exported(map))).toEqual(cardIds(second));

    const editor = connectClient(server.url, map.id, map.editKey);
    const observer = connectClient(server.url, map.id, map.viewKey);
    await Promise.all([editor.synced, observer.synced]);
    expect(cardIds({ cards: [...observer.doc.getMap("cards").keys()].map((id) => ({ id })) })).toEqual(cardIds(second));
    await stored(editor, observer, ["afterPut"]);
    await server.kill();
    editor.destroy();
    observer.destroy();

    await server.restart();
    const third = makeBigJourney({ cards: 2_500, seed: 34 });
    const doc = new Y.Doc();
    doc.getMap("probe").set("duringLoad", 1);
    const joiner = connectClient(server.url, map.id, map.editKey, {}, doc);
    const [res] = await Promise.all([put(map, third), joiner.synced]);
    expect(res.status).toBe(200);
    await eventually(() => doc.getMap("cards").size === third.cards.length && [...doc.getMap("cards").keys()].every((id) => third.cards.some((c) => c.id === id)), "the joiner holds the PUT's cards", 60_000);
    const after = await exported(map);
    expect(cardIds(after)).toEqual(cardIds(third));
    joiner.destroy();

    await server.restart();
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => probe(check.doc).join() === ["afterPut", "duringLoad"].join(), "a fresh client holds both edits", 60_000);
    expect(await exported(map)).toEqual(after);
    check.destroy();
  }, 300_000);
});
