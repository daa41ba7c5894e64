/**
 * Versions of workspace documents (api.md "History": "the same four under
 * /api/workspaces/:id/versions", H10) over the real server: every role on workspace and map
 * keys, limits and errors as for maps, and a restore that reaches live workspace sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActivityEntry, VersionRecord } from "../../server/storage/Storage";
import { docToWorkspace } from "../../shared/workspace/workspaceDoc";
import type { Workspace } from "../../shared/workspace/schema";
import { startServer, type CreatedMap, type RunningServer } from "../support/server";
import { connectClient, eventually, type TestClient } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { BATON_HISTORY_QUIET_MS: "300" } });
});
afterAll(async () => {
  await server.stop();
});

type Json = Record<string, unknown>;

async function call<T = Json>(method: string, path: string, key?: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: (text === "" ? {} : JSON.parse(text)) as T };
}

async function newWorkspace(): Promise<CreatedMap> {
  const r = await call("POST", "/api/workspaces", undefined, { title: "Acme CX" });
  expect(r.status).toBe(201);
  return r.json as unknown as CreatedMap;
}

async function command(ws: CreatedMap, commands: unknown[]): Promise<void> {
  const r = await call("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, { commands });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
}

const versionsOf = async (ws: CreatedMap): Promise<VersionRecord[]> => (await call<VersionRecord[]>("GET", `/api/workspaces/${ws.id}/versions`, ws.viewKey)).json;
const teamsOf = (c: TestClient): string[] => docToWorkspace(c.doc).workspace.teams.map((t) => t.name);

describe("workspace versions", () => {
  it("[H10][H9] every role on workspace and map keys: viewers list and export, editors name and restore, a map key never; errors as for maps", async () => {
    const ws = await newWorkspace();
    const created = await call("POST", `/api/workspaces/${ws.id}/maps`, ws.editKey, { title: "Checkout" });
    expect(created.status).toBe(201);
    const map = created.json as unknown as CreatedMap;
    // The workspace's first version was saved when it was made.
    expect((await versionsOf(ws)).map((v) => v.kind)).toEqual(["auto"]);
    // Named versions are never pruned (H3): the one every editor restores below.
    const empty = await call<VersionRecord>("POST", `/api/workspaces/${ws.id}/versions`, ws.ownerKey, { label: "empty" });
    expect(empty.status).toBe(201);
    const vid = empty.json.id;
    await command(ws, [{ type: "addTeam", team: { id: "t1", name: "Support" } }]);

    const matrix: [string, string | undefined, { read: number; write: number }][] = [
      ["ws owner", ws.ownerKey, { read: 200, write: 200 }],
      ["ws editor", ws.editKey, { read: 200, write: 200 }],
      ["ws viewer", ws.viewKey, { read: 200, write: 403 }],
      ["map owner", map.ownerKey, { read: 401, write: 401 }],
      ["map editor", map.editKey, { read: 401, write: 401 }],
      ["map viewer", map.viewKey, { read: 401, write: 401 }],
      ["no key", undefined, { read: 401, write: 401 }],
      ["wrong key", "not-a-key", { read: 401, write: 401 }],
    ];
    for (const [who, key, want] of matrix) {
      // Automatic versions come and go with quiet bursts; a refused request makes no other kind.
      const madeByPeople = async (): Promise<number> => (await versionsOf(ws)).filter((v) => v.kind !== "auto").length;
      const before = await madeByPeople();
      expect((await call("GET", `/api/workspaces/${ws.id}/versions`, key)).status, who).toBe(want.read);
      expect((await call("GET", `/api/workspaces/${ws.id}/versions/${vid}/export.json`, key)).status, who).toBe(want.read);
      expect((await call("GET", `/api/workspaces/${ws.id}/activity`, key)).status, who).toBe(want.read);
      const named = await call<VersionRecord>("POST", `/api/workspaces/${ws.id}/versions`, key, { label: `by ${who}`, name: "Lea" });
      expect(named.status, who).toBe(want.write === 200 ? 201 : want.write);
      const restored = await call("POST", `/api/workspaces/${ws.id}/versions/${vid}/restore`, key, { name: "Lea" });
      expect(restored.status, who).toBe(want.write);
      if (want.write === 200) {
        expect(named.json).toMatchObject({ kind: "named", label: `by ${who}`, by: { role: who.slice(3), name: "Lea" } });
        expect(restored.json).toEqual({ restoredFrom: vid, savedAs: expect.any(String) });
        // The empty version held no team; the restore made the workspace equal to it, so put the team back.
        await command(ws, [{ type: "addTeam", team: { id: "t1", name: "Support" } }]);
      } else {
        expect(await madeByPeople(), `${who} changed nothing`).toBe(before);
      }
    }
    // The version's content is the workspace document as it was.
    const content = await call<Workspace>("GET", `/api/workspaces/${ws.id}/versions/${vid}/export.json`, ws.viewKey);
    expect(content.json).toMatchObject({ title: "Acme CX", teams: [], people: [], okrs: [] });
    // Errors as for maps (H9).
    expect((await call("GET", `/api/workspaces/${ws.id}/versions/bad!id/export.json`, ws.viewKey)).status).toBe(400);
    expect((await call("GET", `/api/workspaces/${ws.id}/versions/nosuchversion/export.json`, ws.viewKey)).status).toBe(404);
    expect((await call("POST", `/api/workspaces/${ws.id}/versions/nosuchversion/restore`, ws.editKey, {})).status).toBe(404);
    expect((await call("POST", `/api/workspaces/${ws.id}/versions`, ws.editKey, { label: "" })).status).toBe(400);
    expect((await call("POST", `/api/workspaces/${ws.id}/versions`, ws.editKey, { label: "x".repeat(121) })).status).toBe(400);
    expect((await call("POST", `/api/workspaces/${ws.id}/versions`, ws.editKey, { label: "ok", extra: 1 })).status).toBe(400);
    expect((await call("GET", `/api/workspaces/${ws.id}/activity?limit=0`, ws.viewKey)).status).toBe(400);
    // A workspace is no map, and a map is no workspace (WA2).
    expect((await call("GET", `/api/maps/${ws.id}/versions`, ws.viewKey)).status).toBe(404);
    expect((await call("GET", `/api/workspaces/${map.id}/versions`, map.viewKey)).status).toBe(404);
    // A map's versions are its own: the workspace's are not among them.
    const mapVersions = (await call<VersionRecord[]>("GET", `/api/maps/${map.id}/versions`, map.viewKey)).json;
    expect(mapVersions.every((v) => v.docId === map.id)).toBe(true);
  });

  it("[H10][H5] a restore reaches every live workspace socket as one change, saves what it replaced, and can itself be restored", async () => {
    const ws = await newWorkspace();
    await command(ws, [{ type: "addTeam", team: { id: "t1", name: "Support" } }, { type: "addTeam", team: { id: "t2", name: "Billing" } }]);
    const good = await call<VersionRecord>("POST", `/api/workspaces/${ws.id}/versions`, ws.editKey, { label: "before the reorg" });
    expect(good.status).toBe(201);
    expect(good.json.summary.other).toContain("teams");

    const editor = connectClient(server.url, `w/${ws.id}`, ws.editKey);
    const viewer = connectClient(server.url, `w/${ws.id}`, ws.viewKey);
    try {
      await Promise.all([editor.synced, viewer.synced]);
      await command(ws, [{ type: "updateTeam", id: "t1", patch: { name: "Customer Care" } }, { type: "deleteTeam", id: "t2" }, { type: "addDecision", decision: { id: "d1", on: "2026-11-29", title: "Merge teams" } }]);
      await eventually(() => teamsOf(viewer).join() === "Customer Care", "the reorg reaches the viewer");
      let restores = 0;
      editor.doc.on("update", (_u: Uint8Array, origin: unknown) => {
        if (origin === editor.provider) restores++;
      });

      const restored = await call<{ restoredFrom: string; savedAs: string }>("POST", `/api/workspaces/${ws.id}/versions/${good.json.id}/restore`, ws.editKey, { name: "Lea" });
      expect(restored.status).toBe(200);
      await eventually(() => teamsOf(viewer).join() === "Support,Billing" && teamsOf(editor).join() === "Support,Billing", "the restore reaches both sockets");
      expect(docToWorkspace(viewer.doc).workspace.decisions).toEqual([]);
      expect(docToWorkspace(viewer.doc).workspace.title).toBe("Acme CX");
      expect(restores).toBe(1);

      const versions = await versionsOf(ws);
      expect(versions[0]).toMatchObject({ id: restored.json.savedAs, kind: "beforeRestore", by: { role: "editor", name: "Lea" } });
      const replaced = await call<Workspace>("GET", `/api/workspaces/${ws.id}/versions/${restored.json.savedAs}/export.json`, ws.viewKey);
      expect(replaced.json.teams.map((t) => t.name)).toEqual(["Customer Care"]);
      expect(replaced.json.decisions.map((d) => d.title)).toEqual(["Merge teams"]);

      // Restoring what the restore replaced brings the reorg back.
      expect((await call("POST", `/api/workspaces/${ws.id}/versions/${restored.json.savedAs}/restore`, ws.editKey, {})).status).toBe(200);
      await eventually(() => teamsOf(viewer).join() === "Customer Care" && docToWorkspace(viewer.doc).workspace.decisions.length === 1, "the second restore reaches the viewer");

      // The quiet burst after the edits leaves an activity entry for the workspace.
      let activity: ActivityEntry[] = [];
      for (let tries = 0; activity.length === 0 && tries < 100; tries++) {
        await new Promise((r) => setTimeout(r, 100));
        activity = (await call<ActivityEntry[]>("GET", `/api/workspaces/${ws.id}/activity`, ws.viewKey)).json;
      }
      expect(activity[0]?.docId).toBe(ws.id);
      expect(activity[0]?.summary.other).toEqual(expect.arrayContaining(["teams"]));
    } finally {
      editor.destroy();
      viewer.destroy();
    }
  });
});
