import type Database from "better-sqlite3";
import { StorageError, type MapRecord } from "../Storage";
import type { DocKind, StoredProjection, WorkspaceStore } from "../WorkspaceStore";

/**
 * The SQLite part of the workspace store (tables of schema version 3, sqliteSchema.ts): the
 * workspace document itself is a row of `maps` like any document.
 */
export class SqliteWorkspaceStore implements WorkspaceStore {
  private readonly stmts;
  private readonly createTx;
  private readonly createMapTx;
  private readonly deleteTx;

  constructor(private readonly db: Database.Database) {
    this.stmts = {
      insertDoc: db.prepare(
        "INSERT INTO maps (id, owner_hash, editor_hash, viewer_hash, created_at, updated_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      insertWorkspace: db.prepare("INSERT INTO workspaces (id, created_at) VALUES (?, ?)"),
      mapExists: db.prepare<[string], { n: number }>("SELECT 1 AS n FROM maps WHERE id = ? AND id NOT IN (SELECT id FROM workspaces)"),
      isWorkspace: db.prepare<[string], { n: number }>("SELECT 1 AS n FROM workspaces WHERE id = ?"),
      membership: db.prepare<[string], { workspace_id: string | null }>(
        "SELECT wm.workspace_id FROM maps m LEFT JOIN workspace_maps wm ON wm.map_id = m.id WHERE m.id = ?",
      ),
      nextPosition: db.prepare<[string], { p: number }>("SELECT coalesce(max(position), -1) + 1 AS p FROM workspace_maps WHERE workspace_id = ?"),
      putMember: db.prepare("INSERT INTO workspace_maps (map_id, workspace_id, position) VALUES (?, ?, ?) ON CONFLICT (map_id) DO UPDATE SET workspace_id = excluded.workspace_id, position = excluded.position"),
      mapsOf: db.prepare<[string], { map_id: string }>(
        "SELECT wm.map_id FROM workspace_maps wm JOIN maps m ON m.id = wm.map_id WHERE wm.workspace_id = ? ORDER BY wm.position, wm.map_id",
      ),
      orphans: db.prepare<[], { id: string }>(
        "SELECT id FROM maps WHERE id NOT IN (SELECT id FROM workspaces) AND id NOT IN (SELECT map_id FROM workspace_maps) ORDER BY created_at, id",
      ),
      putProjection: db.prepare(
        "INSERT INTO map_projections (map_id, seq, data) VALUES (?, ?, ?) ON CONFLICT (map_id) DO UPDATE SET seq = excluded.seq, data = excluded.data WHERE excluded.seq >= map_projections.seq",
      ),
      projectionsOf: db.prepare<[string], { map_id: string; seq: number; data: string }>(
        "SELECT p.map_id, p.seq, p.data FROM workspace_maps wm JOIN map_projections p ON p.map_id = wm.map_id JOIN maps m ON m.id = wm.map_id WHERE wm.workspace_id = ? ORDER BY wm.position, wm.map_id",
      ),
      deleteDoc: db.prepare("DELETE FROM maps WHERE id = ?"),
      deleteLog: db.prepare("DELETE FROM map_updates WHERE map_id = ?"),
      deleteWorkspace: db.prepare("DELETE FROM workspaces WHERE id = ?"),
      deleteMember: db.prepare("DELETE FROM workspace_maps WHERE map_id = ?"),
      deleteProjection: db.prepare("DELETE FROM map_projections WHERE map_id = ?"),
      allMembers: db.prepare<[string], { map_id: string }>("SELECT map_id FROM workspace_maps WHERE workspace_id = ?"),
    };
    const insertDoc = (record: MapRecord, snapshot: Uint8Array): void => {
      const k = record.keyHashes;
      this.stmts.insertDoc.run(record.id, k.owner, k.editor, k.viewer, record.createdAt, record.updatedAt, snapshot);
    };
    this.createTx = db.transaction((record: MapRecord, snapshot: Uint8Array, mapIds: readonly string[]) => {
      insertDoc(record, snapshot);
      this.stmts.insertWorkspace.run(record.id, record.createdAt);
      mapIds.forEach((mapId, i) => {
        if (!this.stmts.mapExists.get(mapId)) throw new StorageError(`no map ${mapId}`);
        this.stmts.putMember.run(mapId, record.id, i);
      });
    });
    this.createMapTx = db.transaction((workspaceId: string, record: MapRecord, snapshot: Uint8Array) => {
      if (!this.stmts.isWorkspace.get(workspaceId)) throw new StorageError(`no workspace ${workspaceId}`);
      insertDoc(record, snapshot);
      this.stmts.putMember.run(record.id, workspaceId, this.stmts.nextPosition.get(workspaceId)?.p ?? 0);
    });
    this.deleteTx = db.transaction((id: string): string[] | null => {
      if (!this.stmts.isWorkspace.get(id)) return null;
      const maps = this.stmts.allMembers.all(id).map((r) => r.map_id);
      for (const mapId of [...maps, id]) {
        this.stmts.deleteLog.run(mapId);
        this.stmts.deleteDoc.run(mapId);
        this.stmts.deleteMember.run(mapId);
        this.stmts.deleteProjection.run(mapId);
      }
      this.stmts.deleteWorkspace.run(id);
      return maps;
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

  async createWorkspace(record: MapRecord, snapshot: Uint8Array, mapIds: readonly string[] = []): Promise<void> {
    this.run("createWorkspace", () => this.createTx(record, snapshot, mapIds));
  }

  async createMapIn(workspaceId: string, record: MapRecord, snapshot: Uint8Array): Promise<void> {
    this.run("createMapIn", () => this.createMapTx(workspaceId, record, snapshot));
  }

  async moveMap(mapId: string, workspaceId: string): Promise<boolean> {
    return this.run("moveMap", () =>
      this.db.transaction(() => {
        if (!this.stmts.mapExists.get(mapId) || !this.stmts.isWorkspace.get(workspaceId)) return false;
        this.stmts.putMember.run(mapId, workspaceId, this.stmts.nextPosition.get(workspaceId)?.p ?? 0);
        return true;
      })(),
    );
  }

  async kindOf(id: string): Promise<DocKind> {
    return this.run("kindOf", () => {
      if (this.stmts.isWorkspace.get(id)) return { kind: "workspace" } as const;
      const row = this.stmts.membership.get(id);
      return row ? ({ kind: "map", workspaceId: row.workspace_id } as const) : ({ kind: "none" } as const);
    });
  }

  async mapsOf(workspaceId: string): Promise<string[]> {
    return this.run("mapsOf", () => this.stmts.mapsOf.all(workspaceId).map((r) => r.map_id));
  }

  async mapsWithoutWorkspace(): Promise<string[]> {
    return this.run("mapsWithoutWorkspace", () => this.stmts.orphans.all().map((r) => r.id));
  }

  async putProjection(p: StoredProjection): Promise<void> {
    this.run("putProjection", () => this.stmts.putProjection.run(p.mapId, p.seq, p.json));
  }

  async projectionsOf(workspaceId: string): Promise<StoredProjection[]> {
    return this.run("projectionsOf", () => this.stmts.projectionsOf.all(workspaceId).map((r) => ({ mapId: r.map_id, seq: r.seq, json: r.data })));
  }

  async deleteWorkspace(id: string): Promise<string[] | null> {
    return this.run("deleteWorkspace", () => this.deleteTx(id));
  }

  async forgetMap(mapId: string): Promise<void> {
    this.run("forgetMap", () => {
      this.stmts.deleteMember.run(mapId);
      this.stmts.deleteProjection.run(mapId);
    });
  }

  private exclusiveTail: Promise<unknown> = Promise.resolve();

  /** Only this process opens the store: `fn` runs after every earlier `exclusive` of this process. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusiveTail.then(fn, fn);
    this.exclusiveTail = run.catch(() => undefined);
    return run;
  }
}
