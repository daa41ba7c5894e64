/**
 * The SQLite schema is versioned (S21): a data directory written by the first release (schema
 * version 0 in the file, one update counter for all maps) upgrades in place when opened.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from "../../server/storage/sqliteSchema";
import { DB_FILE, SqliteStorage } from "../../server/storage/SqliteStorage";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function edit(doc: Y.Doc, key: string, value: number): Uint8Array {
  const sv = Y.encodeStateVector(doc);
  doc.getMap("m").set(key, value);
  return Y.encodeStateAsUpdate(doc, sv);
}

/** A data directory exactly as the first release wrote it: its schema, its global counter. */
function releaseDataDir(): { dir: string; docs: { a: Y.Doc; b: Y.Doc } } {
  const dir = mkdtempSync(join(tmpdir(), "baton-release-"));
  dirs.push(dir);
  const db = new Database(join(dir, DB_FILE));
  db.pragma("journal_mode = WAL");
  db.exec((SQLITE_MIGRATIONS[0] as { sql: string }).sql);
  const docs = { a: new Y.Doc(), b: new Y.Doc() };
  const insertMap = db.prepare("INSERT INTO maps (id, owner_hash, editor_hash, viewer_hash, created_at, updated_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const [id, doc] of Object.entries(docs)) {
    insertMap.run(id, "a".repeat(64), "b".repeat(64), "c".repeat(64), "2026-11-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z", Y.encodeStateAsUpdate(doc));
  }
  const append = db.prepare("INSERT INTO updates (map_id, data) VALUES (?, ?)");
  const bump = db.prepare("UPDATE maps SET log_count = log_count + 1, log_bytes = log_bytes + ? WHERE id = ?");
  // Interleaved, as the release's one counter numbered them: a=1, b=2, a=3, a=4, b=5.
  for (const [id, key, value] of [["a", "x", 1], ["b", "y", 2], ["a", "z", 3], ["a", "x", 4], ["b", "w", 5]] as const) {
    const u = edit(docs[id], key, value);
    append.run(id, u);
    bump.run(u.byteLength, id);
  }
  expect(db.pragma("user_version", { simple: true })).toBe(0);
  db.close();
  return { dir, docs };
}

describe("SQLite schema versions", () => {
  it("[S21] a data directory from the first release upgrades in place: same content, each map's log numbered 1..n", async () => {
    const { dir, docs } = releaseDataDir();
    const s = new SqliteStorage(dir);
    for (const [id, doc] of Object.entries(docs)) {
      const stored = await s.loadDoc(id);
      const rebuilt = new Y.Doc();
      for (const u of stored?.snapshot ? [stored.snapshot, ...stored.updates] : (stored?.updates ?? [])) Y.applyUpdate(rebuilt, u);
      expect(rebuilt.getMap("m").toJSON()).toEqual(doc.getMap("m").toJSON());
    }
    expect((await s.loadDoc("a"))?.lastSeq).toBe(3);
    expect((await s.loadDoc("b"))?.lastSeq).toBe(2);
    expect((await s.appendUpdates("b", [edit(docs.b, "v", 6)], "2026-11-02T00:00:00.000Z")).lastSeq).toBe(3);
    await s.close();
    const db = new Database(join(dir, DB_FILE));
    expect(db.pragma("user_version", { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    db.close();
    // Opening again changes nothing.
    const t = new SqliteStorage(dir);
    expect((await t.loadDoc("b"))?.lastSeq).toBe(3);
    await t.close();
  });

  it("[S21] a file from a newer release is refused, not misread", () => {
    const dir = mkdtempSync(join(tmpdir(), "baton-future-"));
    dirs.push(dir);
    const db = new Database(join(dir, DB_FILE));
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => new SqliteStorage(dir)).toThrow(/schema version/);
  });
});
