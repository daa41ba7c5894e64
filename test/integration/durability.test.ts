import { afterAll, describe, expect, it } from "vitest";
import { CLOSE } from "../../shared/protocol";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually, rng } from "./helpers/clients";
import { openRaw } from "./helpers/raw";

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
});

describe("durability", () => {
  it("[A27] kill -9 in the middle of a burst loses nothing another client had received", async () => {
    const seed = Number(process.env.BATON_SEED ?? Date.now() % 100_000);
    console.log(`[A27] kill -9 burst seed ${seed}`);
    const random = rng(seed);
    const server = await startServer();
    servers.push(server);
    const map = await createMap(server.url, { title: "Crash" });
    const writers = [0, 1, 2].map(() => connectClient(server.url, map.id, map.editKey));
    const observer = connectClient(server.url, map.id, map.viewKey);
    await Promise.all([...writers, observer].map((c) => c.synced));

    let n = 0;
    const burst = setInterval(() => {
      for (const w of writers) {
        for (let i = 0; i < 5; i++) w.doc.getMap("cards").set(`k${n++}`, Math.floor(random() * 1000));
      }
    }, 2);
    const killAfter = 200 + Math.floor(random() * 400);
    await eventually(() => observer.doc.getMap("cards").size >= killAfter, "the observer received part of the burst");
    await server.kill();
    clearInterval(burst);
    // Nothing can reconnect and re-send: the writers' unsent edits are not the server's to keep.
    await new Promise((r) => setTimeout(r, 50));
    const received = new Map(Object.entries(observer.doc.getMap("cards").toJSON()));
    [...writers, observer].forEach((c) => c.destroy());
    expect(received.size).toBeGreaterThanOrEqual(killAfter);

    await server.restart();
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    const stored = check.doc.getMap("cards");
    const lost = [...received.keys()].filter((k) => stored.get(k) !== received.get(k));
    expect(lost).toEqual([]);
    expect(check.doc.getMap("meta").get("title")).toBe("Crash");
    check.destroy();
    await server.stop();
  });

  it("[A5] SIGTERM stores everything, closes sockets with 1001 and exits 0; a restart serves it all", async () => {
    const server = await startServer();
    servers.push(server);
    const map = await createMap(server.url, { title: "Graceful" });
    const writer = connectClient(server.url, map.id, map.editKey);
    const observer = connectClient(server.url, map.id, map.viewKey);
    await Promise.all([writer.synced, observer.synced]);
    for (let i = 0; i < 300; i++) writer.doc.getMap("cards").set(`g${i}`, i);
    await eventually(() => observer.doc.getMap("cards").size === 300, "observer has all 300");
    const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    writer.destroy();
    observer.destroy();
    await server.restart(); // stop() rejects unless the exit code is 0
    expect((await raw.closed).code).toBe(CLOSE.goingAway);
    expect(server.logs.some((l) => l.includes('"server.stopped"'))).toBe(true);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    expect(check.doc.getMap("cards").size).toBe(300);
    check.destroy();
    await server.stop();
  });
});
