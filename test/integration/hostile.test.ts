import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { CLOSE, MAX_EDITOR_MESSAGE_BYTES, MAX_MESSAGE_BYTES } from "../../shared/protocol";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually, rng } from "./helpers/clients";
import { craftedUpdates, frameCorpus, syncMessage } from "./helpers/corpus";
import { openRaw, type RawSocket } from "./helpers/raw";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { BATON_CONNECT_LIMIT: "100000" } });
});
afterAll(async () => {
  await server?.stop();
});


/**
 * The probe: sync step 1 with the state vector the server announced when this socket joined.
 * The server answers with step 2 (which it sends for nothing else), holding only what changed
 * since, so probing stays cheap as the document grows.
 */
async function probeFor(raw: RawSocket): Promise<Uint8Array> {
  await eventually(() => raw.messages.some((m) => m[0] === 0 && m[1] === 0), "the server's sync step 1");
  const step1 = raw.messages.find((m) => m[0] === 0 && m[1] === 0) as Uint8Array;
  const d = decoding.createDecoder(step1);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  return syncMessage(0, decoding.readVarUint8Array(d));
}

/**
 * Sends `frame`, then the probe. The server handles a socket's messages in order, so the
 * probe's answer proves the frame was handled and did not close the socket.
 */
async function deliver(raw: RawSocket, frame: Uint8Array, probe?: Uint8Array): Promise<"alive" | "closed"> {
  const p = probe ?? (await probeFor(raw));
  if (raw.ws.readyState !== raw.ws.OPEN) return "closed";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error("no answer and no close within 10 s")), 10_000);
    const onMessage = (data: Buffer): void => {
      if (data[0] === 0 && data[1] === 1) done("alive");
    };
    const onClose = (): void => done("closed");
    const done = (result: "alive" | "closed" | Error): void => {
      clearTimeout(timer);
      raw.ws.off("message", onMessage);
      raw.ws.off("close", onClose);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    raw.ws.on("message", onMessage);
    raw.ws.on("close", onClose);
    raw.send(frame);
    raw.send(p);
  });
}

describe("hostile input on the sync socket", () => {
  it("[A31] [S41] a viewer's message over 2 MiB closes with 1009; an editor's 3 MiB is stored, over 32 MiB is 1009", async () => {
    const map = await createMap(server.url);
    const bystander = connectClient(server.url, map.id, map.viewKey);
    await bystander.synced;
    const viewer = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    viewer.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect((await viewer.closed).code).toBe(CLOSE.messageTooBig);

    const editor = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    const doc = new Y.Doc();
    doc.getMap("cards").set("big", "x".repeat(3 * 1024 * 1024));
    const message = syncMessage(2, Y.encodeStateAsUpdate(doc));
    expect(message.byteLength).toBeGreaterThan(MAX_MESSAGE_BYTES);
    editor.send(message);
    await eventually(() => bystander.doc.getMap("cards").has("big"), "the large update reached the bystander");
    editor.ws.close();

    const huge = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    huge.send(new Uint8Array(MAX_EDITOR_MESSAGE_BYTES + 1));
    expect((await huge.closed).code).toBe(CLOSE.messageTooBig);
    bystander.destroy();
  });

  it("[S14] crafted updates (Yjs #479, #498, #687) close only their socket with 4400; the room works on", async () => {
    const map = await createMap(server.url);
    const honest = connectClient(server.url, map.id, map.editKey);
    await honest.synced;
    for (const { name, message, refused } of craftedUpdates()) {
      const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
      expect(await deliver(raw, message), name).toBe(refused ? "closed" : "alive");
      if (refused) expect((await raw.closed).code, name).toBe(CLOSE.malformed);
      else raw.ws.close();
    }
    const text = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    text.ws.send("hello", { binary: false });
    expect((await text.closed).code).toBe(CLOSE.malformed);
    honest.doc.getMap("cards").set("still", "works");
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => check.doc.getMap("cards").get("still") === "works", "the room still works");
    honest.destroy();
    check.destroy();
  });

  it("[A31] [A30] [S17] [S40] a seeded corpus of 10,000 malformed, mutated and hostile frames while honest clients edit and stay present", async () => {
    const seed = Number(process.env.BATON_SEED ?? Date.now() % 100_000);
    console.log(`[A31] malformed frame corpus seed ${seed}`);
    const map = await createMap(server.url, { title: "Under fire" });
    const honest = [0, 1].map(() => connectClient(server.url, map.id, map.editKey));
    await Promise.all(honest.map((c) => c.synced));
    honest.forEach((c, i) => c.provider.awareness.setLocalStateField("user", { name: `Honest ${i}`, color: "#123456" }));
    const frames = frameCorpus(rng(seed), 10_000, honest.map((c) => c.doc.clientID));
    let edits = 0;
    const editing = setInterval(() => {
      honest.forEach((c, i) => c.doc.getMap("cards").set(`h${i}-${edits}`, edits));
      edits++;
    }, 40);

    let next = 0;
    let closes = 0;
    const worker = async (key: string): Promise<void> => {
      let raw = await openRaw(server.url, `/sync/${map.id}?k=${key}`);
      let probe = await probeFor(raw);
      while (next < frames.length) {
        const frame = frames[next++] as Uint8Array;
        if ((await deliver(raw, frame, probe)) === "closed") {
          closes++;
          raw = await openRaw(server.url, `/sync/${map.id}?k=${key}`);
          probe = await probeFor(raw);
        }
      }
      raw.ws.close();
    };
    try {
      await Promise.all([...Array<string>(4).fill(map.editKey), ...Array<string>(2).fill(map.viewKey)].map(worker));
    } finally {
      clearInterval(editing);
    }
    expect(closes).toBeGreaterThan(frames.length / 5);
    // Spoofed states never replaced or removed the honest clients' presence.
    for (const [i, c] of honest.entries()) {
      for (const other of honest) {
        expect((other.provider.awareness.getStates().get(c.doc.clientID) as { user?: { name?: string } } | undefined)?.user?.name).toBe(`Honest ${i}`);
      }
    }

    // The room still works: the honest clients converge and a newcomer sees every honest edit.
    const last = edits - 1;
    await eventually(() => honest.every((c) => c.doc.getMap("cards").has(`h0-${last}`) && c.doc.getMap("cards").has(`h1-${last}`)), "honest clients converge");
    const newcomer = connectClient(server.url, map.id, map.viewKey);
    await newcomer.synced;
    await eventually(() => newcomer.doc.getMap("cards").has(`h1-${last}`), "newcomer has the last edit");
    for (let i = 0; i < edits; i++) {
      expect(newcomer.doc.getMap("cards").get(`h0-${i}`)).toBe(i);
      expect(newcomer.doc.getMap("cards").get(`h1-${i}`)).toBe(i);
    }
    const info = await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } });
    expect(info.status).toBe(200);
    expect(((await info.json()) as { title: string }).title).toBe("Under fire");
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    [...honest, newcomer].forEach((c) => c.destroy());
  });
});
