/**
 * Issue 10 against the real server with stock y-websocket clients: a crowd, a latecomer,
 * spoofing, a person who vanishes without a close frame, a slow client, an offline backlog.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebSocket as WsSocket } from "ws";
import { CLOSE } from "../../shared/protocol";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually, type TestClient } from "./helpers/clients";
import { joinCrowd } from "./helpers/crowd";
import { openRaw } from "./helpers/raw";
import { spoofFrame } from "./helpers/hostileFrames";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { BATON_CONNECT_LIMIT: "100000" } });
});
afterAll(async () => {
  await server?.stop();
});

const nameOf = (c: TestClient, id: number): string | undefined => (c.provider.awareness.getStates().get(id) as { user?: { name?: string } } | undefined)?.user?.name;
const tcpOf = (c: TestClient): { pause(): void; resume(): void } => (c.provider.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
const metric = async (name: string): Promise<number> => {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\d+)`, "m").exec(text)?.[1] ?? NaN);
};

describe("crowds and hostile presence on the real server", () => {
  it("[S17] 60 stock clients announcing `user` at once and a latecomer: everyone stays connected, sees everyone, and every edit is stored", async () => {
    const map = await createMap(server.url);
    const { clients: crowd, editors: crowdEditors, closes } = joinCrowd(server.url, map, 60);
    await Promise.all(crowd.map((c) => c.synced));
    await eventually(() => crowd.every((c) => c.provider.awareness.getStates().size === 60), "everyone sees 60 people", 30_000);
    const late = connectClient(server.url, map.id, map.editKey);
    late.provider.awareness.setLocalStateField("user", { name: "Latecomer", color: "#993366" });
    await late.synced;
    await eventually(() => late.provider.awareness.getStates().size === 61 && crowd.every((c) => nameOf(c, late.doc.clientID) === "Latecomer"), "61 present everywhere", 30_000);
    const editors = [...crowdEditors, late];
    editors.forEach((c, i) => c.doc.getMap("cards").set(`e${i}`, i));
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => editors.every((_, i) => check.doc.getMap("cards").get(`e${i}`) === i), "every edit stored", 30_000);
    expect(closes).toEqual([]);
    expect([...crowd, late].every((c) => c.provider.wsconnected)).toBe(true);
    [...crowd, late, check].forEach((c) => c.destroy());
  });

  it("[S17] a viewer cannot overwrite or remove another client's presence, and closing it removes only its own", async () => {
    const map = await createMap(server.url);
    const victim = connectClient(server.url, map.id, map.editKey);
    const watcher = connectClient(server.url, map.id, map.viewKey);
    victim.provider.awareness.setLocalStateField("user", { name: "Victim", color: "#111111" });
    await Promise.all([victim.synced, watcher.synced]);
    await eventually(() => nameOf(watcher, victim.doc.clientID) === "Victim", "watcher sees the victim");
    const spoofer = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    spoofer.send(spoofFrame(424_242, { user: { name: "Mallory", color: "#ff0000" } }, 1));
    await eventually(() => nameOf(watcher, 424_242) === "Mallory", "the spoofer's own presence shows");
    spoofer.send(spoofFrame(victim.doc.clientID, { user: { name: "Pwned", color: "#ff0000" } }));
    spoofer.send(spoofFrame(victim.doc.clientID, null));
    spoofer.send(spoofFrame(424_242, { user: { name: "Mallory 2", color: "#ff0000" } }, 2));
    await eventually(() => nameOf(watcher, 424_242) === "Mallory 2", "later frames were handled");
    expect(nameOf(watcher, victim.doc.clientID)).toBe("Victim");
    expect((victim.provider.awareness.getLocalState() as { user: { name: string } }).user.name).toBe("Victim");
    spoofer.ws.close();
    await eventually(() => !watcher.provider.awareness.getStates().has(424_242), "the spoofer's presence goes");
    expect(nameOf(watcher, victim.doc.clientID)).toBe("Victim");
    victim.destroy();
    watcher.destroy();
  });

  it("[S5] [S7] a person whose network vanishes without a close frame disappears well before the client's 30 s timeout", async () => {
    const map = await createMap(server.url);
    const watcher = connectClient(server.url, map.id, map.viewKey);
    const gone = connectClient(server.url, map.id, map.editKey);
    gone.provider.awareness.setLocalStateField("user", { name: "Gone", color: "#222222" });
    await Promise.all([watcher.synced, gone.synced]);
    await eventually(() => nameOf(watcher, gone.doc.clientID) === "Gone", "watcher sees them");
    const vanished = Date.now();
    tcpOf(gone).pause(); // no more reads: no pongs, no close frame
    await eventually(() => !watcher.provider.awareness.getStates().has(gone.doc.clientID), "removed by the server", 20_000);
    console.log(`[S5] a vanished person disappeared after ${Date.now() - vanished} ms`);
    gone.destroy();
    watcher.destroy();
  });

  it("[S4] a client closed for falling behind gets 4508, reconnects by itself, and its next edit is stored", async () => {
    const map = await createMap(server.url);
    const writer = connectClient(server.url, map.id, map.editKey);
    const slow = connectClient(server.url, map.id, map.editKey);
    await Promise.all([writer.synced, slow.synced]);
    const codes: number[] = [];
    slow.provider.on("connection-close", (e) => {
      if (e) codes.push(e.code);
    });
    const before = await metric("baton_sockets_closed_slow_total");
    tcpOf(slow).pause();
    for (let i = 0; i < 24 && (await metric("baton_sockets_closed_slow_total")) === before; i++) {
      writer.doc.getMap("cards").set(`big${i}`, "b".repeat(1024 * 1024));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await metric("baton_sockets_closed_slow_total")).toBe(before + 1);
    tcpOf(slow).resume();
    await eventually(() => codes.includes(CLOSE.tooFarBehind), "the slow client heard 4508", 20_000);
    await eventually(() => slow.provider.wsconnected && slow.provider.synced, "it reconnected", 20_000);
    slow.doc.getMap("cards").set("after", "stored");
    await eventually(() => writer.doc.getMap("cards").get("after") === "stored", "its next edit reached the writer");
    writer.destroy();
    slow.destroy();
  });

  it("[S41] 2,500 offline edits (over 2 MiB) are stored in one reconnect, not refused in a loop", async () => {
    const map = await createMap(server.url);
    const client = connectClient(server.url, map.id, map.editKey);
    await client.synced;
    let opens = 0;
    client.provider.on("status", ({ status }: { status: string }) => {
      if (status === "connected") opens++;
    });
    client.provider.disconnect();
    for (let i = 0; i < 2500; i++) client.doc.getMap("cards").set(`offline${i}`, `${i} ${"o".repeat(1000)}`);
    client.provider.connect();
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => check.doc.getMap("cards").size === 2500, "all 2,500 offline edits stored", 30_000);
    expect(opens).toBe(1);
    const raw = (client.provider.ws as unknown as WsSocket | null)?.readyState;
    expect(raw).toBe(1);
    client.destroy();
    check.destroy();
  });
});
