import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SqliteHistory } from "./sqlite/SqliteHistory";
import { migrateSqlite } from "./sqliteSchema";
import { SqliteWorkspaceStore } from "./sqlite/workspaces";
import { SqliteFeedKeyStore } from "./sqlite/feedKeys";
import { SqliteMetricPointStore } from "./sqlite/metricPoints";
import { WalCheckpointer } from "./WalCheckpointer";
import {
  StorageError,
  type ActivityEntry,
  type AppendBatchEntry,
  type AppendResult,
  type KeyHashes,
  type MapRecord,
  type Storage,
  type StoredDoc,
  type StoredSince,
  type VersionRecord,
} from "./Storage";

/** The file name inside BATON_DATA_DIR. The directory is the only path input; no path is built from a map id. */
export const DB_FILE = "baton.sqlite";

interface MapRow {
  id: string;
  owner_hash: string;
  editor_hash: string;
  viewer_hash: string;
  created_at: string;
  updated_at: string;
}

/**
 * The default store: one SQLite database (better-sqlite3) in WAL mode.
 *
 * `synchronous = NORMAL` in WAL mode: a committed transaction survives a crash of the process
 * (`kill -9`), because the WAL write has reached the OS when `COMMIT` returns; only a power
 * loss or OS crash may lose the last commits. Set `BATON_SQLITE_SYNC=full` to fsync on every
 * commit (slower commits, survives power loss too).
 */
export class SqliteStorage implements Storage {
  /** Commits finish in their own task: one lane (S58). */
  readonly commitLanes = 1;
  private readonly db: Database.Database;
  private readonly stmts;
  private readonly appendTx;
  private readonly compactTx;
  private readonly deleteTx;
  /** Workspaces, their maps and the maps' projections (WA1). */
  readonly workspaces: SqliteWorkspaceStore;
  readonly feedKeys: SqliteFeedKeyStore;
  readonly metricPoints: SqliteMetricPointStore;
  private readonly history: SqliteHistory;
  /** Runs the log's checkpoints in a worker (S63). */
  readonly checkpointer: WalCheckpointer;

