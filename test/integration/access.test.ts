import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOSE } from "../../shared/protocol";
import { createMap, startServer, type CreatedMap, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";
import { openRaw, upgradeStatus } from "./helpers/raw";

const ALLOWED = "https://allowed.example";
let server: RunningServer;
const keysSeen: string[] = [];

beforeAll(async () => {
  server = await startServer({ env: { BATON_ALLOWED_ORIGINS: `${ALLOWED}, http://other.example:8443` } });
});
afterAll(async () => {
  await server?.stop();
});

async function newMap(): Promise<CreatedMap> {
  const map = await createMap(server.url, { title: "Access" });
  keysSeen.push(map.ownerKey, map.editKey, map.viewKey);
  return map;
}

function call(method: string, path: string, key?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...headers },
  });
}

describe("keys and roles over HTTP", () => {
  it("[A9][A11] no Bearer key and a wrong one are 401; a role too small is 403; [A12] errors are {error}; [A17] GET a map is {id, title, role}", async () => {
    const map = await newMap();
    const none = await call("GET", `/api/maps/${map.id}`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: expect.any(String) });
    expect((await call("GET", `/api/maps/${map.id}`, "not-the-key")).status).toBe(401);
    // The owner key with its last character changed (a key that already ended in "x" made this the owner key itself: 1 run in 64 failed).
    const nearMiss = map.ownerKey.slice(0, -1) + (map.ownerKey.endsWith("x") ? "y" : "x");
    expect((await call("GET", `/api/maps/${map.id}`, nearMiss)).status).toBe(401);
    expect((await call("POST", `/api/maps/${map.id}/keys`, map.editKey)).status).toBe(403);
    expect((await call("DELETE", `/api/maps/${map.id}`, map.viewKey)).status).toBe(403);
    expect((await call("DELETE", `/api/maps/${map.id}`, map.editKey)).status).toBe(403);
    for (const [key, role] of [
      [map.viewKey, "viewer"],
      [map.editKey, "editor"],
      [map.ownerKey, "owner"],
    ] as const) {
      const res = await call("GET", `/api/maps/${map.id}`, key);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: map.id, title: "Access", role });
    }
  });

  it("[A6] keys are random, distinct and at least 128 bits; [S1] ids match the id pattern; [A3][A10] links are the public URL, /m/<id>#k=<key>", async () => {
    const a = await newMap();
    const b = await newMap();
    for (const k of [a.ownerKey, a.editKey, a.viewKey]) expect(Buffer.from(k, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(new Set([a.ownerKey, a.editKey, a.viewKey, b.ownerKey, b.editKey, b.viewKey]).size).toBe(6);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(a.links.edit).toBe(`${server.url.replace("127.0.0.1", "localhost")}/m/${a.id}#k=${a.editKey}`);
    expect(a.links.view).toMatch(new RegExp(`/m/${a.id}#k=${a.viewKey}$`));
  });

  it("[S1] a bad id is 400 before anything else; an unknown map is 404", async () => {
    expect((await call("GET", "/api/maps/bad.id")).status).toBe(400);
    expect((await call("GET", `/api/maps/${"x".repeat(65)}`)).status).toBe(400);
    expect((await call("GET", "/api/maps/unknownMap", "some-key")).status).toBe(404);
  });
});

describe("keys, ids and origins on the sync socket", () => {
  it("[A9] [S11] missing and wrong keys are refused before the upgrade", async () => {
    const map = await newMap();
    expect(await upgradeStatus(server.url, `/sync/${map.id}`)).toBe(401);
    expect(await upgradeStatus(server.url, `/sync/${map.id}?k=wrong`)).toBe(401);
    expect(await upgradeStatus(server.url, `/sync/unknownMap?k=${map.editKey}`)).toBe(404);
    expect(await upgradeStatus(server.url, `/sync/bad.id?k=${map.editKey}`)).toBe(400);
    expect(await upgradeStatus(server.url, `/elsewhere?k=${map.editKey}`)).toBe(404);
    expect(await upgradeStatus(server.url, `/sync/${map.id}?k=${map.viewKey}`)).toBe(101);
  });

  it("[A32][A4] a foreign Origin is refused; the page's own origin and listed origins are accepted", async () => {
    const map = await newMap();
    const path = `/sync/${map.id}?k=${map.editKey}`;
    expect(await upgradeStatus(server.url, path, { origin: "https://evil.example" })).toBe(403);
    expect(await upgradeStatus(server.url, path, { origin: `http://127.0.0.1:${server.port + 1}` })).toBe(403);
    expect(await upgradeStatus(server.url, path, { origin: "null" })).toBe(403);
    expect(await upgradeStatus(server.url, path, { origin: `http://127.0.0.1:${server.port}` })).toBe(101);
    expect(await upgradeStatus(server.url, path, { origin: ALLOWED })).toBe(101);
    expect(await upgradeStatus(server.url, path, { origin: "http://other.example:8443" })).toBe(101);
    // The API follows the same rule; a listed origin gets CORS headers.
    expect((await call("GET", `/api/maps/${map.id}`, map.viewKey, { origin: "https://evil.example" })).status).toBe(403);
    const ok = await call("GET", `/api/maps/${map.id}`, map.viewKey, { origin: ALLOWED });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    const pre = await call("OPTIONS", `/api/maps/${map.id}`, undefined, { origin: ALLOWED, "access-control-request-method": "PUT" });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
  });
});

