/**
 * Issue 10, points 2 and 8, against the real server: one crafted update cannot destroy a map,
 * a map whose stored state cannot be read still serves what it can, a delete leaves no readable
 * copy in the database files, the store's health means "can write", and expensive requests
 * have rates.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { CLOSE } from "../../shared/protocol";
import { createApp } from "../../server/app";
import { readConfig } from "../../server/config";
import { silentLogger } from "../../server/log";
import { MemoryStorage } from "../../server/storage/MemoryStorage";
import { DB_FILE, SqliteStorage } from "../../server/storage/SqliteStorage";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";
import { deepAnyUpdate } from "./helpers/hostileFrames";
import { openRaw } from "./helpers/raw";
import { syncMessage } from "./helpers/corpus";

const servers: RunningServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A server on a data directory of its own that outlives `stop()`, so the files can be read after. */
async function started(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "baton-survive-"));
  dirs.push(dataDir);
  const s = await startServer({ env, dataDir });
  servers.push(s);
  return s;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("a map survives hostile updates and damaged storage", () => {
  it("[S14] [S9] one 10 KB update nested 5,000 deep among 600 honest edits, compaction and kill -9: nothing is lost", async () => {
    const server = await started({ BATON_UNLOAD_DELAY_MS: "0" });
    const map = await createMap(server.url, { title: "Survivor" });
    const honest = connectClient(server.url, map.id, map.editKey);
    await honest.synced;
    for (let i = 0; i < 300; i++) honest.doc.getMap("cards").set(`h${i}`, i);
    const attacker = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    const update = deepAnyUpdate(5000);
    expect(update.byteLength).toBeGreaterThan(10_000);
    attacker.send(syncMessage(2, update));
    expect((await attacker.closed).code).toBe(CLOSE.malformed);
    for (let i = 300; i < 600; i++) honest.doc.getMap("cards").set(`h${i}`, i);
    const observer = connectClient(server.url, map.id, map.viewKey);
    await observer.synced;
    await eventually(() => observer.doc.getMap("cards").size === 600, "600 edits stored");
    honest.destroy();
    observer.destroy();
    // The last socket gone, the room compacts everything into the one snapshot (S8, S9).
    await eventually(() => server.logs.some((l) => l.includes('"room.compacted"')), "the room compacted");
    await server.kill();
    await server.restart();
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    expect(check.doc.getMap("cards").size).toBe(600);
    const res = await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: bearer(map.viewKey) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { title: string }).title).toBe("Survivor");
    check.destroy();
  });

  it("[S45] a map whose snapshot cannot be read serves everything its log gives, and keeps the stored bytes", async () => {
    const server = await started({ BATON_UNLOAD_DELAY_MS: "0" });
    const map = await createMap(server.url, { title: "Damaged" });
    await server.stop();
    // A snapshot that overflows the stack when decoded (the old failure) and a log written after it.
    const unreadable = deepAnyUpdate(200_000);
    const db = new Database(join(server.dataDir, DB_FILE));
    db.prepare("UPDATE maps SET snapshot = ? WHERE id = ?").run(Buffer.from(unreadable), map.id);
    db.close();
    const storage = new SqliteStorage(server.dataDir);
    const later = new Y.Doc();
    later.getMap("cards").set("fromLog", "kept");
    await storage.appendUpdates(map.id, [Y.encodeStateAsUpdate(later)], new Date().toISOString());
    await storage.close();
    await server.restart();

    expect((await fetch(`${server.url}/api/maps/${map.id}`, { headers: bearer(map.viewKey) })).status).toBe(200);
    expect((await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: bearer(map.viewKey) })).status).toBe(200);
    const client = connectClient(server.url, map.id, map.editKey);
    await client.synced;
    expect(client.doc.getMap("cards").get("fromLog")).toBe("kept");
    client.doc.getMap("cards").set("afterDamage", "also kept");
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => check.doc.getMap("cards").get("afterDamage") === "also kept", "a new edit is stored and served");
    expect(server.logs.some((l) => l.includes('"room.state_unreadable"'))).toBe(true);
    client.destroy();
    check.destroy();
    await eventually(() => server.logs.some((l) => l.includes('"room.unloaded"')), "the room unloaded");
    await server.stop();
    const after = new SqliteStorage(server.dataDir);
    const stored = await after.loadDoc(map.id);
    await after.close();
    expect(Buffer.from(stored?.snapshot ?? []).equals(Buffer.from(unreadable))).toBe(true);
    expect(stored?.updates.length).toBeGreaterThanOrEqual(2);
  });

  it("[S44] a deleted map leaves no readable copy in the database file or its write-ahead log", async () => {
    const server = await started();
    const secret = "SECRET-7f3a9c-do-not-keep";
    // Only in the map's own document: its title also names its workspace (WA1), which stays.
    const map = await createMap(server.url);
    const editor = connectClient(server.url, map.id, map.editKey);
    await editor.synced;
    for (let i = 0; i < 50; i++) editor.doc.getMap("cards").set(`s${i}`, `${secret} ${i}`);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => check.doc.getMap("cards").size === 50, "stored");
    editor.destroy();
    check.destroy();
    const del = await fetch(`${server.url}/api/maps/${map.id}`, { method: "DELETE", headers: bearer(map.ownerKey) });
    expect(del.status).toBe(204);
    await server.stop();
    const files = readdirSync(server.dataDir).filter((f) => f.startsWith(DB_FILE));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(join(server.dataDir, f)).includes(secret), f).toBe(false);
  });

  it("[S42] new maps per address and SVG exports per key are rate-limited with 429", async () => {
    const server = await started({ BATON_CREATE_LIMIT: "5", BATON_EXPORT_LIMIT: "3" });
    const maps = [];
    for (let i = 0; i < 5; i++) maps.push(await createMap(server.url));
    const sixth = await fetch(`${server.url}/api/maps`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(sixth.status).toBe(429);
    const map = maps[0] as (typeof maps)[number];
    const svg = (key: string) => fetch(`${server.url}/api/maps/${map.id}/export.svg`, { headers: bearer(key) }).then((r) => r.status);
    expect([await svg(map.viewKey), await svg(map.viewKey), await svg(map.viewKey)]).toEqual([200, 200, 200]);
    expect(await svg(map.viewKey)).toBe(429);
    expect(await svg(map.editKey)).toBe(200);
  });

  it("[S43] /healthz is 503 and POST /api/maps is 503 (not 500) while the store cannot write", async () => {
    const config = readConfig({ PORT: "0", BATON_STORAGE: "memory", BATON_DATA_DIR: "/tmp/baton-unused" });
    const storage = new MemoryStorage();
    const app = createApp(config, storage, silentLogger);
    const port = await app.listen();
    const base = `http://127.0.0.1:${port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      await storage.close();
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      const res = await fetch(`${base}/api/maps`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(res.status).toBe(503);
    } finally {
      await app.shutdown().catch(() => undefined);
    }
  });
});
