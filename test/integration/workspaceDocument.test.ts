/**
 * The workspace document as an HTTP answer (API-RULES.md WA18), which the workspace page paints
 * from before its socket has synced.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
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

const api = (method: string, path: string, key?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> => callApi(server.url, method, path, key, body, headers);

async function command(ws: Created, commands: unknown[]): Promise<void> {
  const r = await api("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, { commands });
  expect(await r.json()).toEqual({ applied: commands.length, skipped: [] });
}

/** A workspace with a team, two series (one with points, which stay out of the document, WK5) and a decision. */
async function workspace(): Promise<Created> {
  const ws = (await (await api("POST", "/api/workspaces", undefined, { title: "Document" })).json()) as Created;
  await command(ws, [
    { type: "addTeam", team: { id: "t1", name: "Support" } },
    { type: "addMetricSeries", series: { id: "csat", kind: "CSAT", label: "Support CSAT", target: 80, unit: "%", ownerTeamId: "t1", points: [{ on: "2026-11-01", value: 78 }] } },
    { type: "addMetricSeries", series: { id: "nps", kind: "NPS", target: 30 } },
    { type: "addDecision", decision: { id: "d1", on: "2026-11-29", title: "Call back within a day" } },
  ]);
  return ws;
}

describe("the workspace document as an answer", () => {
  it("[WA18] equals what a synced client reads from the document, series without their points", async () => {
    const ws = await workspace();
    const res = await api("GET", `/api/workspaces/${ws.id}/document`, ws.viewKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const answer = (await res.json()) as ReturnType<typeof docToWorkspace>["workspace"];
    const client = connectClient(server.url, `w/${ws.id}`, ws.viewKey);
    try {
      await client.synced;
      expect(answer).toEqual(JSON.parse(JSON.stringify(docToWorkspace(client.doc).workspace)));
    } finally {
      client.destroy();
    }
    expect(answer.title).toBe("Document");
    expect(answer.teams.map((t) => t.id)).toEqual(["t1"]);
    expect(answer.metrics.map((s) => [s.id, s.label ?? null, s.target, s.ownerTeamId ?? null, s.points ?? []])).toEqual([["csat", "Support CSAT", 80, "t1", []], ["nps", null, 30, null, []]]);
    expect(answer.decisions.map((d) => d.id)).toEqual(["d1"]);
  });

  it("[WA18] has an ETag: the same document is 304, a change makes a new answer", async () => {
    const ws = await workspace();
    const first = await api("GET", `/api/workspaces/${ws.id}/document`, ws.viewKey);
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await api("GET", `/api/workspaces/${ws.id}/document`, ws.viewKey, undefined, { "if-none-match": etag });
    expect([again.status, again.headers.get("etag"), await again.text()]).toEqual([304, etag, ""]);
    // A point is not in the document (WK5): the answer is unchanged.
    expect((await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, ws.editKey, [{ on: "2026-11-02", value: 81 }])).status).toBe(200);
    expect((await api("GET", `/api/workspaces/${ws.id}/document`, ws.viewKey, undefined, { "if-none-match": etag })).status).toBe(304);
    await command(ws, [{ type: "updateMetricSeries", id: "nps", patch: { target: 35 } }]);
    const changed = await api("GET", `/api/workspaces/${ws.id}/document`, ws.viewKey, undefined, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(((await changed.json()) as { metrics: { id: string; target: number }[] }).metrics.find((s) => s.id === "nps")?.target).toBe(35);
  });

  it("[WA18][WA2] every workspace key reads it; a map key, a feed key, no key or a wrong key do not; an unknown workspace is 404", async () => {
    const ws = await workspace();
    const map = (await (await api("POST", `/api/workspaces/${ws.id}/maps`, ws.editKey, { title: "J" })).json()) as Created;
    const feed = (await (await api("POST", `/api/workspaces/${ws.id}/feed-keys`, ws.ownerKey, {})).json()) as { key: string };
    const other = await workspace();
    const path = `/api/workspaces/${ws.id}/document`;
    for (const key of [ws.ownerKey, ws.editKey, ws.viewKey]) expect((await api("GET", path, key)).status).toBe(200);
    for (const [who, key] of [["map owner key", map.ownerKey], ["feed key", feed.key], ["no key", undefined], ["another workspace's key", other.ownerKey]] as const) {
      expect([who, (await api("GET", path, key)).status]).toEqual([who, 401]);
    }
    expect((await api("GET", `/api/workspaces/nosuchworkspace00000000/document`, ws.ownerKey)).status).toBe(404);
  });
});
