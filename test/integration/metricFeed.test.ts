/**
 * The metric feed (issue 16; API-RULES.md WK1-WK4): feed keys, posting points as JSON and CSV,
 * every role, bad input refused whole, and a live workspace page seeing the points at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeWorkspaceChanged } from "../../shared/protocol";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import WebSocket from "ws";
import { callApi, type CreatedKeys } from "../support/api";
import { startServer, syncUrl, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";
import { openRaw } from "./helpers/raw";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type Created = CreatedKeys;

const api = (method: string, path: string, key?: string, body?: unknown, contentType = "application/json"): Promise<Response> =>
  callApi(server.url, method, path, key, body, { "content-type": contentType });

async function workspaceWithSeries(): Promise<Created & { mapId: string; mapKey: string }> {
  const res = await api("POST", "/api/workspaces", undefined, { title: "Feed" });
  expect(res.status).toBe(201);
  const ws = (await res.json()) as Created;
  const add = await api("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, {
    commands: [{ type: "addMetricSeries", series: { id: "csat", kind: "CSAT", target: 80, direction: "up" } }],
  });
  expect(await add.json()).toMatchObject({ skipped: [] });
  const map = (await (await api("POST", `/api/workspaces/${ws.id}/maps`, ws.editKey, { title: "A journey" })).json()) as Created;
  return { ...ws, mapId: map.id, mapKey: map.editKey };
}

async function feedKey(ws: Created, label = "Survey tool"): Promise<{ id: string; key: string }> {
  const res = await api("POST", `/api/workspaces/${ws.id}/feed-keys`, ws.ownerKey, { label });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; key: string };
}

async function points(ws: Created): Promise<unknown> {
  const file = (await (await api("GET", `/api/workspaces/${ws.id}/export.json`, ws.viewKey)).json()) as { metrics?: { id: string; points?: unknown }[] };
  return file.metrics?.find((m) => m.id === "csat")?.points ?? [];
}

describe("metric feed", () => {
  it("[WK1] the workspace owner creates, lists and revokes feed keys; the key is shown once and only its hash is kept", async () => {
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    expect(k.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const list = (await (await api("GET", `/api/workspaces/${ws.id}/feed-keys`, ws.ownerKey)).json()) as { keys: Record<string, unknown>[] };
    expect(list.keys).toEqual([{ id: k.id, label: "Survey tool", createdAt: expect.any(String) }]);
    expect(JSON.stringify(list)).not.toContain(k.key);
    for (const key of [ws.editKey, ws.viewKey, k.key]) {
      expect((await api("POST", `/api/workspaces/${ws.id}/feed-keys`, key, {})).status).toBe(key === k.key ? 401 : 403);
      expect((await api("GET", `/api/workspaces/${ws.id}/feed-keys`, key)).status).toBe(key === k.key ? 401 : 403);
    }
    expect((await api("DELETE", `/api/workspaces/${ws.id}/feed-keys/${k.id}`, ws.ownerKey)).status).toBe(204);
    expect((await api("DELETE", `/api/workspaces/${ws.id}/feed-keys/${k.id}`, ws.ownerKey)).status).toBe(404);
    const after = await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, k.key, [{ on: "2026-11-01", value: 71 }]);
    expect(after.status).toBe(401);
    expect(await points(ws)).toEqual([]);
  });

  it("[WK2][WK5][WK6] a feed key posts points (upsert by date) into storage, not the document, and live pages are told", async () => {
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    const doc = connectClient(server.url, `w/${ws.id}`, ws.viewKey);
    await doc.synced;
    const live = await openRaw(server.url, `/sync/w/${ws.id}?k=${ws.viewKey}&live=1`);
    const notices = () => live.messages.filter((m) => decodeWorkspaceChanged(m)?.workspace === true).length;
    try {
      const res = await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, k.key, [
        { on: "2026-11-02", value: 74 },
        { on: "2026-11-01", value: 71 },
      ]);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ seriesId: "csat", stored: 2, added: 2, replaced: 0 });
      await eventually(() => notices() === 1, "a workspace-changed notice");
      const full = async () => (await (await api("GET", `/api/workspaces/${ws.id}/metrics/csat/points`, ws.viewKey)).json()) as { points: unknown };
      expect((await full()).points).toEqual([{ on: "2026-11-01", value: 71 }, { on: "2026-11-02", value: 74 }]);
      // Upsert by date, with the {points} body form.
      const again = await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, k.key, { points: [{ on: "2026-11-02", value: 76.5 }] });
      expect(await again.json()).toEqual({ seriesId: "csat", stored: 1, added: 0, replaced: 1 });
      await eventually(() => notices() === 2, "a second notice");
      expect(await points(ws)).toEqual([{ on: "2026-11-01", value: 71 }, { on: "2026-11-02", value: 76.5 }]);
      // The co-edited document holds the series' definition only.
      expect(docToWorkspace(doc.doc).workspace.metrics).toEqual([{ id: "csat", kind: "CSAT", target: 80, direction: "up" }]);
    } finally {
      live.ws.close();
      doc.destroy();
    }
  });

  it("[WK3] a feed key can do nothing else: no reads, no commands, no maps, no sockets", async () => {
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    const calls: [string, string, unknown?][] = [
      ["GET", `/api/workspaces/${ws.id}`],
      ["GET", `/api/workspaces/${ws.id}/export.json`],
      ["GET", `/api/workspaces/${ws.id}/backlog`],
      ["POST", `/api/workspaces/${ws.id}/commands`, { commands: [] }],
      ["POST", `/api/workspaces/${ws.id}/maps`, {}],
      ["POST", `/api/workspaces/${ws.id}/keys`],
      ["DELETE", `/api/workspaces/${ws.id}`],
      ["GET", `/api/maps/${ws.mapId}`],
      ["POST", `/api/maps/${ws.mapId}/commands`, { commands: [] }],
    ];
    for (const [method, path, body] of calls) expect([method, path, (await api(method, path, k.key, body)).status]).toEqual([method, path, 401]);
    const other = await workspaceWithSeries();
    expect((await api("POST", `/api/workspaces/${other.id}/metrics/csat/points`, k.key, [{ on: "2026-11-01", value: 1 }])).status).toBe(401);
    for (const path of [`w/${ws.id}`, ws.mapId]) {
      const status = await new Promise<number>((resolve) => {
        const socket = new WebSocket(`${syncUrl(server.url)}/${path}?k=${k.key}`);
        socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        socket.on("open", () => resolve(101));
        socket.on("error", () => undefined);
      });
      expect([path, status]).toEqual([path, 401]);
    }
    expect(await points(ws)).toEqual([]);
  });

  it("[WK2] roles: a viewer key and a map key cannot post points; an editor key can", async () => {
    const ws = await workspaceWithSeries();
    const body = [{ on: "2026-11-05", value: 80 }];
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, ws.viewKey, body)).status).toBe(403);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, ws.mapKey, body)).status).toBe(401);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, undefined, body)).status).toBe(401);
    expect(await points(ws)).toEqual([]);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, ws.editKey, body)).status).toBe(200);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/nope/points`, ws.editKey, body)).status).toBe(404);
  });

  it("[K5][WK4] bad input is refused with a reason per row and nothing is stored", async () => {
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    const post = async (body: unknown, contentType?: string) => {
      const res = await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, k.key, body, contentType);
      return { status: res.status, body: (await res.json()) as { error: string; issues?: { path: string; message: string }[] } };
    };
    const mixed = await post('[{"on":"2026-11-01","value":70},{"on":"2026-02-30","value":1},{"on":"2026-11-03","value":"72"},{"on":"2026-11-01","value":73},{"on":"2026-11-04","value":null}]');
    expect(mixed.status).toBe(400);
    expect(mixed.body.issues?.map((i) => i.path)).toEqual(["[1]", "[2]", "[3]", "[4]"]);
    const tooMany = await post(Array.from({ length: 1001 }, (_, i) => ({ on: `2026-01-01`, value: i })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.issues?.[0]?.message).toContain("1000");
    expect((await post("not json")).status).toBe(400);
    expect((await post({ points: "x" })).status).toBe(400);
    const csv = await post("date,value\n2026-11-01,abc\n2026-11-31,2\n", "text/csv");
    expect(csv.status).toBe(400);
    expect(csv.body.issues?.map((i) => i.path)).toEqual(["[0]", "[1]"]);
    expect(await points(ws)).toEqual([]);
  });

  it("[K6][WK2] a CSV upload of date,value rows is stored like JSON", async () => {
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    const res = await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, k.key, "date;value\n2026-10-01;78,5\n2026-11-01;81\n", "text/csv; charset=utf-8");
    expect(res.status).toBe(200);
    expect(await points(ws)).toEqual([{ on: "2026-10-01", value: 78.5 }, { on: "2026-11-01", value: 81 }]);
  });

  it("[WK1] deleting the workspace revokes its feed keys", async () => {
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    expect((await api("DELETE", `/api/workspaces/${ws.id}`, ws.ownerKey)).status).toBe(204);
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, k.key, [{ on: "2026-11-01", value: 1 }])).status).toBe(404);
  });
});

describe("the example feed script", () => {
  it("[WK2] server/examples/push-csat.mjs pushes a CSAT value with a feed key, and reports a bad one", async () => {
    const { spawnSync } = await import("node:child_process");
    const ws = await workspaceWithSeries();
    const k = await feedKey(ws);
    const env = { ...process.env, BATON_URL: server.url, WORKSPACE: ws.id, SERIES: "csat", FEED_KEY: k.key };
    const ok = spawnSync(process.execPath, ["server/examples/push-csat.mjs", "78.5", "2026-11-29"], { env, encoding: "utf8" });
    expect([ok.status, ok.stdout.trim()]).toEqual([0, "stored 1 point(s) in csat"]);
    const bad = spawnSync(process.execPath, ["server/examples/push-csat.mjs", "78.5", "2026-02-30"], { env, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("[0]: on must be a date");
    expect(await points(ws)).toEqual([{ on: "2026-11-29", value: 78.5 }]);
  });
});
