/**
 * The History API (api.md "History", H2, H4, H6-H9) over the real server: automatic versions
 * before PUT and restore and after a quiet burst, the activity log, role rules and errors,
 * copy as a new map, and restoring single cards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Awareness } from "y-protocols/awareness";
import type { ActivityEntry, VersionRecord } from "../../server/storage/Storage";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";
import { importMap, startServer, type CreatedMap, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { BATON_HISTORY_QUIET_MS: "300" } });
});
afterAll(async () => {
  await server.stop();
});

/** An error answer (A12). */
interface Refusal {
  error: string;
  issues?: { path: string; message: string }[];
}

async function call<T = Refusal>(path: string, key: string | null, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(`${server.url}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  return { status: res.status, body: (text && res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text) as T };
}

const versionsOf = async (map: CreatedMap): Promise<VersionRecord[]> => (await call<VersionRecord[]>(`/api/maps/${map.id}/versions`, map.viewKey)).body;

describe("history API", () => {
  it("[H2] a new map has a first version; a PUT saves a beforeReplace version holding the old content first", async () => {
    const map = await importMap(server.url, exampleJourney());
    expect((await versionsOf(map)).map((v) => v.kind)).toEqual(["auto"]);
    const replacement = { ...exampleJourney(), title: "Replaced by a script", cards: [], links: [], reviews: [], comments: [], okrs: [] };
    const put = await call(`/api/maps/${map.id}`, map.editKey, { method: "PUT", body: replacement });
    expect(put.status).toBe(200);
    const versions = await versionsOf(map);
    expect(versions[0]?.kind).toBe("beforeReplace");
    expect(versions[0]?.by).toEqual({ role: "editor" });
    const old = await call<Journey>(`/api/maps/${map.id}/versions/${versions[0]?.id}/export.json`, map.viewKey);
    expect(old.body.title).toBe(exampleJourney().title);
    expect(old.body.cards.map((c) => [c.id, c.title])).toEqual(exampleJourney().cards.map((c) => [c.id, c.title]));
    const svg = await call<string>(`/api/maps/${map.id}/versions/${versions[0]?.id}/export.svg`, map.viewKey);
    expect(svg.status).toBe(200);
    expect(svg.body).toContain("<svg");
  });

  it("[H2][H4][H6] a quiet burst ends with an automatic version and an activity entry naming the writer and the cards", async () => {
    const map = await importMap(server.url, exampleJourney());
    const ana = connectClient(server.url, map.id, map.editKey);
    await ana.synced;
    const presence = ana.provider.awareness as Awareness;
    presence.setLocalStateField("user", { name: "Ana", color: "#123456" });
    await new Promise((r) => setTimeout(r, 100));
    applyCommands(ana.doc, [{ type: "updateCard", id: "a1", patch: { title: "Sees a friend's post" } }], "local");
    applyCommands(ana.doc, [{ type: "deleteCard", id: "t1" }], "local");
    let activity: { status: number; body: ActivityEntry[] } = { status: 0, body: [] };
    await eventually(() => {
      void call<ActivityEntry[]>(`/api/maps/${map.id}/activity`, map.viewKey).then((r) => (activity = r));
      return activity.body.length > 0;
    }, "an activity entry");
    const entry = activity.body[0] as ActivityEntry;
    expect(entry.authors).toEqual([{ role: "editor", name: "Ana" }]);
    expect(entry.summary.cards.changed.map((c) => c.title)).toEqual(["Sees a friend's post"]);
    expect(entry.summary.cards.removed.map((c) => c.id)).toEqual(["t1"]);
    const versions = await versionsOf(map);
    expect(versions[0]).toMatchObject({ kind: "auto", by: { role: "editor", name: "Ana" } });
    expect(versions[0]?.summary.cards.removed.map((c) => c.id)).toEqual(["t1"]);
    ana.destroy();
  });

  it("[H9][A9] viewers read but may not name or restore: 403 and nothing changes; bad ids, unknown versions and bad bodies are clear errors", async () => {
    const map = await importMap(server.url, exampleJourney());
    const first = (await versionsOf(map))[0]?.id as string;
    const put = await call(`/api/maps/${map.id}`, map.editKey, { method: "PUT", body: { ...exampleJourney(), title: "Later" } });
    expect(put.status).toBe(200);
    // The PUT's burst ends with an automatic version (first, beforeReplace, auto): wait for it.
    let before: VersionRecord[] = [];
    await eventually(() => {
      void versionsOf(map).then((v) => (before = v));
      return before.length === 3;
    }, "the PUT's automatic version");
    const viewerRestore = await call(`/api/maps/${map.id}/versions/${first}/restore`, map.viewKey, { method: "POST" });
    expect(viewerRestore.status).toBe(403);
    expect(viewerRestore.body.error).toMatch(/role/);
    expect((await call(`/api/maps/${map.id}/versions`, map.viewKey, { method: "POST", body: { label: "x" } })).status).toBe(403);
    expect((await call(`/api/maps/${map.id}/versions/${first}/restore-cards`, map.viewKey, { method: "POST", body: { cardIds: ["a1"] } })).status).toBe(403);
    expect(await versionsOf(map)).toEqual(before);
    expect((await call<{ title: string }>(`/api/maps/${map.id}`, map.viewKey)).body.title).toBe("Later");

    expect((await call(`/api/maps/${map.id}/versions`, null)).status).toBe(401);
    expect((await call(`/api/maps/${map.id}/versions/nope/restore`, map.editKey, { method: "POST" })).status).toBe(404);
    expect((await call(`/api/maps/${map.id}/versions/bad%20id/export.json`, map.viewKey)).status).toBe(400);
    const long = await call(`/api/maps/${map.id}/versions`, map.editKey, { method: "POST", body: { label: "x".repeat(121) } });
    expect(long.status).toBe(400);
    expect(long.body.issues?.[0]?.path).toBe("label");
    expect((await call(`/api/maps/${map.id}/versions`, map.editKey, { method: "POST", body: { label: "ok", extra: 1 } })).status).toBe(400);
    expect((await call(`/api/maps/${map.id}/activity?limit=0`, map.viewKey)).status).toBe(400);
    expect(await versionsOf(map)).toEqual(before);
  });

  it("[H7] copy as a new map: a new map holding the version, with its own keys", async () => {
    const map = await importMap(server.url, exampleJourney());
    await call(`/api/maps/${map.id}`, map.editKey, { method: "PUT", body: { ...exampleJourney(), title: "Now", cards: [], links: [], reviews: [], comments: [], okrs: [] } });
    const old = (await versionsOf(map)).find((v) => v.kind === "beforeReplace");
    const copy = await call<CreatedMap>(`/api/maps/${map.id}/versions/${old?.id}/copy`, map.viewKey, { method: "POST" });
    expect(copy.status).toBe(201);
    expect(copy.body.id).not.toBe(map.id);
    const copied = await call<Journey>(`/api/maps/${copy.body.id}/export.json`, copy.body.viewKey);
    expect(copied.body.title).toBe(exampleJourney().title);
    expect(copied.body.cards.map((c) => [c.id, c.title])).toEqual(exampleJourney().cards.map((c) => [c.id, c.title]));
    expect((await call<{ title: string }>(`/api/maps/${map.id}`, map.viewKey)).body.title).toBe("Now");
  });

  it("[H8] restore-cards brings back deleted cards (with their stage) without rolling back anything else", async () => {
    const map = await importMap(server.url, exampleJourney());
    const first = (await versionsOf(map))[0]?.id as string;
    const lea = connectClient(server.url, map.id, map.editKey);
    await lea.synced;
    const trial = exampleJourney().cards.filter((c) => c.stageId === "trial").map((c) => c.id);
    applyCommands(lea.doc, [{ type: "deleteStage", id: "trial" }, { type: "setTitle", title: "Kept" }], "local");
    await eventually(() => !docToJourney(lea.doc).journey.stages.some((s) => s.id === "trial"), "deleted");
    await new Promise((r) => setTimeout(r, 100));
    const res = await call<{ restored: string[] }>(`/api/maps/${map.id}/versions/${first}/restore-cards`, map.editKey, { method: "POST", body: { cardIds: trial } });
    expect(res.status).toBe(200);
    expect(res.body.restored).toEqual(trial);
    await eventually(() => docToJourney(lea.doc).journey.cards.filter((c) => trial.includes(c.id)).length === trial.length, "the cards are back");
    expect(docToJourney(lea.doc).journey.title).toBe("Kept");
    lea.destroy();
  });
});
