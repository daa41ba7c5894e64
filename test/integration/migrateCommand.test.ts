/**
 * `npm run migrate -- --from sqlite --to postgres` (S24) on a data directory written by a real
 * SQLite server: every map, its keys and content arrive; exports match before and after; a
 * second run changes nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresStorage } from "../../server/storage/PostgresStorage";
import { SqliteStorage } from "../../server/storage/SqliteStorage";
import type { Storage } from "../../server/storage/Storage";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { createMap, startServer, type CreatedMap } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
let cluster: TestPostgres;
const dataDir = mkdtempSync(join(tmpdir(), "baton-migrate-"));
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function migrate(databaseUrl: string): { status: number | null; events: Record<string, unknown>[] } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "server/migrate.ts", "--from", "sqlite", "--to", "postgres", "--data-dir", dataDir, "--database-url", databaseUrl], { cwd: ROOT, encoding: "utf8" });
  const events = `${r.stdout}\n${r.stderr}`
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, events };
}

async function exportOf(url: string, map: { id: string; key: string }): Promise<unknown> {
  const res = await fetch(`${url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.key}` } });
  expect(res.status).toBe(200);
  return res.json();
}

/** Every document's versions (records and states) and activity log, by document id. */
async function historyOf(store: Storage): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const id of await store.mapIds()) {
    const versions = await store.listVersions(id);
    const states = await Promise.all(versions.map(async (v) => Buffer.from((await store.loadVersion(id, v.id))?.state ?? []).toString("base64")));
    out[id] = { versions, states, activity: await store.listActivity(id, 500) };
  }
  return out;
}

