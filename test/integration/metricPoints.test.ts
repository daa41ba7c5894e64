/**
 * Metric points beside the workspace document (API-RULES.md WK5-WK9): the read endpoints, the
 * commands that carry points, the workspace file, versions, deleting a workspace, and the
 * start-up move of points that older documents hold.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import { hashKeys, newKeys, newMapId } from "../../server/keys";
import { SqliteStorage } from "../../server/storage/SqliteStorage";
import { workspaceSnapshot } from "../../server/workspaces/workspaceContent";
import { callApi, type CreatedKeys } from "../support/api";
import { startServer, type RunningServer } from "../support/server";
import { connectClient } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type Created = CreatedKeys;
type Point = { on: string; value: number };
type Window = { to: string; from?: string; last: number; series: Record<string, { count?: number; points: Point[] }> };

const api = (method: string, path: string, key?: string, body?: unknown, headers: Record<string, string> = {}, base = server.url): Promise<Response> => callApi(base, method, path, key, body, headers);

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const run = (from: number, n: number, f = (i: number) => i): Point[] => Array.from({ length: n }, (_, i) => ({ on: day(from + i), value: f(from + i) }));

async function workspace(seriesIds: string[] = ["a", "b"]): Promise<Created> {
  const ws = (await (await api("POST", "/api/workspaces", undefined, { title: "Points" })).json()) as Created;
  const r = await api("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, { commands: seriesIds.map((id) => ({ type: "addMetricSeries", series: { id, kind: "CSAT", target: 10 } })) });
  expect(await r.json()).toEqual({ applied: seriesIds.length, skipped: [] });
  return ws;
}

describe("metric points beside the workspace document", () => {
  it("[WK7] one answer gives every series' last points on or before a day, its count, and with `from` the period; an ETag spares a re-read", async () => {
    const ws = await workspace(["a", "b", "c"]);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, run(0, 40))).status).toBe(200);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/b/points`, ws.editKey, run(30, 3))).status).toBe(200);
    const res = await api("GET", `/api/workspaces/${ws.id}/metrics/points?to=${day(31)}&last=5`, ws.viewKey);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Window;
    expect(body).toEqual({ to: day(31), last: 5, series: { a: { points: run(27, 5) }, b: { points: run(30, 2) }, c: { points: [] } } });
    const counted = (await (await api("GET", `/api/workspaces/${ws.id}/metrics/points?to=${day(31)}&last=0&counts=1`, ws.viewKey)).json()) as Window;
    expect(counted.series).toEqual({ a: { count: 40, points: [] }, b: { count: 3, points: [] }, c: { count: 0, points: [] } });
    // The period from day 10 on, and the point just before it, together with the last 5.
    const period = (await (await api("GET", `/api/workspaces/${ws.id}/metrics/points?to=${day(31)}&last=5&from=${day(10)}`, ws.viewKey)).json()) as Window;
    expect(period.series["a"]?.points).toEqual(run(9, 23));
    expect(period.series["b"]?.points).toEqual(run(30, 2));
    // Unchanged: 304 on the same ETag; a new point changes it.
    const etag = res.headers.get("etag") as string;
    expect((await api("GET", `/api/workspaces/${ws.id}/metrics/points?to=${day(31)}&last=5`, ws.viewKey, undefined, { "if-none-match": etag })).status).toBe(304);
    await api("POST", `/api/workspaces/${ws.id}/metrics/b/points`, ws.editKey, [{ on: day(31), value: 1 }]);
    expect((await api("GET", `/api/workspaces/${ws.id}/metrics/points?to=${day(31)}&last=5`, ws.viewKey, undefined, { "if-none-match": etag })).status).toBe(200);
    // Bad parameters are refused with a reason.
    for (const q of ["to=2026-02-30", "last=-1", "last=401", "last=x", "from=yesterday"]) expect([q, (await api("GET", `/api/workspaces/${ws.id}/metrics/points?${q}`, ws.viewKey)).status]).toEqual([q, 400]);
  });

  it("[WK7] who may read points: workspace keys, and a map key of the workspace naming its map; not a feed key, another map or no key", async () => {
    const ws = await workspace();
    const map = (await (await api("POST", `/api/workspaces/${ws.id}/maps`, ws.editKey, { title: "J" })).json()) as Created;
    const other = (await (await api("POST", "/api/maps", undefined, { title: "Other" })).json()) as Created;
    const feed = (await (await api("POST", `/api/workspaces/${ws.id}/feed-keys`, ws.ownerKey, {})).json()) as { key: string };
    const status = async (path: string, key?: string) => (await api("GET", path, key)).status;
    const window = `/api/workspaces/${ws.id}/metrics/points`;
    for (const key of [ws.ownerKey, ws.editKey, ws.viewKey]) expect(await status(window, key)).toBe(200);
    expect(await status(`${window}?m=${map.id}`, map.viewKey)).toBe(200);
    expect(await status(`${window}?m=${other.id}`, other.ownerKey)).toBe(401);
    expect(await status(window, map.viewKey)).toBe(401);
    expect(await status(window, feed.key)).toBe(401);
    expect(await status(window)).toBe(401);
    expect(await status(`/api/workspaces/${ws.id}/metrics/a/points`, ws.viewKey)).toBe(200);
    expect(await status(`/api/workspaces/${ws.id}/metrics/nope/points`, ws.viewKey)).toBe(404);
    expect(await status(`/api/workspaces/${ws.id}/metrics/a/points`, feed.key)).toBe(401);
  });

  it("[WK6] a point is removed by an editor (204; 404 when there is none); a viewer may not", async () => {
    const ws = await workspace();
    await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, run(0, 2));
    expect((await api("DELETE", `/api/workspaces/${ws.id}/metrics/a/points/${day(0)}`, ws.viewKey)).status).toBe(403);
    expect((await api("DELETE", `/api/workspaces/${ws.id}/metrics/a/points/${day(0)}`, ws.editKey)).status).toBe(204);
    expect((await api("DELETE", `/api/workspaces/${ws.id}/metrics/a/points/${day(0)}`, ws.editKey)).status).toBe(404);
    expect((await api("DELETE", `/api/workspaces/${ws.id}/metrics/a/points/2026-02-30`, ws.editKey)).status).toBe(400);
    expect(((await (await api("GET", `/api/workspaces/${ws.id}/metrics/a/points`, ws.viewKey)).json()) as { points: Point[] }).points).toEqual(run(1, 1));
  });

  it("[WK6] a series holds at most 10,000 points: a call that would pass it stores nothing", async () => {
    const ws = await workspace();
    for (let i = 0; i < 10; i++) expect((await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, run(i * 1000, 1000))).status).toBe(200);
    const over = await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, [...run(9999, 1), ...run(10_000, 1)]);
    expect(over.status).toBe(400);
    const window = (await (await api("GET", `/api/workspaces/${ws.id}/metrics/points?to=2099-01-01&last=1&counts=1`, ws.viewKey)).json()) as Window;
    expect(window.series["a"]).toEqual({ count: 10_000, points: run(9999, 1) });
  });

  it("[WK5] commands that carry points store them beside the document; the document keeps definitions only", async () => {
    const ws = await workspace([]);
    const r = await api("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, {
      commands: [
        { type: "addMetricSeries", series: { id: "s", kind: "NPS", points: run(0, 3) } },
        { type: "setMetricPoint", seriesId: "s", on: day(5), value: 50 },
        { type: "setMetricPoints", seriesId: "s", points: [{ on: day(0), value: -1 }] },
      ],
    });
    expect(await r.json()).toEqual({ applied: 3, skipped: [] });
    await api("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, { commands: [{ type: "setMetricPoint", seriesId: "s", on: day(1), value: null }] });
    const points = ((await (await api("GET", `/api/workspaces/${ws.id}/metrics/s/points`, ws.viewKey)).json()) as { points: Point[] }).points;
    expect(points).toEqual([{ on: day(0), value: -1 }, { on: day(2), value: 2 }, { on: day(5), value: 50 }]);
    const client = connectClient(server.url, `w/${ws.id}`, ws.viewKey);
    await client.synced;
    expect(docToWorkspace(client.doc).workspace.metrics).toEqual([{ id: "s", kind: "NPS" }]);
    client.destroy();
  });

  it("[WK5] the workspace file carries the points both ways; deleting the workspace deletes them", async () => {
    const ws = await workspace();
    await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, run(0, 3));
    const file = (await (await api("GET", `/api/workspaces/${ws.id}/export.json`, ws.viewKey)).json()) as { metrics: { id: string; points?: Point[] }[] };
    expect(file.metrics).toEqual([{ id: "a", kind: "CSAT", target: 10, points: run(0, 3) }, { id: "b", kind: "CSAT", target: 10 }]);
    const copy = (await (await api("POST", "/api/workspaces/import", undefined, file)).json()) as Created;
    const again = (await (await api("GET", `/api/workspaces/${copy.id}/export.json`, copy.viewKey)).json()) as { metrics: unknown };
    expect(again.metrics).toEqual(file.metrics);
    const client = connectClient(server.url, `w/${copy.id}`, copy.viewKey);
    await client.synced;
    expect(docToWorkspace(client.doc).workspace.metrics.map((m) => m.points)).toEqual([undefined, undefined]);
    client.destroy();
    expect((await api("DELETE", `/api/workspaces/${copy.id}`, copy.ownerKey)).status).toBe(204);
    const s = new SqliteStorage(server.dataDir);
    try {
      expect((await s.metricPoints.all(copy.id)).size).toBe(0);
      expect((await s.metricPoints.all(ws.id)).size).toBe(1);
    } finally {
      await s.close();
    }
  });

  it("[WK9] restoring a version neither removes nor rewinds points; a series it brings back has its points", async () => {
    const ws = await workspace();
    await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, run(0, 2));
    const v = (await (await api("POST", `/api/workspaces/${ws.id}/versions`, ws.editKey, { label: "before" })).json()) as { id: string };
    await api("POST", `/api/workspaces/${ws.id}/metrics/a/points`, ws.editKey, [{ on: day(0), value: 100 }, { on: day(2), value: 2 }]);
    await api("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, { commands: [{ type: "deleteMetricSeries", id: "a" }] });
    expect((await api("GET", `/api/workspaces/${ws.id}/metrics/a/points`, ws.viewKey)).status).toBe(404);
    expect((await api("POST", `/api/workspaces/${ws.id}/versions/${v.id}/restore`, ws.editKey, {})).status).toBe(200);
    const points = ((await (await api("GET", `/api/workspaces/${ws.id}/metrics/a/points`, ws.viewKey)).json()) as { points: Point[] }).points;
    expect(points).toEqual([{ on: day(0), value: 100 }, { on: day(1), value: 1 }, { on: day(2), value: 2 }]);
  });
});

describe("the start-up move (WK8)", () => {
  it("[WK8] points a document holds move to storage once at start, never over stored ones; the document keeps the definitions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "baton-points-"));
    const keys = newKeys();
    const id = newMapId();
    const store = new SqliteStorage(dir);
    const legacy = { title: "Old", teams: [], people: [], okrs: [], decisions: [], metrics: [{ id: "a", kind: "CSAT" as const, target: 10, points: run(0, 3) }, { id: "b", kind: "NPS" as const }] };
    const at = "2026-11-01T00:00:00.000Z";
    await store.workspaces.createWorkspace({ id, keyHashes: hashKeys(keys), createdAt: at, updatedAt: at }, workspaceSnapshot(legacy), []);
    // A point stored already for day 0 (as if a first start moved it and crashed before the document changed).
    await store.metricPoints.upsert(id, "a", [{ on: day(0), value: 42 }], 10_000);
    await store.metricPoints.queueMove([id]);
    await store.close();
    try {
      for (let start = 0; start < 2; start++) {
        const s = await startServer({ dataDir: dir });
        try {
          const points = ((await (await api("GET", `/api/workspaces/${id}/metrics/a/points`, keys.viewKey, undefined, {}, s.url)).json()) as { points: Point[] }).points;
          expect(points).toEqual([{ on: day(0), value: 42 }, ...run(1, 2)]);
          const client = connectClient(s.url, `w/${id}`, keys.viewKey);
          await client.synced;
          expect(docToWorkspace(client.doc).workspace.metrics).toEqual([{ id: "a", kind: "CSAT", target: 10 }, { id: "b", kind: "NPS" }]);
          client.destroy();
        } finally {
          await s.stop();
        }
      }
      const after = new SqliteStorage(dir);
      expect(await after.metricPoints.pendingMoves()).toEqual([]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
