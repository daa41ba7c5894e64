import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { decodeSavedNotice, MESSAGE_AWARENESS, MESSAGE_SAVED } from "../../shared/protocol";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";
import { openRaw } from "./helpers/raw";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { BATON_KEEPALIVE_MS: "300" } });
});
afterAll(async () => {
  await server?.stop();
});

/** `messageSync` + `update` around a Yjs update, as the stock client sends it. */
function syncUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

function awarenessMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

const sorted = (doc: Y.Doc): string => JSON.stringify(Object.entries(doc.getMap("cards").toJSON()).sort());

describe("live sync with the stock WebsocketProvider", () => {
  it("[A25] several clients converge", async () => {
    const map = await createMap(server.url, { title: "Converge" });
    const clients = [0, 1, 2, 3].map(() => connectClient(server.url, map.id, map.editKey));
    await Promise.all(clients.map((c) => c.synced));
    expect(clients[0]?.doc.getMap("meta").get("title")).toBe("Converge");
    clients.forEach((c, i) => {
      for (let n = 0; n < 20; n++) c.doc.getMap("cards").set(`c${i}-${n}`, n);
    });
    await eventually(() => clients.every((c) => c.doc.getMap("cards").size === 80), "all clients see 80 entries");
    expect(new Set(clients.map((c) => sorted(c.doc))).size).toBe(1);
    const late = connectClient(server.url, map.id, map.viewKey);
    await late.synced;
    expect(sorted(late.doc)).toBe(sorted(clients[0]?.doc as Y.Doc));
    [...clients, late].forEach((c) => c.destroy());
  });

  it("[S59] opening and reopening a map stores nothing: the stock client's empty sync-step-2 answers are dropped", async () => {
    const map = await createMap(server.url, { title: "Quiet" });
    const stored = async (): Promise<number> => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      return Number(/^baton_updates_stored_total (\d+)/m.exec(text)?.[1]);
    };
    const writer = connectClient(server.url, map.id, map.editKey);
    await writer.synced;
    writer.doc.getMap("cards").set("one", 1);
    await eventually(async () => (await stored()) > 0, "the edit is stored");
    const before = await stored();
    const watcher = connectClient(server.url, map.id, map.viewKey);
    await watcher.synced;
    let forwarded = 0;
    watcher.doc.on("update", () => forwarded++);
    for (let i = 0; i < 5; i++) {
      const visitor = connectClient(server.url, map.id, map.editKey);
      await visitor.synced;
      expect(visitor.doc.getMap("cards").get("one")).toBe(1);
      visitor.destroy();
    }
    // An edit after the visits is stored and forwarded, and it is the only thing that was.
    writer.doc.getMap("cards").set("two", 2);
    await eventually(() => watcher.doc.getMap("cards").get("two") === 2, "the watcher gets the edit");
    expect(await stored()).toBe(before + 1);
    expect(forwarded).toBe(1);
    [writer, watcher].forEach((c) => c.destroy());
  });

  it("[A26] a viewer receives updates; its own writes are dropped on the update and the sync-step-2 path", async () => {
    const map = await createMap(server.url, { title: "Viewer" });
    const editor = connectClient(server.url, map.id, map.editKey);
    await editor.synced;
    // Sync-step-2 path: the viewer's document has content before it connects, which the stock
    // client sends as its answer to the server's step 1.
    const viewerDoc = new Y.Doc();
    viewerDoc.getMap("cards").set("from-viewer-before", 1);
    const viewer = connectClient(server.url, map.id, map.viewKey, {}, viewerDoc);
    await viewer.synced;
    // Update path: a change after sync.
    viewer.doc.getMap("cards").set("from-viewer-after", 2);
    editor.doc.getMap("cards").set("from-editor", 3);
    await eventually(() => viewer.doc.getMap("cards").has("from-editor"), "viewer receives the editor's update");
    const fresh = connectClient(server.url, map.id, map.editKey);
    await fresh.synced;
    await eventually(() => fresh.doc.getMap("cards").has("from-editor"), "fresh client has the editor's card");
    expect(fresh.doc.getMap("cards").has("from-viewer-before")).toBe(false);
    expect(fresh.doc.getMap("cards").has("from-viewer-after")).toBe(false);
    expect(editor.doc.getMap("cards").has("from-viewer-before")).toBe(false);
    expect(editor.doc.getMap("cards").has("from-viewer-after")).toBe(false);
    const exported = (await (
      await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } })
    ).json()) as { title: string };
    expect(exported.title).toBe("Viewer");
    [editor, viewer, fresh].forEach((c) => c.destroy());
  });

  it("[A28] [S6] presence: a client's user state reaches the others; awareness is echoed to its sender", async () => {
    const map = await createMap(server.url);
    const a = connectClient(server.url, map.id, map.editKey);
    const b = connectClient(server.url, map.id, map.viewKey);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField("user", { name: "Ada", color: "#ff8800" });
    await eventually(() => (b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name === "Ada", "b sees Ada");
    b.provider.awareness.setLocalStateField("user", { name: "Viewer Vic", color: "#0088ff" });
    await eventually(() => a.provider.awareness.getStates().has(b.doc.clientID), "a sees the viewer's presence");

    const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({ user: { name: "Raw", color: "#123456" } });
    const before = raw.messages.length;
    raw.send(awarenessMessage(encodeAwarenessUpdate(mine, [mine.clientID])));
    await eventually(
      () =>
        raw.messages.slice(before).some((m) => {
          const d = decoding.createDecoder(m);
          if (decoding.readVarUint(d) !== MESSAGE_AWARENESS) return false;
          return new TextDecoder().decode(decoding.readVarUint8Array(d)).includes('"Raw"');
        }),
      "the sender gets its own awareness back",
    );
    mine.destroy();
    raw.ws.close();
    a.destroy();
    b.destroy();
  });

  it("[S7] a socket that drops without a goodbye has its presence removed at once", async () => {
    const map = await createMap(server.url);
    const watcher = connectClient(server.url, map.id, map.viewKey);
    await watcher.synced;
    const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    const ghost = new Awareness(new Y.Doc());
    ghost.setLocalState({ user: { name: "Ghost", color: "#000000" } });
    raw.send(awarenessMessage(encodeAwarenessUpdate(ghost, [ghost.clientID])));
    await eventually(() => watcher.provider.awareness.getStates().has(ghost.clientID), "watcher sees the ghost");
    raw.ws.terminate();
    // The awareness timeout is 30 s; removal must come from the server's close handling.
    await eventually(() => !watcher.provider.awareness.getStates().has(ghost.clientID), "ghost removed", 5_000);
    ghost.destroy();
    watcher.destroy();
  });

  it("[A29] with ack=1 the sender learns which clocks are stored; a stock client never gets that message", async () => {
    const map = await createMap(server.url);
    const acked = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}&ack=1`);
    const plain = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    const doc = new Y.Doc();
    for (let i = 1; i <= 3; i++) {
      const sv = Y.encodeStateVector(doc);
      doc.getMap("cards").set(`k${i}`, i);
      acked.send(syncUpdate(Y.encodeStateAsUpdate(doc, sv)));
    }
    const other = new Y.Doc();
    other.getMap("cards").set("plain", true);
    plain.send(syncUpdate(Y.encodeStateAsUpdate(other)));
    const wanted = Y.encodeStateVector(doc);
    const clock = Y.decodeStateVector(wanted).get(doc.clientID);
    await eventually(
      () =>
        acked.messages.some((m) => {
          const pairs = decodeSavedNotice(m);
          return pairs !== null && pairs.some((p) => p.clientID === doc.clientID && p.clock === clock);
        }),
      "a saved notice for the last clock",
    );
    // The stored state really holds what the notice claims.
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    expect(check.doc.getMap("cards").get("k3")).toBe(3);
    await eventually(() => plain.messages.length > 2, "plain socket got its own traffic");
    expect(plain.types()).not.toContain(MESSAGE_SAVED);
    check.destroy();
    acked.ws.close();
    plain.ws.close();
  });

  it("[S5] an idle socket gets keepalives it can ignore", async () => {
    const map = await createMap(server.url);
    const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    const count = (): number => raw.messages.filter((m) => m.length === 3 && m[0] === 1 && m[1] === 1 && m[2] === 0).length;
    await eventually(() => count() >= 2, "two keepalives on an idle socket");
    raw.ws.close();
  });
});
