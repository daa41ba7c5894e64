/**
 * The move of existing maps into workspaces (API-RULES.md WA5), on a data directory made by the
 * CURRENT release. How the directory is made: the release's SQLite schema is the released steps
 * of `SQLITE_MIGRATIONS` (versions 1 and 2; released steps are never edited, S21), and its rows
 * are written with the release's own statements (`SqliteStorage.createMap` and `appendOne` of
 * the release: a `maps` row with the first state as its snapshot, then logged updates numbered
 * per map), the first state built by the release's `journeyUpdate`. Then the new server starts
 * on that directory.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Journey } from "../../shared/schema/journey";
import { hashKeys, newKeys, newMapId, type MapKeys } from "../../server/keys";
import { journeyUpdate } from "../../server/maps/mapContent";
import { SQLITE_MIGRATIONS } from "../../server/storage/sqliteSchema";
import { DB_FILE, SqliteStorage } from "../../server/storage/SqliteStorage";
import { exampleJourney } from "../support/example";
import { startServer } from "../support/server";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface OldMap {
  id: string;
  keys: MapKeys;
  /** The export the release gave for it. */
  exported: Journey;
}

/** A data directory as the current release leaves it, holding `journeys` (each with one logged edit). */
function releaseDataDir(journeys: Journey[]): { dir: string; maps: OldMap[] } {
  const dir = mkdtempSync(join(tmpdir(), "baton-release-"));
  dirs.push(dir);
  const db = new Database(join(dir, DB_FILE));
  for (const step of SQLITE_MIGRATIONS.filter((s) => s.version <= 2)) {
    db.exec(step.sql);
    db.pragma(`user_version = ${step.version}`);
  }
  const maps = journeys.map((journey) => {
    const id = newMapId();
    const keys = newKeys();
    const h = hashKeys(keys);
    const first = journeyUpdate(journey, "2026-11-01");
    const now = "2026-11-20T10:00:00.000Z";
    db.prepare("INSERT INTO maps (id, owner_hash, editor_hash, viewer_hash, created_at, updated_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)").run(id, h.owner, h.editor, h.viewer, now, now, first);
    // One edit logged after the snapshot, as a live client's would be.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    const before = Y.encodeStateVector(doc);
    applyCommands(doc, [{ type: "setTitle", title: `${journey.title} (edited)` }], "local");
    const edit = Y.encodeStateAsUpdate(doc, before);
    db.prepare("UPDATE maps SET last_seq = 1, log_count = 1, log_bytes = ? WHERE id = ?").run(edit.byteLength, id);
    db.prepare("INSERT INTO map_updates (map_id, seq, data) VALUES (?, 1, ?)").run(id, edit);
    return { id, keys, exported: docToJourney(doc).journey };
  });
  db.close();
  return { dir, maps };
}

async function get(url: string, key: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function workspaceRows(dir: string): { workspaces: number; members: [string, string][] } {
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  try {
    return {
      workspaces: (db.prepare("SELECT count(*) AS n FROM workspaces").get() as { n: number }).n,
      members: (db.prepare("SELECT map_id, workspace_id FROM workspace_maps ORDER BY map_id").all() as { map_id: string; workspace_id: string }[]).map((r) => [r.map_id, r.workspace_id]),
    };
  } finally {
    db.close();
  }
}

describe("moving the current release's maps into workspaces", () => {
  it("[WA5] every map gets a workspace of its own with its teams, people and OKRs; old links, keys and exports keep working; a restart changes nothing", async () => {
    const second: Journey = { ...exampleJourney(), title: "Second" };
    const { dir, maps } = releaseDataDir([exampleJourney(), second]);
    const server = await startServer({ dataDir: dir });
    try {
      const wsIds: string[] = [];
      for (const m of maps) {
        for (const key of [m.keys.ownerKey, m.keys.editKey, m.keys.viewKey]) {
          const exp = await get(`${server.url}/api/maps/${m.id}/export.json`, key);
          expect(exp.status).toBe(200);
          expect(exp.json).toEqual(m.exported);
        }
        const info = await get(`${server.url}/api/maps/${m.id}`, m.keys.viewKey);
        const ws = info.json["workspace"] as { id: string; title: string };
        expect(ws.title).toBe(m.exported.title);
        wsIds.push(ws.id);
        // The map's keys are its workspace's keys, at the same role.
        const wsInfo = await get(`${server.url}/api/workspaces/${ws.id}`, m.keys.ownerKey);
        expect(wsInfo.json).toMatchObject({ id: ws.id, role: "owner" });
        const exported = await get(`${server.url}/api/workspaces/${ws.id}/export.json`, m.keys.viewKey);
        expect(exported.json["teams"]).toEqual(m.exported.teams);
        expect(exported.json["people"]).toEqual(m.exported.people);
        expect((exported.json["okrs"] as unknown[]).length).toBe(m.exported.okrs?.length ?? 0);
      }
      expect(new Set(wsIds).size).toBe(2);
      await server.restart();
      for (const [i, m] of maps.entries()) {
        const info = await get(`${server.url}/api/maps/${m.id}`, m.keys.viewKey);
        expect((info.json["workspace"] as { id: string }).id).toBe(wsIds[i]);
      }
      await server.stop();
      const expected: [string, string][] = maps.map((m, i) => [m.id, wsIds[i] as string]);
      expected.sort(([a], [b]) => (a < b ? -1 : 1));
      expect(workspaceRows(dir)).toEqual({ workspaces: 2, members: expected });
    } finally {
      await server.stop().catch(() => undefined);
    }
  }, 120_000);

  it("[WA5] a move interrupted after some maps (a crash) is finished by the next start, each map moved exactly once", async () => {
    const { dir, maps } = releaseDataDir([exampleJourney(), { ...exampleJourney(), title: "B" }, { ...exampleJourney(), title: "C" }]);
    // The first map's move committed before the crash: its workspace exists, the others' not.
    const store = new SqliteStorage(dir);
    const first = maps[0] as OldMap;
    await store.workspaces.createWorkspace({ id: "earlier", keyHashes: hashKeys(first.keys), createdAt: "2026-11-20T10:00:00.000Z", updatedAt: "2026-11-20T10:00:00.000Z" }, Y.encodeStateAsUpdate(new Y.Doc()), [first.id]);
    await store.close();
    const server = await startServer({ dataDir: dir });
    await server.stop();
    const rows = workspaceRows(dir);
    expect(rows.workspaces).toBe(3);
    expect(rows.members.find(([m]) => m === first.id)?.[1]).toBe("earlier");
    expect(new Set(rows.members.map(([, w]) => w)).size).toBe(3);
    expect(rows.members.map(([m]) => m).sort()).toEqual(maps.map((m) => m.id).sort());
  }, 120_000);
});
