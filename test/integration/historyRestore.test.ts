/**
 * Restore over the real server with stock y-websocket clients (H5): one forward change every
 * live client receives, durable across kill -9, merged with an offline client's edits; a
 * restore can itself be restored.
 */
import { afterAll, describe, expect, it } from "vitest";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";
import type { VersionRecord } from "../../server/storage/Storage";
import { exampleJourney } from "../support/example";
import { importMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually, type TestClient } from "./helpers/clients";

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
});

interface Restored {
  restoredFrom: string;
  savedAs: string;
}

async function call<T>(base: string, path: string, key: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

const journeyOf = (c: TestClient): Journey => docToJourney(c.doc).journey;
const json = (j: unknown): string => JSON.stringify(j);

describe("history: restore", () => {
  it("[H5][A27] a restore reaches every live client (stock provider) as one change and survives kill -9 right after its commit; it can itself be restored", async () => {
    const server = await startServer();
    servers.push(server);
    const map = await importMap(server.url, exampleJourney());
    const clients = [map.editKey, map.editKey, map.viewKey].map((k) => connectClient(server.url, map.id, k));
    await Promise.all(clients.map((c) => c.synced));
    const named = await call<VersionRecord>(server.url, `/api/maps/${map.id}/versions`, map.editKey, { method: "POST", body: { label: "before the Q3 review", name: "Lea" } });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ kind: "named", label: "before the Q3 review", by: { role: "editor", name: "Lea" } });

    const expected = (await call<Journey>(server.url, `/api/maps/${map.id}/versions/${named.body.id}/export.json`, map.viewKey)).body;
    const [ana] = clients as [TestClient];
    applyCommands(ana.doc, [{ type: "deleteStage", id: "trial" }, { type: "setTitle", title: "Damaged" }], "local");
    await eventually(() => clients.every((c) => journeyOf(c).title === "Damaged"), "the damage reached everyone");
    const damaged = journeyOf(ana);

    const restored = await call<Restored>(server.url, `/api/maps/${map.id}/versions/${named.body.id}/restore`, map.editKey, { method: "POST", body: { name: "Lea" } });
    expect(restored.status).toBe(200);
    expect(restored.body.restoredFrom).toBe(named.body.id);
    // The commit is stored before the answer: crash at once.
    await server.kill();
    await server.restart();
    const after = connectClient(server.url, map.id, map.viewKey);
    await after.synced;
    expect(journeyOf(after)).toEqual(expected);
    // The live clients (which may have reconnected meanwhile) all show the version.
    await eventually(() => clients.every((c) => json(journeyOf(c)) === json(expected)), "every live client shows the version");
    clients.forEach((c) => c.destroy());
    const versions = await call<VersionRecord[]>(server.url, `/api/maps/${map.id}/versions`, map.viewKey);
    const before = versions.body.find((v) => v.id === restored.body.savedAs);
    expect(before).toMatchObject({ kind: "beforeRestore", by: { role: "editor", name: "Lea" } });
    expect(before?.summary.stages.removed.map((s) => s.id)).toEqual(["trial"]);

    // Restoring the beforeRestore version brings the damaged state back.
    const undo = await call<Restored>(server.url, `/api/maps/${map.id}/versions/${restored.body.savedAs}/restore`, map.editKey, { method: "POST" });
    expect(undo.status).toBe(200);
    await eventually(() => json(journeyOf(after)) === json(damaged), "the restore of the restore arrives");
    after.destroy();
  });

  it("[H5] a client offline during a restore reconnects and merges: its offline edits stay on top", async () => {
    const server = await startServer();
    servers.push(server);
    const map = await importMap(server.url, exampleJourney());
    const online = connectClient(server.url, map.id, map.editKey);
    const offline = connectClient(server.url, map.id, map.editKey);
    await Promise.all([online.synced, offline.synced]);
    const version = await call<VersionRecord>(server.url, `/api/maps/${map.id}/versions`, map.editKey, { method: "POST", body: { label: "good" } });
    applyCommands(online.doc, [{ type: "deleteStage", id: "setup" }], "local");
    await eventually(() => !journeyOf(offline).stages.some((s) => s.id === "setup"), "the deletion arrived");

    offline.provider.disconnect();
    const lane = exampleJourney().lanes[0]?.id ?? "";
    applyCommands(
      offline.doc,
      [
        { type: "addCard", card: { id: "offline1", kind: "note", stageId: "aware", laneId: lane, title: "Written offline" } },
        { type: "updateCard", id: "a1", patch: { title: "Edited offline" } },
      ],
      "local",
    );
    const restored = await call<Restored>(server.url, `/api/maps/${map.id}/versions/${version.body.id}/restore`, map.editKey, { method: "POST" });
    expect(restored.status).toBe(200);
    await eventually(() => journeyOf(online).stages.some((s) => s.id === "setup"), "the restore reached the online client");

    offline.provider.connect();
    const merged = (c: TestClient): boolean => {
      const j = journeyOf(c);
      return j.stages.some((s) => s.id === "setup") && j.cards.some((x) => x.id === "offline1") && j.cards.find((x) => x.id === "a1")?.title === "Edited offline";
    };
    await eventually(() => merged(offline) && merged(online), "both clients hold the restore and the offline edits");
    expect(json(journeyOf(offline))).toBe(json(journeyOf(online)));
    [online, offline].forEach((c) => c.destroy());
  });
});
