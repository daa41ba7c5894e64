/**
 * Heavy work off the event loop (S47, issue 10 point 7): a 20,000-card PUT is parsed, validated
 * and built in a worker thread, so the room keeps storing and acknowledging everyone else's
 * edits while it is under way; live clients still get the PUT as one update (A20).
 * Behaviour and ordering only: nothing here is timed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { decodeSavedNotice } from "../../shared/protocol";
import { encodeSync, SYNC_UPDATE } from "../../server/sync/messages";
import { makeBigJourney } from "../support/bigJourney";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";
import { openRaw } from "./helpers/raw";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/** One small edit of `doc` (a key of a root map the PUT never touches), as the update it made. */
function edit(doc: Y.Doc, i: number): Uint8Array {
  let update: Uint8Array = new Uint8Array();
  const take = (u: Uint8Array): void => {
    update = u;
  };
  doc.once("update", take);
  doc.getMap("probe").set(`e${i}`, i);
  return update;
}

describe("heavy work off the event loop", () => {
  it("[S47] [S51] [S52] [A20] while a 20,000-card PUT is under way another editor's small edits are stored and acknowledged one after another; that editor gets the PUT as one update; all of it is stored", async () => {
    const map = await createMap(server.url);
    const first = connectClient(server.url, map.id, map.viewKey);
    await first.synced;
    const base = Y.encodeStateAsUpdate(first.doc);
    first.destroy();
    const editor = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}&ack=1`);
    const doc = new Y.Doc();
    let saved = 0;
    editor.ws.on("message", (data: Buffer) => {
      const mine = decodeSavedNotice(new Uint8Array(data))?.find((p) => p.clientID === doc.clientID);
      if (mine) saved = Math.max(saved, mine.clock);
    });

    const body = JSON.stringify(makeBigJourney({ cards: 20_000, seed: 10 }));
    let answered = false;
    const put = fetch(`${server.url}/api/maps/${map.id}`, { method: "PUT", headers: { "content-type": "application/json", authorization: `Bearer ${map.editKey}` }, body }).then((res) => {
      answered = true;
      return res;
    });
    // One edit at a time, each sent only once the previous one was acknowledged.
    let edits = 0;
    let ackedWhileRunning = 0;
    while (!answered) {
      editor.send(encodeSync(SYNC_UPDATE, edit(doc, edits++)));
      const clock = Y.getState(doc.store, doc.clientID);
      await eventually(() => saved >= clock, `edit ${edits} acknowledged`, 60_000);
      if (!answered) ackedWhileRunning++;
    }
    const res = await put;
    expect(res.status).toBe(200);
    expect(ackedWhileRunning).toBeGreaterThanOrEqual(2);

    // The editor got the PUT as one update message (A20); its own edits are never sent back to it.
    const cardsIn = (m: Uint8Array): number => {
      const d = new Y.Doc();
      Y.applyUpdate(d, base);
      const decoder = decoding.createDecoder(m);
      decoding.readVarUint(decoder); // sync message
      decoding.readVarUint(decoder); // update
      Y.applyUpdate(d, decoding.readVarUint8Array(decoder));
      return d.getMap("cards").size;
    };
    await eventually(() => editor.messages.some((m) => m.byteLength > 1024 * 1024), "the PUT forwarded to the editor", 60_000);
    const big = editor.messages.filter((m) => m.byteLength > 64 * 1024);
    expect(big.length).toBe(1);
    expect(cardsIn(big[0] as Uint8Array)).toBe(20_000);

    // Everything is stored: a fresh client reads the 20,000 cards and every acknowledged edit.
    const fresh = connectClient(server.url, map.id, map.viewKey);
    await fresh.synced;
    expect(fresh.doc.getMap("cards").size).toBe(20_000);
    expect(fresh.doc.getMap("probe").size).toBe(edits);
    fresh.destroy();
    editor.ws.close();
  }, 300_000);

  it("[S47] a file the worker refuses changes nothing: 400 with its issues, the map and its versions stay as they were", async () => {
    const map = await createMap(server.url);
    const headers = { "content-type": "application/json", authorization: `Bearer ${map.editKey}` };
    const versions = async (): Promise<number> => ((await (await fetch(`${server.url}/api/maps/${map.id}/versions`, { headers })).json()) as unknown[]).length;
    const exported = async (): Promise<string> => (await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers })).text();
    const [count, content] = [await versions(), await exported()];
    const notJson = await fetch(`${server.url}/api/maps/${map.id}`, { method: "PUT", headers, body: "{ not json" });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    const invalid = await fetch(`${server.url}/api/maps/${map.id}`, { method: "PUT", headers, body: JSON.stringify({ title: 5 }) });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    const badImport = await fetch(`${server.url}/api/maps/import`, { method: "POST", headers: { "content-type": "application/json" }, body: "[" });
    expect(badImport.status).toBe(400);
    expect(await versions()).toBe(count);
    expect(await exported()).toBe(content);
  });
});
