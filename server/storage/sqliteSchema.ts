import type Database from "better-sqlite3";
import { StorageError } from "./Storage";

/** One step of the SQLite schema; `sql` runs in one transaction with the version bump. */
export interface SqliteMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The SQLite schema as a numbered list (S21). The file's `PRAGMA user_version` says how far it
 * is; opening a store applies the missing steps in order, each in one transaction with its
 * version, so a crash leaves the file at a whole version. Never edit a released step: append one.
 *
 * Version 1 is the schema of the first release (its files have user_version 0 and already hold
 * these tables, so the step changes nothing for them). Version 2 numbers each map's log
 * 1, 2, 3... (S19) instead of one counter for all maps, and records the last number given
 * (`last_seq`) and the last number the snapshot holds (`snapshot_seq`, S20); existing rows are
 * renumbered per map in their order. Version 3 adds workspaces (API-RULES.md WA1): which
 * documents are workspaces, which maps belong to which (in order), and each map's projection;
 * the maps themselves are moved into workspaces by the server at start (WA5), not by SQL.
 * Version 5 adds the `versions` and `activity` tables of History (H1), keyed by document id.
 * Version 6 adds `metric_points` (API-RULES.md WK5): the points of metric series, out of the
 * workspace document; the points already in documents move at start (WK8), not by SQL.
 */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    name: "maps and update log",
    sql: `
      CREATE TABLE IF NOT EXISTS maps (
        id TEXT PRIMARY KEY,
        owner_hash TEXT NOT NULL,
        editor_hash TEXT NOT NULL,
        viewer_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        snapshot BLOB,
        log_count INTEGER NOT NULL DEFAULT 0,
        log_bytes INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE TABLE IF NOT EXISTS updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        map_id TEXT NOT NULL,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX IF NOT EXISTS updates_by_map ON updates (map_id, seq);
    `,
  },
  {
    version: 2,
    name: "per-map sequence numbers",
    sql: `
      ALTER TABLE maps ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE maps ADD COLUMN snapshot_seq INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE map_updates (
        map_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (map_id, seq)
      ) STRICT;
      INSERT INTO map_updates (map_id, seq, data)
        SELECT map_id, row_number() OVER (PARTITION BY map_id ORDER BY seq), data FROM updates;
      UPDATE maps SET last_seq = (SELECT count(*) FROM map_updates WHERE map_updates.map_id = maps.id);
      DROP TABLE updates;
    `,
  },
  {
    version: 3,
    name: "workspaces",
    sql: `
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE workspace_maps (
        map_id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX workspace_maps_by_workspace ON workspace_maps (workspace_id, position);
      CREATE TABLE map_projections (
        map_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: "feed keys",
    sql: `
      CREATE TABLE feed_keys (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feed_keys_by_workspace ON feed_keys (workspace_id);
    `,
  },
  {
    version: 5,
    name: "versions and activity (History, H1)",
    sql: `
      CREATE TABLE versions (
        n INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        meta TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        state BLOB NOT NULL
      ) STRICT;
      CREATE INDEX versions_by_doc ON versions (doc_id, at, n);
      CREATE TABLE activity (
        n INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id TEXT NOT NULL,
        entry TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activity_by_doc ON activity (doc_id, n);
    `,
  },
  {
    version: 6,
    name: "metric points (WK5)",
    sql: `
      CREATE TABLE metric_points (
        workspace_id TEXT NOT NULL,
        series_id TEXT NOT NULL,
        day TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (workspace_id, series_id, day)
      ) STRICT, WITHOUT ROWID;
      -- The start-up move's to-do list (WK8): every workspace that exists may hold points in its document.
      CREATE TABLE metric_points_todo (workspace_id TEXT PRIMARY KEY) STRICT;
      INSERT INTO metric_points_todo (workspace_id) SELECT id FROM workspaces;
    `,
  },
];

/** The version a fully migrated file has. */
export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings the file to the newest schema. A file NEWER than this code (a later release wrote it)
 * is refused rather than misread.
 */
export function migrateSqlite(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SQLITE_SCHEMA_VERSION) {
    throw new StorageError(`the database has schema version ${current}; this release knows up to ${SQLITE_SCHEMA_VERSION}`);
  }
  for (const step of SQLITE_MIGRATIONS) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
}