describe("npm run migrate", () => {
  it("[S24] [H1] [WK8] copies every map and workspace with its keys, versions and activity from SQLite to PostgreSQL, verified by export, and a second run changes nothing", async () => {
    // A data directory as the SQLite server writes it: maps from templates, live edits, replaced keys.
    // Quiet bursts end fast, so the maps get automatic versions and activity entries.
    const sqlite = await startServer({ dataDir, env: { BATON_HISTORY_QUIET_MS: "200" } });
    const maps: CreatedMap[] = [await createMap(sqlite.url, { template: "saas-onboarding" }), await createMap(sqlite.url, { title: "Blank" }), await createMap(sqlite.url, { template: "support-case", lang: "de" })];
    const live = connectClient(sqlite.url, (maps[1] as CreatedMap).id, (maps[1] as CreatedMap).editKey);
    await live.synced;
    live.doc.getMap("meta").set("title", "Edited live");
    const check = connectClient(sqlite.url, (maps[1] as CreatedMap).id, (maps[1] as CreatedMap).viewKey);
    await eventually(() => check.doc.getMap("meta").get("title") === "Edited live", "the edit is stored");
    live.destroy();
    check.destroy();
    const named = await fetch(`${sqlite.url}/api/maps/${(maps[1] as CreatedMap).id}/versions`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${(maps[1] as CreatedMap).editKey}` }, body: JSON.stringify({ label: "before the Q3 review" }) });
    expect(named.status).toBe(201);
    const activityOf = async (): Promise<unknown[]> => (await (await fetch(`${sqlite.url}/api/maps/${(maps[1] as CreatedMap).id}/activity`, { headers: { authorization: `Bearer ${(maps[1] as CreatedMap).viewKey}` } })).json()) as unknown[];
    for (let tries = 0; (await activityOf()).length === 0; tries++) {
      if (tries > 100) throw new Error("the live edit's burst never ended with an activity entry");
      await new Promise((r) => setTimeout(r, 100));
    }
    const replaced = await fetch(`${sqlite.url}/api/maps/${(maps[2] as CreatedMap).id}/keys`, { method: "POST", headers: { authorization: `Bearer ${(maps[2] as CreatedMap).ownerKey}` } });
    const newKeys = (await replaced.json()) as CreatedMap;
    // A workspace with two maps of its own.
    const ws = (await (await fetch(`${sqlite.url}/api/workspaces`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Retail" }) })).json()) as CreatedMap;
    for (const title of ["Checkout", "Returns"]) {
      const r = await fetch(`${sqlite.url}/api/workspaces/${ws.id}/maps`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${ws.editKey}` }, body: JSON.stringify({ title }) });
      expect(r.status).toBe(201);
    }
    // A metric series whose points live beside the workspace document (WK5): the copy carries them, and the export shows them.
    const series = await fetch(`${sqlite.url}/api/workspaces/${ws.id}/commands`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ws.editKey}` },
      body: JSON.stringify({ commands: [{ type: "addMetricSeries", series: { id: "csat", kind: "CSAT", points: [{ on: "2026-11-01", value: 71 }, { on: "2026-11-02", value: 74.5 }] } }] }),
    });
    expect(await series.json()).toEqual({ applied: 1, skipped: [] });
    const workspaceOf = async (url: string): Promise<unknown[]> => {
      const head = { authorization: `Bearer ${ws.viewKey}` };
      const info = (await (await fetch(`${url}/api/workspaces/${ws.id}`, { headers: head })).json()) as { maps: unknown[] };
      return [info, await (await fetch(`${url}/api/workspaces/${ws.id}/export.json`, { headers: head })).json()];
    };
    const workspaceBefore = await workspaceOf(sqlite.url);
    expect((workspaceBefore[0] as { maps: unknown[] }).maps).toHaveLength(2);
    expect((workspaceBefore[1] as { metrics: unknown }).metrics).toEqual([{ id: "csat", kind: "CSAT", points: [{ on: "2026-11-01", value: 71 }, { on: "2026-11-02", value: 74.5 }] }]);
    const readers = maps.map((m, i) => ({ id: m.id, key: i === 2 ? newKeys.viewKey : m.viewKey }));
    const before = await Promise.all(readers.map((r) => exportOf(sqlite.url, r)));
    await sqlite.stop();
    const sourceStore = new SqliteStorage(dataDir);
    const history = await historyOf(sourceStore);
    await sourceStore.close();
    const counted = Object.values(history) as { versions: unknown[]; activity: unknown[] }[];
    const versionCount = counted.reduce((n, h) => n + h.versions.length, 0);
    const activityCount = counted.reduce((n, h) => n + h.activity.length, 0);
    expect(versionCount).toBeGreaterThanOrEqual(4);
    expect(activityCount).toBeGreaterThanOrEqual(1);

    const databaseUrl = await cluster.createDatabase("migrated");
    const first = migrate(databaseUrl);
    expect(first.status).toBe(0);
    const done = first.events.find((e) => e.event === "migrate.done") as { copied: number };
    // 3 maps, the workspace and its 2 maps, and whatever documents the server keeps besides.
    expect(done.copied).toBeGreaterThanOrEqual(6);
    expect(done).toMatchObject({ merged: 0, unchanged: 0, mismatched: 0, versions: versionCount, activity: activityCount });
    const second = migrate(databaseUrl);
    expect(second.status).toBe(0);
    expect(second.events.find((e) => e.event === "migrate.done")).toMatchObject({ copied: 0, merged: 0, unchanged: done.copied, mismatched: 0, versions: 0, activity: 0 });
    const targetStore = await PostgresStorage.open(databaseUrl);
    try {
      expect(await historyOf(targetStore)).toEqual(history);
    } finally {
      await targetStore.close();
    }

    const pg = await startServer({ env: { BATON_STORAGE: "postgres", BATON_DATABASE_URL: databaseUrl } });
    try {
      expect(await Promise.all(readers.map((r) => exportOf(pg.url, r)))).toEqual(before);
      expect(await workspaceOf(pg.url)).toEqual(workspaceBefore);
      // Key hashes came along: the replaced owner key rules, the old one is refused.
      const old = await fetch(`${pg.url}/api/maps/${(maps[2] as CreatedMap).id}`, { headers: { authorization: `Bearer ${(maps[2] as CreatedMap).ownerKey}` } });
      expect(old.status).toBe(401);
    } finally {
      await pg.stop();
    }
  });
});
