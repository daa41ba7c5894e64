import type pg from "pg";
import { StorageError, type MapRecord } from "../Storage";
import type { DocKind, StoredProjection, WorkspaceStore } from "../WorkspaceStore";

/** The advisory lock key of `exclusive` (any constant other than the schema's). */
const STARTUP_LOCK = 0x62617477; // "batw"

/** Runs `fn` in one transaction (PostgresStorage's `tx`). */
export type PostgresTx = <T>(what: string, fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;
/** Runs one statement outside a transaction (PostgresStorage's `query`). */
export type PostgresQuery = <R extends pg.QueryResultRow>(what: string, sql: string, params?: unknown[]) => Promise<pg.QueryResult<R>>;

/**
 * The PostgreSQL part of the workspace store (schema step 2, postgresSchema.ts), the same tables
 * and rules as SQLite's (`sqlite/workspaces.ts`): a workspace's document is a row of `maps`
 * like any document. Membership changes of one workspace are serialized by locking its row.
 */
export class PostgresWorkspaceStore implements WorkspaceStore {
  constructor(
    private readonly tx: PostgresTx,
    private readonly query: PostgresQuery,
  ) {}

  private static async insertDoc(c: pg.PoolClient, record: MapRecord, snapshot: Uint8Array): Promise<void> {
    const k = record.keyHashes;
    await c.query(
      "INSERT INTO maps (id, owner_hash, editor_hash, viewer_hash, created_at, updated_at, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [record.id, k.owner, k.editor, k.viewer, record.createdAt, record.updatedAt, Buffer.from(snapshot)],
    );
  }

  /** Locks the workspace row; `false` when there is no such workspace. */
  private static async lockWorkspace(c: pg.PoolClient, id: string): Promise<boolean> {
    const r = await c.query("SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE", [id]);
    return (r.rowCount ?? 0) > 0;
  }

  private static async nextPosition(c: pg.PoolClient, workspaceId: string): Promise<number> {
    const r = await c.query<{ p: number }>("SELECT coalesce(max(position), -1) + 1 AS p FROM workspace_maps WHERE workspace_id = $1", [workspaceId]);
    return Number(r.rows[0]?.p ?? 0);
  }

  private static async putMember(c: pg.PoolClient, mapId: string, workspaceId: string, position: number): Promise<void> {
    await c.query(
      "INSERT INTO workspace_maps (map_id, workspace_id, position) VALUES ($1, $2, $3) ON CONFLICT (map_id) DO UPDATE SET workspace_id = excluded.workspace_id, position = excluded.position",
      [mapId, workspaceId, position],
    );
  }

  private static async isPlainMap(c: pg.PoolClient, id: string): Promise<boolean> {
    const r = await c.query("SELECT 1 FROM maps WHERE id = $1 AND id NOT IN (SELECT id FROM workspaces)", [id]);
    return (r.rowCount ?? 0) > 0;
  }

  async createWorkspace(record: MapRecord, snapshot: Uint8Array, mapIds: readonly string[] = []): Promise<void> {
    await this.tx("createWorkspace", async (c) => {
      await PostgresWorkspaceStore.insertDoc(c, record, snapshot);
      await c.query("INSERT INTO workspaces (id, created_at) VALUES ($1, $2)", [record.id, record.createdAt]);
      for (const [i, mapId] of mapIds.entries()) {
        if (!(await PostgresWorkspaceStore.isPlainMap(c, mapId))) throw new StorageError(`no map ${mapId}`);
        await PostgresWorkspaceStore.putMember(c, mapId, record.id, i);
      }
    });
  }

  async createMapIn(workspaceId: string, record: MapRecord, snapshot: Uint8Array): Promise<void> {
    await this.tx("createMapIn", async (c) => {
      if (!(await PostgresWorkspaceStore.lockWorkspace(c, workspaceId))) throw new StorageError(`no workspace ${workspaceId}`);
      await PostgresWorkspaceStore.insertDoc(c, record, snapshot);
      await PostgresWorkspaceStore.putMember(c, record.id, workspaceId, await PostgresWorkspaceStore.nextPosition(c, workspaceId));
    });
  }

  async moveMap(mapId: string, workspaceId: string): Promise<boolean> {
    return this.tx("moveMap", async (c) => {
      if (!(await PostgresWorkspaceStore.lockWorkspace(c, workspaceId))) return false;
      if (!(await PostgresWorkspaceStore.isPlainMap(c, mapId))) return false;
      await PostgresWorkspaceStore.putMember(c, mapId, workspaceId, await PostgresWorkspaceStore.nextPosition(c, workspaceId));
      return true;
    });
  }

  async kindOf(id: string): Promise<DocKind> {
    const { rows } = await this.query<{ ws: boolean; workspace_id: string | null }>(
      "kindOf",
      "SELECT EXISTS (SELECT 1 FROM workspaces WHERE id = m.id) AS ws, wm.workspace_id FROM maps m LEFT JOIN workspace_maps wm ON wm.map_id = m.id WHERE m.id = $1",
      [id],
    );
    const row = rows[0];
    if (!row) return { kind: "none" };
    return row.ws ? { kind: "workspace" } : { kind: "map", workspaceId: row.workspace_id };
  }

  async mapsOf(workspaceId: string): Promise<string[]> {
    const { rows } = await this.query<{ map_id: string }>(
      "mapsOf",
      "SELECT wm.map_id FROM workspace_maps wm JOIN maps m ON m.id = wm.map_id WHERE wm.workspace_id = $1 ORDER BY wm.position, wm.map_id",
      [workspaceId],
    );
    return rows.map((r) => r.map_id);
  }

  async mapsWithoutWorkspace(): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>(
      "mapsWithoutWorkspace",
      "SELECT id FROM maps WHERE id NOT IN (SELECT id FROM workspaces) AND id NOT IN (SELECT map_id FROM workspace_maps) ORDER BY created_at, id",
    );
    return rows.map((r) => r.id);
  }

  async putProjection(p: StoredProjection): Promise<void> {
    await this.query(
      "putProjection",
      "INSERT INTO map_projections (map_id, seq, data) VALUES ($1, $2, $3) ON CONFLICT (map_id) DO UPDATE SET seq = excluded.seq, data = excluded.data WHERE excluded.seq >= map_projections.seq",
      [p.mapId, p.seq, p.json],
    );
  }

  async projectionsOf(workspaceId: string): Promise<StoredProjection[]> {
    const { rows } = await this.query<{ map_id: string; seq: number; data: string }>(
      "projectionsOf",
      "SELECT p.map_id, p.seq, p.data FROM workspace_maps wm JOIN map_projections p ON p.map_id = wm.map_id JOIN maps m ON m.id = wm.map_id WHERE wm.workspace_id = $1 ORDER BY wm.position, wm.map_id",
      [workspaceId],
    );
    return rows.map((r) => ({ mapId: r.map_id, seq: Number(r.seq), json: r.data }));
  }

  async deleteWorkspace(id: string): Promise<string[] | null> {
    return this.tx("deleteWorkspace", async (c) => {
      if (!(await PostgresWorkspaceStore.lockWorkspace(c, id))) return null;
      const { rows } = await c.query<{ map_id: string }>("SELECT map_id FROM workspace_maps WHERE workspace_id = $1", [id]);
      const maps = rows.map((r) => r.map_id);
      const all = [...maps, id];
      await c.query("DELETE FROM map_projections WHERE map_id = ANY($1::text[])", [all]);
      await c.query("DELETE FROM workspace_maps WHERE map_id = ANY($1::text[])", [all]);
      await c.query("DELETE FROM maps WHERE id = ANY($1::text[])", [all]); // logs go by ON DELETE CASCADE
      await c.query("DELETE FROM workspaces WHERE id = $1", [id]);
      return maps;
    });
  }

  async forgetMap(mapId: string): Promise<void> {
    await this.tx("forgetMap", async (c) => {
      await c.query("DELETE FROM workspace_maps WHERE map_id = $1", [mapId]);
      await c.query("DELETE FROM map_projections WHERE map_id = $1", [mapId]);
    });
  }

  /**
   * Holds the start-up advisory lock in a transaction of its own while `fn` runs (its queries
   * use other connections); the lock goes with the transaction's end, also when the process dies.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.tx("exclusive", async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [STARTUP_LOCK]);
      return fn();
    });
  }
}
