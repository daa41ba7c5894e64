import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeWorkspaceChanged, MESSAGE_WORKSPACE_CHANGED } from "../../shared/protocol";
import { validateJourney } from "../../shared/validate";
import { startServer, type CreatedMap, type RunningServer } from "../support/server";
import { exampleJourney } from "../support/example";
import { connectClient, eventually } from "./helpers/clients";
import { openRaw, upgradeStatus } from "./helpers/raw";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type Json = Record<string, unknown>;
async function call(method: string, path: string, key?: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text === "" ? {} : (JSON.parse(text) as Json) };
}

type Ws = CreatedMap;
async function newWorkspace(title = "Acme CX"): Promise<Ws> {
  const r = await call("POST", "/api/workspaces", undefined, { title });
  expect(r.status).toBe(201);
  return r.json as unknown as Ws;
}

/** A journey with one touchpoint owned by team `t1`, one pain point, a rotation of `p1`. */
function journey(title: string, impact = 3): Json {
  return {
    format: "baton.journey", version: 1, title,
    stages: [{ id: "s1", name: "Sign up" }], lanes: [{ id: "l1", name: "Touchpoints", kind: "touchpoints" }, { id: "l2", name: "Pain", kind: "painPoints" }],
    cards: [
      { id: "c1", kind: "touchpoint", stageId: "s1", laneId: "l1", title: "Form", ownerTeamId: "t1", metrics: [{ kind: "CSAT", value: 70, target: 90 }] },
      { id: "c2", kind: "painPoint", stageId: "s1", laneId: "l2", title: `Slow ${title}`, impact, effort: 3 },
    ],
    teams: [{ id: "t1", name: "Support" }],
    people: [{ id: "p1", name: "Ana", teamId: "t1" }],
    rotation: { cadenceDays: 14, startsOn: "2026-11-02", ownerIds: ["p1"] },
  };
}

async function addMap(ws: Ws, body: Json): Promise<CreatedMap> {
  const r = await call("POST", `/api/workspaces/${ws.id}/maps`, ws.editKey, body);
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json as unknown as CreatedMap;
}

