/**
 * Issue 12's start-up race: several instances starting at once on one fresh PostgreSQL database.
 * The schema steps (S21) and the move of older maps into workspaces (WA5) each run under an
 * advisory lock (WA16), so every instance starts, the schema is applied once, and every map ends
 * in exactly one workspace of its own.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app";
import { readConfig } from "../../server/config";
import { createLogger } from "../../server/log";
import { hashKeys, newKeys, newMapId, type MapKeys } from "../../server/keys";
import { journeyUpdate } from "../../server/maps/mapContent";
import { POSTGRES_MIGRATIONS } from "../../server/storage/postgresSchema";
import { PostgresStorage } from "../../server/storage/PostgresStorage";
import { exampleJourney } from "../support/example";
import { startPostgres, type TestPostgres } from "../support/postgres";

let cluster: TestPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

const silent = createLogger(() => undefined);

async function rows<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("instances starting together on one PostgreSQL", () => {
  it("[S21] four instances opening a fresh database at once all succeed and the schema is applied once", async () => {
    const url = await cluster.createDatabase("fresh");
    const stores = await Promise.all([1, 2, 3, 4].map(() => PostgresStorage.open(url)));
    try {
      const applied = await rows<{ version: number }>(url, "SELECT version FROM baton_schema ORDER BY version");
      expect(applied.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      // Every instance works on the one schema.
      expect(await Promise.all(stores.map((s) => s.countMaps()))).toEqual([0, 0, 0, 0]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("[WA16] [WA5] three instances starting at once move every older map into exactly one workspace of its own", async () => {
    const url = await cluster.createDatabase("older");
    // Maps as a release before workspaces left them: stored, in no workspace.
    const seed = await PostgresStorage.open(url);
    const maps: { id: string; keys: MapKeys }[] = [];
    for (let i = 0; i < 12; i++) {
      const id = newMapId();
      const keys = newKeys();
      const at = "2026-11-20T10:00:00.000Z";
      await seed.createMap({ id, keyHashes: hashKeys(keys), createdAt: at, updatedAt: at }, journeyUpdate({ ...exampleJourney(), title: `Journey ${i}` }, "2026-11-01"));
      maps.push({ id, keys });
    }
    expect(await seed.workspaces.mapsWithoutWorkspace()).toHaveLength(12);
    await seed.close();

    const config = { ...readConfig({}), port: 0, host: "127.0.0.1" };
    const apps: App[] = [];
    for (let i = 0; i < 3; i++) apps.push(createApp(config, await PostgresStorage.open(url), silent));
    try {
      const ports = await Promise.all(apps.map((a) => a.listen()));
      expect(ports.every((p) => p > 0)).toBe(true);
      const members = await rows<{ map_id: string; workspace_id: string }>(url, "SELECT map_id, workspace_id FROM workspace_maps");
      const workspaces = await rows<{ id: string }>(url, "SELECT id FROM workspaces");
      expect(members.map((m) => m.map_id).sort()).toEqual(maps.map((m) => m.id).sort());
      expect(workspaces).toHaveLength(12);
      expect(new Set(members.map((m) => m.workspace_id))).toEqual(new Set(workspaces.map((w) => w.id)));
      // Every instance answers for every map, and each map's key opens its one workspace.
      for (const [i, m] of maps.entries()) {
        const port = ports[i % ports.length] as number;
        const info = await fetch(`http://127.0.0.1:${port}/api/maps/${m.id}`, { headers: { authorization: `Bearer ${m.keys.viewKey}` } });
        expect(info.status).toBe(200);
        const ws = ((await info.json()) as { workspace: { id: string } }).workspace;
        expect(ws.id).toBe(members.find((r) => r.map_id === m.id)?.workspace_id);
      }
    } finally {
      await Promise.all(apps.map((a) => a.shutdown()));
    }
  }, 60_000);
});
