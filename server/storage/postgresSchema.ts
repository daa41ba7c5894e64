import type { Pool } from "pg";
import { StorageError } from "./Storage";

/** One step of the PostgreSQL schema; runs in one transaction with its version row. */
export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The PostgreSQL schema as a numbered list (S21), the same shape as SQLite's at its newest
 * version (`sqliteSchema.ts`): maps with their snapshot and log position, and each map's log
 * numbered 1, 2, 3... (S19). `baton_schema` records the versions applied. Several instances
 * starting at once migrate one after another (a session advisory lock). Never edit a released
 * step: append one.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: "maps and update log",
    sql: `
      CREATE TABLE maps (
        id text PRIMARY KEY,
        owner_hash text NOT NULL,
        editor_hash text NOT NULL,
        viewer_hash text NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        snapshot bytea,
        snapshot_seq bigint NOT NULL DEFAULT 0,
        last_seq bigint NOT NULL DEFAULT 0,
        log_count bigint NOT NULL DEFAULT 0,
        log_bytes bigint NOT NULL DEFAULT 0
      );
      CREATE TABLE map_updates (
        map_id text NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (map_id, seq)
      );
    `,
  },
  {
    version: 2,
    name: "workspaces",
    sql: `
      CREATE TABLE workspaces (
        id text PRIMARY KEY,
        created_at text NOT NULL
      );
      CREATE TABLE workspace_maps (
        map_id text PRIMARY KEY,
        workspace_id text NOT NULL,
        position bigint NOT NULL
      );
      CREATE INDEX workspace_maps_by_workspace ON workspace_maps (workspace_id, position);
      CREATE TABLE map_projections (
        map_id text PRIMARY KEY,
        seq bigint NOT NULL,
        data text NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: "feed keys",
    sql: `
      CREATE TABLE feed_keys (
        id text PRIMARY KEY,
        workspace_id text NOT NULL,
        hash text NOT NULL,
        label text NOT NULL,
        created_at text NOT NULL
      );
      CREATE INDEX feed_keys_by_workspace ON feed_keys (workspace_id);
    `,
  },
  {
    version: 4,
    name: "versions and activity (History, H1)",
    sql: `
      CREATE TABLE versions (
        n bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        doc_id text NOT NULL,
        at text NOT NULL,
        kind text NOT NULL,
        meta text NOT NULL,
        bytes integer NOT NULL,
        state bytea NOT NULL
      );
      CREATE INDEX versions_by_doc ON versions (doc_id, at, n);
      CREATE TABLE activity (
        n bigserial PRIMARY KEY,
        doc_id text NOT NULL,
        entry text NOT NULL
      );
      CREATE INDEX activity_by_doc ON activity (doc_id, n);
    `,
  },
  {
    version: 5,
    name: "appending a batch of maps in one statement",
    // One round trip per shared transaction (S3, S48): lock the batch's maps in id order (two
    // instances never deadlock), refuse the whole batch when one is missing (S10), then number
    // and insert every map's updates set-wise. Entries come combined per map (one per id).
    sql: `
      CREATE FUNCTION baton_append_many(p_ids text[], p_counts int[], p_sizes bigint[], p_ats text[], p_data bytea[])
      RETURNS TABLE (r_ord int, r_last_seq bigint, r_log_count bigint, r_log_bytes bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        locked int;
        ghost text;
      BEGIN
        PERFORM m.id FROM maps m WHERE m.id = ANY (p_ids) ORDER BY m.id FOR UPDATE;
        GET DIAGNOSTICS locked = ROW_COUNT;
        IF locked <> cardinality(p_ids) THEN
          SELECT x INTO ghost FROM unnest(p_ids) AS x WHERE NOT EXISTS (SELECT 1 FROM maps m WHERE m.id = x) LIMIT 1;
          RAISE EXCEPTION 'no map %', ghost USING ERRCODE = 'no_data_found';
        END IF;
        RETURN QUERY
          WITH input AS (
            SELECT i.id, i.n, i.size, i.at, i.ord::int AS ord, (sum(i.n) OVER (ORDER BY i.ord) - i.n)::int AS offs
            FROM unnest(p_ids, p_counts, p_sizes, p_ats) WITH ORDINALITY AS i(id, n, size, at, ord)
          ), upd AS (
            UPDATE maps m
            SET last_seq = m.last_seq + input.n, log_count = m.log_count + input.n,
                log_bytes = m.log_bytes + input.size, updated_at = input.at
            FROM input WHERE m.id = input.id
            RETURNING input.ord, input.n, input.offs, m.id, m.last_seq, m.log_count, m.log_bytes
          ), ins AS (
            INSERT INTO map_updates (map_id, seq, data)
            SELECT upd.id, upd.last_seq - upd.n + k, p_data[upd.offs + k]
            FROM upd CROSS JOIN LATERAL generate_series(1, upd.n) AS k
          )
          SELECT upd.ord, upd.last_seq, upd.log_count, upd.log_bytes FROM upd ORDER BY upd.ord;
      END
      $fn$;
    `,
  },
  {
    version: 6,
    name: "metric points (WK5)",
    sql: `
      CREATE TABLE metric_points (
        workspace_id text NOT NULL,
        series_id text NOT NULL,
        day text NOT NULL,
        value double precision NOT NULL,
        PRIMARY KEY (workspace_id, series_id, day)
      );
      -- The start-up move's to-do list (WK8): every workspace that exists may hold points in its document.
      CREATE TABLE metric_points_todo (workspace_id text PRIMARY KEY);
      INSERT INTO metric_points_todo (workspace_id) SELECT id FROM workspaces;
    `,
  },
];

export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1]?.version ?? 0;

/** An arbitrary constant: the advisory lock key that serializes migrations. */
const MIGRATION_LOCK = 0x6261746f; // "bato"

/** Brings the database to the newest schema; refuses a database from a newer release. */
export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await client.query("CREATE TABLE IF NOT EXISTS baton_schema (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM baton_schema");
      const current = rows[0]?.v ?? 0;
      if (current > POSTGRES_SCHEMA_VERSION) {
        throw new StorageError(`the database has schema version ${current}; this release knows up to ${POSTGRES_SCHEMA_VERSION}`);
      }
      for (const step of POSTGRES_MIGRATIONS) {
        if (step.version <= current) continue;
        await client.query("BEGIN");
        try {
          await client.query(step.sql);
          await client.query("INSERT INTO baton_schema (version, name) VALUES ($1, $2)", [step.version, step.name]);
          await client.query("COMMIT");
        } catch (err) {
          await client.query("ROLLBACK");
          throw err;
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
