import pg from "pg";
import { migratePostgres } from "./postgresSchema";
import { PostgresWorkspaceStore } from "./postgres/workspaces";
import { PostgresFeedKeyStore } from "./postgres/feedKeys";
import { PostgresMetricPointStore } from "./postgres/metricPoints";
import { PostgresHistory } from "./postgres/PostgresHistory";
import { combineByMap, splitByEntry } from "./postgres/combineByMap";
import { StorageError, type ActivityEntry, type AppendBatchEntry, type AppendResult, type KeyHashes, type MapRecord, type Storage, type StoredDoc, type StoredSince, type VersionRecord } from "./Storage";

interface MapRow {
  id: string;
  owner_hash: string;
  editor_hash: string;
  viewer_hash: string;
  created_at: string;
  updated_at: string;
}

/** int8 (bigint) columns as numbers: sequence numbers and byte counts stay far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

export interface PostgresOptions {
  /** Connections in the pool for everything but appends (default 10); appends have connections of their own (S48). */
  readonly maxConnections?: number;
  /** Commit transactions in flight at once, each on a connection of its own (default 1, S58). */
  readonly commitConnections?: number;
  /** How long to wait for a connection before a call fails (default 5 s), so a database that is down fails writes visibly. */
  readonly connectTimeoutMs?: number;
  /** Told about connections that fail while idle (the database restarted); they are replaced. */
  readonly onIdleError?: (err: Error) => void;
}

/**
 * The store for several instances (api.md "Running several instances"): PostgreSQL through the
 * `pg` client's pool. The same schema as SQLite's newest (`postgresSchema.ts`), the same
 * contract suite, and what only a shared database needs (S20):
 *
 * - a batch of appends is one statement on the appends' own connection (S48); it locks the maps
 *   it touches in id order first (`FOR UPDATE`), so two instances that commit batches over the
 *   same maps never deadlock; each map's numbers come from its `last_seq`, under that row lock,
 *   so they stay gapless across instances (S19);
 * - compaction takes a per-map transaction-level advisory lock and replaces the snapshot only
 *   when it covers more than the stored one, then deletes the rows up to its number only;
 * - reads of a document run in one REPEATABLE READ snapshot, never half a transaction;
 * - a connection that breaks mid-transaction is discarded (not returned to the pool); the
 *   transaction is rolled back by the server and the call rejects with `StorageError`.
 */
export class PostgresStorage implements Storage {
  /** Workspaces, their maps and the maps' projections (WorkspaceStore.ts). */
  readonly workspaces: PostgresWorkspaceStore;
  readonly feedKeys: PostgresFeedKeyStore;
  readonly metricPoints: PostgresMetricPointStore;
  private readonly history: PostgresHistory;

  private constructor(
    private readonly pool: pg.Pool,
    /** The commit path's own connections (S48): a burst of reads never delays an append. */
    private readonly appends: pg.Pool,
    /** One per connection of `appends` (S58). */
    readonly commitLanes: number,
  ) {
    this.workspaces = new PostgresWorkspaceStore(
      (what, fn) => this.tx(what, fn),
      (what, sql, params) => this.query(what, sql, params),
    );
    this.feedKeys = new PostgresFeedKeyStore((what, sql, params) => this.query(what, sql, params));
    this.metricPoints = new PostgresMetricPointStore(
      (what, fn) => this.tx(what, fn),
      (what, sql, params) => this.query(what, sql, params),
    );
    this.history = new PostgresHistory((what, sql, params) => this.query(what, sql, params));
  }