  constructor(dataDir: string, options: { sync?: "normal" | "full" } = {}) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DB_FILE));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma(`synchronous = ${options.sync === "full" ? "FULL" : "NORMAL"}`);
    this.db.pragma("busy_timeout = 5000");
    // Checkpoints run in a worker on a connection of their own, not inside a commit (S63).
    this.db.pragma("wal_autocheckpoint = 0");
    // A deleted map's bytes are overwritten with zeros, not left in free pages (S44).
    this.db.pragma("secure_delete = ON");
    migrateSqlite(this.db);
    this.workspaces = new SqliteWorkspaceStore(this.db);
    this.db.exec("CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY, at INTEGER NOT NULL) STRICT;");
    this.feedKeys = new SqliteFeedKeyStore(this.db);
    this.metricPoints = new SqliteMetricPointStore(this.db);
    this.history = new SqliteHistory(this.db);
    const totalChanges = this.db.prepare<[], number>("SELECT total_changes()").pluck();
    let seenChanges = -1;
    this.checkpointer = new WalCheckpointer(
      join(dataDir, DB_FILE),
      () => {
        const now = this.db.open ? totalChanges.get() ?? 0 : seenChanges;
        const changed = now !== seenChanges;
        seenChanges = now;
        return changed;
      },
      (err) => {
        // SQLite's own automatic checkpoint again, inside commits, as before S63.
        if (this.db.open) this.db.pragma("wal_autocheckpoint = 1000");
        process.emitWarning(`checkpoints are back inside commits: ${err.message}`, { code: "BATON_WAL_CHECKPOINT" });
      },
    );
    this.stmts = {
      insertMap: this.db.prepare(
        "INSERT INTO maps (id, owner_hash, editor_hash, viewer_hash, created_at, updated_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      getMap: this.db.prepare<[string], MapRow>(
        "SELECT id, owner_hash, editor_hash, viewer_hash, created_at, updated_at FROM maps WHERE id = ?",
      ),
      getSnapshot: this.db.prepare<[string], { snapshot: Buffer | null; last_seq: number; snapshot_seq: number }>(
        "SELECT snapshot, last_seq, snapshot_seq FROM maps WHERE id = ?",
      ),
      getLogAfter: this.db.prepare<[string, number], { seq: number; data: Buffer }>(
        "SELECT seq, data FROM map_updates WHERE map_id = ? AND seq > ? ORDER BY seq",
      ),
      insertUpdate: this.db.prepare("INSERT INTO map_updates (map_id, seq, data) VALUES (?, ?, ?)"),
      bumpLog: this.db.prepare<[number, number, number, string, string], { last_seq: number; log_count: number; log_bytes: number }>(
        "UPDATE maps SET last_seq = last_seq + ?, log_count = log_count + ?, log_bytes = log_bytes + ?, updated_at = ? WHERE id = ? RETURNING last_seq, log_count, log_bytes",
      ),
      setSnapshot: this.db.prepare<[Uint8Array, number, string, number]>(
        "UPDATE maps SET snapshot = ?, snapshot_seq = ? WHERE id = ? AND snapshot_seq < ?",
      ),
      deleteLogUpTo: this.db.prepare("DELETE FROM map_updates WHERE map_id = ? AND seq <= ?"),
      logStats: this.db.prepare<[string], { n: number; bytes: number | null }>(
        "SELECT count(*) AS n, sum(length(data)) AS bytes FROM map_updates WHERE map_id = ?",
      ),
      setLogStats: this.db.prepare("UPDATE maps SET log_count = ?, log_bytes = ? WHERE id = ?"),
      replaceKeys: this.db.prepare("UPDATE maps SET owner_hash = ?, editor_hash = ?, viewer_hash = ? WHERE id = ?"),
      deleteMap: this.db.prepare("DELETE FROM maps WHERE id = ?"),
      deleteLog: this.db.prepare("DELETE FROM map_updates WHERE map_id = ?"),
      mapIds: this.db.prepare<[], { id: string }>("SELECT id FROM maps ORDER BY id"),
      countMaps: this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM maps"),
      probe: this.db.prepare("INSERT OR REPLACE INTO health (id, at) VALUES (1, ?)"),
    };
    const appendOne = ({ id, updates, at }: AppendBatchEntry): AppendResult => {
      const bytes = updates.reduce((n, u) => n + u.byteLength, 0);
      const row = this.stmts.bumpLog.get(updates.length, updates.length, bytes, at, id);
      if (!row) throw new StorageError(`no map ${id}`); // rolls the whole transaction back
      updates.forEach((u, i) => this.stmts.insertUpdate.run(id, row.last_seq - updates.length + 1 + i, u));
      return { lastSeq: row.last_seq, logCount: row.log_count, logBytes: row.log_bytes };
    };
    this.appendTx = this.db.transaction((batch: readonly AppendBatchEntry[]): AppendResult[] => batch.map(appendOne));
    this.compactTx = this.db.transaction((id: string, snapshot: Uint8Array, uptoSeq: number) => {
      if (!this.stmts.getSnapshot.get(id)) throw new StorageError(`no map ${id}`);
      // An older snapshot never replaces a newer one (S41).
      if (this.stmts.setSnapshot.run(snapshot, uptoSeq, id, uptoSeq).changes === 0) return;
      this.stmts.deleteLogUpTo.run(id, uptoSeq);
      const stats = this.stmts.logStats.get(id);
      this.stmts.setLogStats.run(stats?.n ?? 0, stats?.bytes ?? 0, id);
    });
    this.deleteTx = this.db.transaction((id: string) => {
      this.stmts.deleteLog.run(id);
      this.history.deleteAllOf(id);
      return this.stmts.deleteMap.run(id).changes > 0;
    });
  }

  private run<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof StorageError) throw err;
      throw new StorageError(`${what} failed: ${(err as Error).message}`, { cause: err });
    }
  }

  async createMap(record: MapRecord, snapshot: Uint8Array): Promise<void> {
    const k = record.keyHashes;
    this.run("createMap", () =>
      this.stmts.insertMap.run(record.id, k.owner, k.editor, k.viewer, record.createdAt, record.updatedAt, snapshot),
    );
  }

  async getMap(id: string): Promise<MapRecord | null> {
    const row = this.run("getMap", () => this.stmts.getMap.get(id));
    if (!row) return null;
    return {
      id: row.id,
      keyHashes: { owner: row.owner_hash, editor: row.editor_hash, viewer: row.viewer_hash },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async loadDoc(id: string): Promise<StoredDoc | null> {
    return this.run("loadDoc", () => {
      const snap = this.stmts.getSnapshot.get(id);
      if (!snap) return null;
      const rows = this.stmts.getLogAfter.all(id, 0);
      return {
        snapshot: snap.snapshot ? new Uint8Array(snap.snapshot) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: snap.last_seq,
        logBytes: rows.reduce((n, r) => n + r.data.byteLength, 0),
      };
    });
  }

  async loadUpdatesAfter(id: string, afterSeq: number): Promise<StoredSince | null> {
    return this.run("loadUpdatesAfter", () =>
      this.db.transaction((): StoredSince | null => {
        const snap = this.stmts.getSnapshot.get(id);
        if (!snap) return null;
        return {
          snapshot: snap.snapshot_seq > afterSeq && snap.snapshot ? new Uint8Array(snap.snapshot) : null,
          updates: this.stmts.getLogAfter.all(id, afterSeq).map((r) => new Uint8Array(r.data)),
          lastSeq: snap.last_seq,
        };
      })(),
    );
  }

  async lastSeqs(ids: readonly string[]): Promise<Map<string, number>> {
    return this.run("lastSeqs", () => {
      const out = new Map<string, number>();
      for (const id of ids) {
        const row = this.stmts.getSnapshot.get(id);
        if (row) out.set(id, row.last_seq);
      }
      return out;
    });
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[], at: string): Promise<AppendResult> {
    const [result] = await this.appendMany([{ id, updates, at }]);
    return result as AppendResult;
  }

  async appendMany(batch: readonly AppendBatchEntry[]): Promise<AppendResult[]> {
    return this.run("appendMany", () => this.appendTx(batch));
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.run("compact", () => this.compactTx(id, snapshot, uptoSeq));
  }

  async replaceKeys(id: string, k: KeyHashes): Promise<boolean> {
    return this.run("replaceKeys", () => this.stmts.replaceKeys.run(k.owner, k.editor, k.viewer, id).changes > 0);
  }

  async deleteMap(id: string): Promise<boolean> {
    const deleted = this.run("deleteMap", () => this.deleteTx(id));
    // The write-ahead log still holds the map's pages as they were written: copy the zeroed
    // pages into the database file and empty the log (S44). A busy checkpoint is retried by
    // SQLite's own automatic checkpoints; the delete itself already happened.
    if (deleted) {
      try {
        this.db.pragma("wal_checkpoint(TRUNCATE)");
      } catch {
        /* the next automatic checkpoint does it */
      }
    }
    return deleted;
  }

  async probeWrite(): Promise<void> {
    this.run("probeWrite", () => this.stmts.probe.run(Date.now()));
  }

  async mapIds(): Promise<string[]> {
    return this.run("mapIds", () => this.stmts.mapIds.all().map((r) => r.id));
  }

  async countMaps(): Promise<number> {
    return this.run("countMaps", () => this.stmts.countMaps.get()?.n ?? 0);
  }

  async saveVersion(record: VersionRecord, state: Uint8Array): Promise<void> {
    return this.run("saveVersion", () => this.history.saveVersion(record, state));
  }

  async listVersions(docId: string): Promise<VersionRecord[]> {
    return this.run("listVersions", () => this.history.listVersions(docId));
  }

  async loadVersion(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array } | null> {
    return this.run("loadVersion", () => this.history.loadVersion(docId, versionId));
  }

  async deleteVersions(docId: string, versionIds: readonly string[]): Promise<number> {
    return this.run("deleteVersions", () => this.history.deleteVersions(docId, versionIds));
  }

  async appendActivity(entry: ActivityEntry, keep: number): Promise<void> {
    return this.run("appendActivity", () => this.history.appendActivity(entry, keep));
  }

  async listActivity(docId: string, limit: number): Promise<ActivityEntry[]> {
    return this.run("listActivity", () => this.history.listActivity(docId, limit));
  }

  async close(): Promise<void> {
    await this.checkpointer.close();
    if (this.db.open) this.db.close();
  }
}