describe("key replacement and delete", () => {
  it("[A22] [S12] replacing keys closes sockets opened with the old keys; old keys stop working, new ones work", async () => {
    const map = await newMap();
    const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.editKey}`);
    const client = connectClient(server.url, map.id, map.viewKey);
    await client.synced;
    const res = await call("POST", `/api/maps/${map.id}/keys`, map.ownerKey);
    expect(res.status).toBe(200);
    const next = (await res.json()) as CreatedMap;
    keysSeen.push(next.ownerKey, next.editKey, next.viewKey);
    expect(next.id).toBe(map.id);
    expect([next.ownerKey, next.editKey, next.viewKey]).not.toContain(map.editKey);
    expect((await raw.closed).code).toBe(CLOSE.keysReplaced);
    client.destroy();
    for (const old of [map.ownerKey, map.editKey, map.viewKey]) {
      expect((await call("GET", `/api/maps/${map.id}`, old)).status).toBe(401);
      expect(await upgradeStatus(server.url, `/sync/${map.id}?k=${old}`)).toBe(401);
    }
    expect((await call("GET", `/api/maps/${map.id}`, next.ownerKey)).status).toBe(200);
    const fresh = connectClient(server.url, map.id, next.editKey);
    await fresh.synced;
    expect(fresh.doc.getMap("meta").get("title")).toBe("Access");
    fresh.destroy();
  });

  it("[A23] delete closes live sockets and the data is gone", async () => {
    const map = await newMap();
    const editor = connectClient(server.url, map.id, map.editKey);
    await editor.synced;
    editor.doc.getMap("cards").set("x", 1);
    const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    await eventually(() => raw.messages.length >= 1, "raw socket joined");
    const res = await call("DELETE", `/api/maps/${map.id}`, map.ownerKey);
    expect(res.status).toBe(204);
    expect((await raw.closed).code).toBe(CLOSE.mapDeleted);
    editor.destroy();
    expect((await call("GET", `/api/maps/${map.id}`, map.ownerKey)).status).toBe(404);
    expect((await call("GET", `/api/maps/${map.id}/export.json`, map.viewKey)).status).toBe(404);
    expect((await call("DELETE", `/api/maps/${map.id}`, map.ownerKey)).status).toBe(404);
    expect(await upgradeStatus(server.url, `/sync/${map.id}?k=${map.editKey}`)).toBe(404);
  });
});

describe("logs", () => {
  it("[A8] no key ever reaches the log", async () => {
    expect(keysSeen.length).toBeGreaterThan(10);
    const text = server.logs.join("\n");
    expect(text).toContain("socket.opened");
    for (const k of keysSeen) expect(text).not.toContain(k);
  });
});

describe("per-address connection cap", () => {
  it("[S13] new sockets over the cap are refused with 429; the server goes on", async () => {
    const capped = await startServer({ env: { BATON_CONNECT_LIMIT: "3", BATON_CONNECT_WINDOW_MS: "60000" } });
    try {
      const map = await createMap(capped.url);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push(await upgradeStatus(capped.url, `/sync/${map.id}?k=${map.viewKey}`));
      expect(statuses).toEqual([101, 101, 101, 429, 429]);
      expect((await fetch(`${capped.url}/healthz`)).status).toBe(200);
    } finally {
      await capped.stop();
    }
  });
});