  /** Connects, brings the schema up to date (S21) and returns the store. */
  static async open(connectionString: string, options: PostgresOptions = {}): Promise<PostgresStorage> {
    const open = (max: number): pg.Pool => {
      const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000, application_name: "baton", types });
      // An idle connection that dies (the database restarted) must not crash the process.
      pool.on("error", (err) => options.onIdleError?.(err));
      return pool;
    };
    const pool = open(options.maxConnections ?? 10);
    try {
      await migratePostgres(pool);
    } catch (err) {
      await pool.end();
      throw err instanceof StorageError ? err : new StorageError(`opening PostgreSQL failed: ${(err as Error).message}`, { cause: err });
    }
    // The CommitBatcher keeps up to this many commits in flight, no map in two (S58).
    const lanes = Math.max(1, Math.min(32, Math.floor(options.commitConnections ?? 1)));
    return new PostgresStorage(pool, open(lanes), lanes);
  }

  /** Runs `fn` in one transaction on one connection (none when `begin` is `null`); a broken connection is discarded. */
  private async tx<T>(what: string, fn: (c: pg.PoolClient) => Promise<T>, begin: string | null = "BEGIN", pool = this.pool): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw new StorageError(`${what} failed: ${(err as Error).message}`, { cause: err });
    }
    let broken: Error | undefined;
    // A connection cut while checked out also emits "error"; without a listener that would
    // crash the process. The failing query rejects on its own, which is what the caller sees.
    const onError = (err: Error): void => {
      broken = err;
    };
    client.on("error", onError);
    try {
      if (begin !== null) await client.query(begin);
      const result = await fn(client);
      if (begin !== null) await client.query("COMMIT");
      return result;
    } catch (err) {
      try {
        if (begin !== null) await client.query("ROLLBACK");
      } catch (rollbackErr) {
        broken = rollbackErr as Error; // the connection is gone; the server rolled back
      }
      // A lone statement that failed may have failed because its connection died, and the
      // connection's own "error" can come after the rejection: never hand it out again.
      if (begin === null) broken ??= err as Error;
      if (err instanceof StorageError) throw err;
      throw new StorageError(`${what} failed: ${(err as Error).message}`, { cause: err });
    } finally {
      client.off("error", onError);
      client.release(broken);
    }
  }

  private async query<R extends pg.QueryResultRow>(what: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (err) {
      throw new StorageError(`${what} failed: ${(err as Error).message}`, { cause: err });
    }
  }

  /** One statement on the appends' connection, its own transaction (prepared when `sql.name` is set). */
  private async run<R extends pg.QueryResultRow>(what: string, sql: pg.QueryConfig): Promise<pg.QueryResult<R>> {
    return this.tx(what, (c) => c.query<R>(sql), null, this.appends);
  }

  async createMap(record: MapRecord, snapshot: Uint8Array): Promise<void> {
    const k = record.keyHashes;
    await this.query(
      "createMap",
      "INSERT INTO maps (id, owner_hash, editor_hash, viewer_hash, created_at, updated_at, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [record.id, k.owner, k.editor, k.viewer, record.createdAt, record.updatedAt, Buffer.from(snapshot)],
    );
  }

  async getMap(id: string): Promise<MapRecord | null> {
    const { rows } = await this.query<MapRow>("getMap", "SELECT id, owner_hash, editor_hash, viewer_hash, created_at, updated_at FROM maps WHERE id = $1", [id]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      keyHashes: { owner: row.owner_hash, editor: row.editor_hash, viewer: row.viewer_hash },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async loadDoc(id: string): Promise<StoredDoc | null> {
    return this.tx(
      "loadDoc",
      async (c) => {
        const head = await c.query<{ snapshot: Buffer | null; last_seq: number }>("SELECT snapshot, last_seq FROM maps WHERE id = $1", [id]);
        const map = head.rows[0];
        if (!map) return null;
        const log = await c.query<{ data: Buffer }>("SELECT data FROM map_updates WHERE map_id = $1 ORDER BY seq", [id]);
        return {
          snapshot: map.snapshot ? bytes(map.snapshot) : null,
          updates: log.rows.map((r) => bytes(r.data)),
          lastSeq: map.last_seq,
          logBytes: log.rows.reduce((n, r) => n + r.data.byteLength, 0),
        };
      },
      "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    );
  }

  async loadUpdatesAfter(id: string, afterSeq: number): Promise<StoredSince | null> {
    return this.tx(
      "loadUpdatesAfter",
      async (c) => {
        const head = await c.query<{ snapshot: Buffer | null; last_seq: number; snapshot_seq: number }>(
          "SELECT CASE WHEN snapshot_seq > $2 THEN snapshot END AS snapshot, last_seq, snapshot_seq FROM maps WHERE id = $1",
          [id, afterSeq],
        );
        const map = head.rows[0];
        if (!map) return null;
        const log = await c.query<{ data: Buffer }>("SELECT data FROM map_updates WHERE map_id = $1 AND seq > $2 ORDER BY seq", [id, afterSeq]);
        return { snapshot: map.snapshot ? bytes(map.snapshot) : null, updates: log.rows.map((r) => bytes(r.data)), lastSeq: map.last_seq };
      },
      "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    );
  }

  async lastSeqs(ids: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await this.query<{ id: string; last_seq: number }>("lastSeqs", "SELECT id, last_seq FROM maps WHERE id = ANY($1::text[])", [ids]);
    return new Map(rows.map((r) => [r.id, r.last_seq]));
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[], at: string): Promise<AppendResult> {
    const [result] = await this.appendMany([{ id, updates, at }]);
    return result as AppendResult;
  }

  /**
   * ONE statement, so one round trip and its own transaction (S48): `baton_append_many` locks the
   * maps in id order, refuses the batch when one is missing, and numbers and inserts every map's
   * updates set-wise. A map that appears more than once is sent once, its updates in order, and
   * each entry gets the log position it would have had alone.
   */
  async appendMany(batch: readonly AppendBatchEntry[]): Promise<AppendResult[]> {
    if (batch.length === 0) return [];
    const combined = combineByMap(batch);
    const { rows } = await this.run("appendMany", {
      name: "baton_append_many",
      text: "SELECT r_ord, r_last_seq, r_log_count, r_log_bytes FROM baton_append_many($1, $2, $3, $4, $5)",
      values: [
        combined.map((m) => m.id),
        combined.map((m) => m.updates.length),
        combined.map((m) => m.bytes),
        combined.map((m) => m.at),
        combined.flatMap((m) => m.updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength))),
      ],
    });
    const byMap = new Map<string, AppendResult>();
    for (const r of rows as { r_ord: number; r_last_seq: number; r_log_count: number; r_log_bytes: number }[]) {
      const m = combined[r.r_ord - 1];
      if (m) byMap.set(m.id, { lastSeq: r.r_last_seq, logCount: r.r_log_count, logBytes: r.r_log_bytes });
    }
    return splitByEntry(batch, byMap);
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    await this.tx("compact", async (c) => {
      // One compaction of a map at a time, across every instance (S20).
      await c.query("SELECT pg_advisory_xact_lock(hashtext('baton.compact'), hashtext($1))", [id]);
      const head = await c.query<{ snapshot_seq: number }>("SELECT snapshot_seq FROM maps WHERE id = $1", [id]);
      const map = head.rows[0];
      if (!map) throw new StorageError(`no map ${id}`);
      if (map.snapshot_seq >= uptoSeq) return; // another instance compacted as far already
      await c.query("DELETE FROM map_updates WHERE map_id = $1 AND seq <= $2", [id, uptoSeq]);
      await c.query(
        `UPDATE maps SET snapshot = $2, snapshot_seq = $3,
           log_count = (SELECT count(*) FROM map_updates WHERE map_id = $1),
           log_bytes = (SELECT coalesce(sum(length(data)), 0) FROM map_updates WHERE map_id = $1)
         WHERE id = $1`,
        [id, Buffer.from(snapshot), uptoSeq],
      );
    });
  }

  async replaceKeys(id: string, k: KeyHashes): Promise<boolean> {
    const r = await this.query("replaceKeys", "UPDATE maps SET owner_hash = $2, editor_hash = $3, viewer_hash = $4 WHERE id = $1", [id, k.owner, k.editor, k.viewer]);
    return (r.rowCount ?? 0) > 0;
  }

  saveVersion(record: VersionRecord, state: Uint8Array): Promise<void> {
    return this.history.saveVersion(record, state);
  }

  listVersions(docId: string): Promise<VersionRecord[]> {
    return this.history.listVersions(docId);
  }

  loadVersion(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array } | null> {
    return this.history.loadVersion(docId, versionId);
  }

  deleteVersions(docId: string, versionIds: readonly string[]): Promise<number> {
    return this.history.deleteVersions(docId, versionIds);
  }

  appendActivity(entry: ActivityEntry, keep: number): Promise<void> {
    return this.history.appendActivity(entry, keep);
  }

  listActivity(docId: string, limit: number): Promise<ActivityEntry[]> {
    return this.history.listActivity(docId, limit);
  }

  async deleteMap(id: string): Promise<boolean> {
    await this.history.deleteAllOf(id);
    const r = await this.query("deleteMap", "DELETE FROM maps WHERE id = $1", [id]);
    return (r.rowCount ?? 0) > 0;
  }

  /** A transaction id is a write: it fails on a read-only server or when nothing can be written (S43). */
  async probeWrite(): Promise<void> {
    await this.query("probeWrite", "SELECT txid_current()");
  }

  async mapIds(): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>("mapIds", "SELECT id FROM maps ORDER BY id COLLATE \"C\"");
    return rows.map((r) => r.id);
  }

  async countMaps(): Promise<number> {
    const { rows } = await this.query<{ n: number }>("countMaps", "SELECT count(*)::int AS n FROM maps");
    return rows[0]?.n ?? 0;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool, this.appends].map((p) => (p.ended ? undefined : p.end())));
  }
}
