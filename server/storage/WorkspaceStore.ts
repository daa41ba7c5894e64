/**
 * What the store keeps about workspaces (API-RULES.md WA1-WA3). A workspace's document is
 * stored exactly like a map's (the same record, snapshot and log, keyed by its id, so rooms,
 * commits, the after-commit hook and compaction apply unchanged); this part adds which
 * documents are workspaces, which maps belong to which workspace (in order), and each map's
 * projection (the summary the cross-journey views read instead of 200 documents).
 */
import type { MapRecord } from "./Storage";

/** A stored projection of one map: its JSON, and the log position it was computed at. */
export interface StoredProjection {
  readonly mapId: string;
  readonly seq: number;
  readonly json: string;
}

/** What a document id is: a workspace, a map (and the workspace it belongs to), or nothing. */
export type DocKind = { readonly kind: "workspace" } | { readonly kind: "map"; readonly workspaceId: string | null } | { readonly kind: "none" };

export interface WorkspaceStore {
  /**
   * In ONE transaction: stores the workspace document (`record`, `snapshot`, like `createMap`),
   * marks it a workspace, and moves the existing maps `mapIds` into it, in that order. Rejects
   * and stores nothing when the id exists or a map is missing.
   */
  createWorkspace(record: MapRecord, snapshot: Uint8Array, mapIds?: readonly string[]): Promise<void>;
  /** In ONE transaction: stores a new map and appends it to the workspace's maps. */
  createMapIn(workspaceId: string, record: MapRecord, snapshot: Uint8Array): Promise<void>;
  /** Moves an existing map to the end of workspace `workspaceId` (from any other); `false` when either is missing. */
  moveMap(mapId: string, workspaceId: string): Promise<boolean>;
  /** What `id` is. */
  kindOf(id: string): Promise<DocKind>;
  /** The ids of the workspace's maps, in workspace order (only maps that exist). */
  mapsOf(workspaceId: string): Promise<string[]>;
  /** Maps that belong to no workspace (the migration's to-do list, WA5). */
  mapsWithoutWorkspace(): Promise<string[]>;
  /** Stores a map's projection unless a newer one (higher `seq`) is stored. */
  putProjection(projection: StoredProjection): Promise<void>;
  /** The stored projections of the workspace's maps, in workspace order (maps without one are absent). */
  projectionsOf(workspaceId: string): Promise<StoredProjection[]>;
  /**
   * Deletes the workspace document, its maps (documents, logs, records) and their projections
   * in ONE transaction; returns the ids of the deleted maps, or `null` when there was no such workspace.
   */
  deleteWorkspace(id: string): Promise<string[] | null>;
  /** Forgets a deleted map's membership and projection. */
  forgetMap(mapId: string): Promise<void>;
  /**
   * Runs `fn` while no other process sharing this store runs its own `exclusive` (issue 12,
   * WA16): the start-up move of maps into workspaces reads its to-do list and moves inside it,
   * so instances starting together on one database neither fail nor duplicate. PostgreSQL holds
   * a transaction-level advisory lock for the duration; a store only one process opens runs `fn`.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}