describe("workspaces over HTTP", () => {
  it("[WA1][WA2] a workspace is created with three keys and /w/ links; every role reads it; a workspace id is no map", async () => {
    const ws = await newWorkspace();
    expect(new Set([ws.ownerKey, ws.editKey, ws.viewKey]).size).toBe(3);
    expect(ws.links.edit).toMatch(new RegExp(`/w/${ws.id}#k=${ws.editKey}$`));
    for (const [key, role] of [[ws.viewKey, "viewer"], [ws.editKey, "editor"], [ws.ownerKey, "owner"]] as const) {
      const r = await call("GET", `/api/workspaces/${ws.id}`, key);
      expect(r).toEqual({ status: 200, json: { id: ws.id, title: "Acme CX", role, maps: [] } });
    }
    expect((await call("GET", `/api/workspaces/${ws.id}`)).status).toBe(401);
    expect((await call("GET", `/api/workspaces/${ws.id}`, "wrong")).status).toBe(401);
    expect((await call("GET", `/api/maps/${ws.id}`, ws.ownerKey)).status).toBe(404);
    expect(await upgradeStatus(server.url, `/sync/${ws.id}?k=${ws.ownerKey}`)).toBe(404);
    expect((await call("POST", "/api/workspaces", undefined, { title: "" })).status).toBe(400);
  });

  it("[WA3][WA13] every role on both workspace and map keys: a workspace key opens each map at its role; a map key never reaches another map or writes its workspace", async () => {
    const ws = await newWorkspace();
    const a = await addMap(ws, { journey: journey("A") });
    const b = await addMap(ws, { journey: journey("B") });
    const cmd = { commands: [{ type: "setJourneyStatus", status: "live" }] };
    const wsCmd = { commands: [{ type: "addDecision", decision: { id: "d1", on: "2026-11-29", title: "Decided" } }] };
    const matrix: [string, string, { mapA: number; mapB: number; writeA: number; writeWs: number; readWs: number; role: string | null }][] = [
      ["ws owner", ws.ownerKey, { mapA: 200, mapB: 200, writeA: 200, writeWs: 200, readWs: 200, role: "owner" }],
      ["ws editor", ws.editKey, { mapA: 200, mapB: 200, writeA: 200, writeWs: 200, readWs: 200, role: "editor" }],
      ["ws viewer", ws.viewKey, { mapA: 200, mapB: 200, writeA: 403, writeWs: 403, readWs: 200, role: "viewer" }],
      ["map owner", a.ownerKey, { mapA: 200, mapB: 401, writeA: 200, writeWs: 401, readWs: 401, role: "owner" }],
      ["map editor", a.editKey, { mapA: 200, mapB: 401, writeA: 200, writeWs: 401, readWs: 401, role: "editor" }],
      ["map viewer", a.viewKey, { mapA: 200, mapB: 401, writeA: 403, writeWs: 401, readWs: 401, role: "viewer" }],
    ];
    for (const [who, key, want] of matrix) {
      const readA = await call("GET", `/api/maps/${a.id}`, key);
      expect(readA.status, who).toBe(want.mapA);
      expect(readA.json["role"], who).toBe(want.role);
      expect(readA.json["workspace"], who).toEqual({ id: ws.id, title: "Acme CX" });
      expect((await call("GET", `/api/maps/${b.id}`, key)).status, who).toBe(want.mapB);
      expect((await call("GET", `/api/maps/${b.id}/export.json`, key)).status, who).toBe(want.mapB);
      expect((await call("POST", `/api/maps/${a.id}/commands`, key, cmd)).status, who).toBe(want.writeA);
      expect((await call("POST", `/api/maps/${b.id}/commands`, key, cmd)).status, who).toBe(want.mapB === 200 ? want.writeA : 401);
      expect((await call("POST", `/api/workspaces/${ws.id}/commands`, key, wsCmd)).status, who).toBe(want.writeWs);
      for (const view of ["", "/overview", "/backlog", "/touchpoints", "/rotations", "/export.json"]) {
        expect((await call("GET", `/api/workspaces/${ws.id}${view}`, key)).status, `${who} ${view}`).toBe(want.readWs);
      }
      // Sockets: the map, the other map, the workspace document (a map key with &m= reads it).
      expect(await upgradeStatus(server.url, `/sync/${a.id}?k=${key}`), who).toBe(101);
      expect(await upgradeStatus(server.url, `/sync/${b.id}?k=${key}`), who).toBe(want.mapB === 200 ? 101 : 401);
      expect(await upgradeStatus(server.url, `/sync/w/${ws.id}?k=${key}&m=${a.id}`), who).toBe(101);
      expect(await upgradeStatus(server.url, `/sync/w/${ws.id}?k=${key}&m=${b.id}`), who).toBe(want.readWs === 200 ? 101 : 401);
      expect(await upgradeStatus(server.url, `/sync/w/${ws.id}?k=${key}`), who).toBe(want.readWs === 200 ? 101 : 401);
    }
    for (const [key, status] of [[ws.viewKey, 403], [ws.editKey, 403], [a.ownerKey, 401], [ws.ownerKey, 200]] as const) {
      expect((await call("POST", `/api/workspaces/${ws.id}/keys`, key)).status).toBe(status);
    }
    expect((await call("GET", `/api/maps/${a.id}`, ws.editKey)).status).toBe(401);
    expect((await call("GET", `/api/maps/${a.id}`, a.editKey)).status).toBe(200);
  });

  it("[WA3][WA11] over real sockets: a map key reads its workspace document live and its writes are dropped; a workspace editor's are stored", async () => {
    const ws = await newWorkspace();
    const a = await addMap(ws, { journey: journey("A") });
    const reader = connectClient(server.url, `w/${ws.id}`, a.editKey, { m: a.id });
    const editor = connectClient(server.url, `w/${ws.id}`, ws.editKey);
    try {
      await Promise.all([reader.synced, editor.synced]);
      expect(reader.doc.getMap("teams").has("t1")).toBe(true);
      reader.doc.getMap("teams").delete("t1"); // dropped: a map key never writes its workspace
      editor.doc.getMap("meta").set("title", "Renamed by the editor");
      await eventually(() => reader.doc.getMap("meta").get("title") === "Renamed by the editor", "the editor's change reaches the map key's reader");
      const get = await call("GET", `/api/workspaces/${ws.id}`, ws.viewKey);
      expect(get.json["title"]).toBe("Renamed by the editor");
      const fresh = connectClient(server.url, `w/${ws.id}`, ws.viewKey);
      await fresh.synced;
      expect(fresh.doc.getMap("teams").has("t1")).toBe(true);
      expect(editor.doc.getMap("teams").has("t1")).toBe(true);
      fresh.destroy();
    } finally {
      reader.destroy();
      editor.destroy();
    }
  });

  it("[WA7][WA8][WA9][WA10][WA12] the views come from projections; a change in a journey re-ranks the backlog and live sockets are told", async () => {
    const ws = await newWorkspace();
    const a = await addMap(ws, { journey: journey("A", 2) });
    const b = await addMap(ws, { journey: journey("B", 4) });
    const live = await openRaw(server.url, `/sync/w/${ws.id}?k=${ws.viewKey}&live=1`);
    const plain = await openRaw(server.url, `/sync/w/${ws.id}?k=${ws.viewKey}`);
    try {
      let backlog = await call("GET", `/api/workspaces/${ws.id}/backlog`, ws.viewKey);
      // Projections of new maps are computed just after their creation (off the request).
      for (let i = 0; i < 100 && (backlog.json["items"] as unknown[]).length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        backlog = await call("GET", `/api/workspaces/${ws.id}/backlog`, ws.viewKey);
      }
      expect((backlog.json["items"] as Json[]).map((i) => i["mapId"])).toEqual([b.id, a.id]);
      expect((backlog.json["items"] as Json[])[0]).toEqual({
        mapId: b.id, mapTitle: "B", cardId: "c2", kind: "painPoint", title: "Slow B", stageId: "s1", stageName: "Sign up",
        ownerTeamId: null, impact: 4, effort: 3, votes: 0, status: "open", priority: 12, createdOn: null,
      });
      const r = await call("POST", `/api/maps/${a.id}/commands`, a.editKey, { commands: [{ type: "updateCard", id: "c2", patch: { impact: 5, ownerTeamId: "t1" } }] });
      expect(r).toEqual({ status: 200, json: { applied: 1, skipped: [] } });
      await eventually(() => live.messages.some((m) => decodeWorkspaceChanged(m)?.maps.includes(a.id) ?? false), "a workspace-changed notice naming map A");
      backlog = await call("GET", `/api/workspaces/${ws.id}/backlog`, ws.viewKey);
      expect((backlog.json["items"] as Json[]).map((i) => [i["mapId"], i["priority"], i["ownerTeamId"]])).toEqual([[a.id, 15, "t1"], [b.id, 12, null]]);
      expect(plain.types()).not.toContain(MESSAGE_WORKSPACE_CHANGED);
      const overview = await call("GET", `/api/workspaces/${ws.id}/overview?on=2026-11-29`, ws.viewKey);
      expect((overview.json["journeys"] as Json[])[0]).toMatchObject({
        id: a.id, title: "A", ownerNow: "p1", ownerNext: "p1", handoverOn: "2026-11-30", touchpoints: 1, unowned: 0, openPainPoints: 1,
        kpiHealth: { on: 0, close: 0, off: 1, none: 0 },
      });
      const tps = await call("GET", `/api/workspaces/${ws.id}/touchpoints?on=2026-11-29`, ws.viewKey);
      expect((tps.json["items"] as Json[]).map((t) => [t["mapId"], t["cardId"], t["ownerTeamId"]])).toEqual([[a.id, "c1", "t1"], [b.id, "c1", "t1"]]);
      const rot = await call("GET", `/api/workspaces/${ws.id}/rotations?from=2026-11-01&to=2026-11-30`, ws.viewKey);
      expect((rot.json["maps"] as Json[])[0]).toEqual({ mapId: a.id, mapTitle: "A", periods: [
        { start: "2026-10-19", end: "2026-11-01", ownerId: null }, { start: "2026-11-02", end: "2026-11-15", ownerId: "p1" }, { start: "2026-11-16", end: "2026-11-29", ownerId: "p1" }, { start: "2026-11-30", end: "2026-12-13", ownerId: "p1" },
      ] });
      // A rename of the shared team is one write, seen by every journey's export.
      await call("POST", `/api/workspaces/${ws.id}/commands`, ws.editKey, { commands: [{ type: "updateTeam", id: "t1", patch: { name: "Customer Care" } }] });
      for (const m of [a, b]) {
        const exp = await call("GET", `/api/maps/${m.id}/export.json`, ws.viewKey);
        expect(exp.json["teams"]).toEqual([{ id: "t1", name: "Customer Care" }]);
        expect(validateJourney(exp.json).ok).toBe(true);
      }
      expect((await call("GET", `/api/workspaces/${ws.id}/overview?on=2026-02-30`, ws.viewKey)).status).toBe(400);
    } finally {
      live.ws.close();
      plain.ws.close();
    }
  });

  it("[WA13] directory commands on a map inside a workspace are skipped with a reason; references resolve against the workspace", async () => {
    const ws = await newWorkspace();
    const a = await addMap(ws, { journey: journey("A") });
    const r = await call("POST", `/api/maps/${a.id}/commands`, a.editKey, { commands: [
      { type: "addTeam", team: { id: "t9", name: "X" } },
      { type: "updateCard", id: "c1", patch: { ownerTeamId: "nope" } },
      { type: "setRotation", rotation: { cadenceDays: 7, startsOn: "2026-11-02", ownerIds: ["p1"] } },
      "garbage",
    ] });
    expect(r.status).toBe(200);
    expect(r.json["applied"]).toBe(1);
    expect((r.json["skipped"] as Json[]).map((s) => s["index"])).toEqual([0, 1, 3]);
    expect((await call("POST", `/api/maps/${a.id}/commands`, a.editKey, { nope: 1 })).status).toBe(400);
  });

  it("[WS5][WA1] a journey file imported as a map (its own workspace) exports the same JSON; [WS9][WA1] a workspace file exports, imports and exports the same", async () => {
    const file = exampleJourney();
    const res = await call("POST", "/api/maps/import", undefined, file);
    expect(res.status).toBe(201);
    const map = res.json as unknown as CreatedMap & { workspace: CreatedMap };
    expect(map.workspace.links.edit).toMatch(/\/w\//);
    const back = await call("GET", `/api/maps/${map.id}/export.json`, map.viewKey);
    const canonical = validateJourney(file);
    expect(canonical.ok && JSON.stringify(back.json)).toBe(canonical.ok && JSON.stringify(canonical.journey));

    const ws = await newWorkspace("Org");
    await addMap(ws, { journey: journey("A") });
    await addMap(ws, { journey: exampleJourney() });
    const first = await call("GET", `/api/workspaces/${ws.id}/export.json`, ws.viewKey);
    expect(first.json["format"]).toBe("baton.workspace");
    const imported = await call("POST", "/api/workspaces/import", undefined, first.json);
    expect(imported.status).toBe(201);
    const second = await call("GET", `/api/workspaces/${imported.json["id"] as string}/export.json`, imported.json["viewKey"] as string);
    expect(JSON.stringify(second.json)).toBe(JSON.stringify(first.json));
    const bad = await call("POST", "/api/workspaces/import", undefined, { ...first.json, journeys: [{ id: "j1" }] });
    expect(bad.status).toBe(400);
    expect((bad.json["issues"] as Json[]).length).toBeGreaterThan(0);
  });

  it("[WA14] PUT on a map of a shared workspace: adding teams needs a workspace editor key; [WA6] adopt moves a map in; [WA4] delete removes the workspace and its maps", async () => {
    const ws = await newWorkspace();
    const a = await addMap(ws, { journey: journey("A") });
    await addMap(ws, { journey: journey("B") });
    const more = { ...journey("A2"), teams: [{ id: "t1", name: "Support" }, { id: "t5", name: "Sales" }] };
    expect((await call("PUT", `/api/maps/${a.id}`, a.editKey, more)).status).toBe(403);
    expect((await call("PUT", `/api/maps/${a.id}`, ws.editKey, more)).status).toBe(200);
    expect((await call("PUT", `/api/maps/${a.id}`, a.editKey, journey("A3"))).status).toBe(200);

    const solo = (await call("POST", "/api/maps/import", undefined, { ...journey("Solo"), teams: [{ id: "x1", name: "Support" }, { id: "x2", name: "Legal" }], people: [{ id: "p1", name: "Ana", teamId: "x1" }], cards: [{ id: "c1", kind: "touchpoint", stageId: "s1", laneId: "l1", title: "T", ownerTeamId: "x1" }] })).json as unknown as CreatedMap;
    expect((await call("POST", `/api/workspaces/${ws.id}/adopt`, ws.editKey, { mapId: solo.id, mapOwnerKey: solo.ownerKey })).status).toBe(403);
    expect((await call("POST", `/api/workspaces/${ws.id}/adopt`, ws.ownerKey, { mapId: solo.id, mapOwnerKey: solo.editKey })).status).toBe(403);
    expect((await call("POST", `/api/workspaces/${ws.id}/adopt`, ws.ownerKey, { mapId: solo.id, mapOwnerKey: solo.ownerKey })).status).toBe(200);
    const adopted = await call("GET", `/api/maps/${solo.id}/export.json`, ws.viewKey);
    expect((adopted.json["cards"] as Json[])[0]?.["ownerTeamId"]).toBe("t1"); // matched by exact name
    expect((await call("GET", `/api/workspaces/${ws.id}`, ws.viewKey)).json["maps"]).toHaveLength(3);

    expect((await call("DELETE", `/api/workspaces/${ws.id}`, ws.editKey)).status).toBe(403);
    expect((await call("DELETE", `/api/workspaces/${ws.id}`, ws.ownerKey)).status).toBe(204);
    expect((await call("GET", `/api/maps/${a.id}`, a.ownerKey)).status).toBe(404);
    expect((await call("GET", `/api/workspaces/${ws.id}`, ws.ownerKey)).status).toBe(404);
  });
});

describe("a map created alone", () => {
  it("[WA15] gets a workspace of its own that shares its keys: its edit key edits the directory, a map made inside a workspace only reads it", async () => {
    const created = await call("POST", "/api/maps/import", undefined, journey("Alone"));
    expect(created.status).toBe(201);
    const map = created.json as unknown as CreatedMap & { workspace: Ws };
    expect(map.workspace.editKey).toBe(map.editKey);
    expect(map.workspace.viewKey).toBe(map.viewKey);
    const ws = await call("GET", `/api/workspaces/${map.workspace.id}`, map.editKey);
    expect([ws.status, ws.json.role, (ws.json.maps as unknown[]).length]).toEqual([200, "editor", 1]);
    const rename = await call("POST", `/api/workspaces/${map.workspace.id}/commands`, map.editKey, { commands: [{ type: "updateTeam", id: "t1", patch: { name: "Care" } }] });
    expect([rename.status, rename.json.applied]).toEqual([200, 1]);
    expect((await call("GET", `/api/workspaces/${map.workspace.id}`, map.viewKey)).json.role).toBe("viewer");
    const shared = await newWorkspace();
    const inside = await addMap(shared, { journey: journey("Inside") });
    expect((await call("GET", `/api/workspaces/${shared.id}`, inside.editKey)).status).toBe(401);
  });
});
