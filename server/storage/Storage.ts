/**
 * The storage adapter: everything the server keeps about maps. Every backend (SQLite by
 * default, memory for tests) implements this interface and passes the one contract suite in
 * `test/integration/storageContract.test.ts`.
 *
 * A map's document is kept as an optional snapshot (a whole Yjs update) plus an append-only
 * log of updates after it. Loading merges both; `compact` replaces a prefix of the log with a
 * new snapshot in one transaction, so a crash at any moment leaves either the old or the new
 * state, never a mix.
 *
 * Methods are async so a networked backend fits; the SQLite adapter resolves at once. A method
 * that fails rejects with `StorageError`; the room then closes its sockets (CLOSE.storageFailed).
 *
 * Sequence numbers (S19): a map's log numbers its updates 1, 2, 3... with no gaps and no reuse,
 * across compaction and across every process that appends to the same store; `lastSeq` is the
 * last number ever given (it survives compaction). So a reader that holds the updates up to N
 * knows exactly what it lacks: `loadUpdatesAfter(id, N)`.
 *
 * Concurrency (S20). Any method may be called while others are in flight, from this process or
 * (with a shared database such as PostgreSQL) from several processes at once:
 * - appends to one map are serialized by the store: each gets the next numbers, none is lost,
 *   and every transaction is all or nothing;
 * - `compact` may race appends and other compactions of the same map: it deletes only rows up to
 *   `uptoSeq` (which the caller's snapshot holds), never rows appended meanwhile, and it is a
 *   no-op when the stored snapshot already covers `uptoSeq` or more (another process compacted
 *   further), so an older snapshot never replaces a newer one;
 * - `loadDoc` and `loadUpdatesAfter` see a committed state (never half a transaction);
 * - `replaceKeys` and `deleteMap` may race appends: an append to a deleted map rejects.
 * One process's `CommitBatcher` keeps up to `commitLanes` `appendMany` calls in flight, never two
 * holding the same map (S58).
 */
import type { ChangeSummary } from "../../shared/history/summarizeChange";
import type { VersionKind } from "../../shared/history/versionsToPrune";
import type { Author } from "../sync/commitHook";

import type { WorkspaceStore } from "./WorkspaceStore";
import type { FeedKeyStore } from "./FeedKeyStore";
import type { MetricPointStore } from "./MetricPointStore";

/** The SHA-256 hashes (hex) of a map's three keys; the keys themselves are never stored. */
export interface KeyHashes {
  readonly owner: string;
  readonly editor: string;
  readonly viewer: string;
}

/** What the store knows about one map besides its document. */
export interface MapRecord {
  readonly id: string;
  readonly keyHashes: KeyHashes;
  /** ISO time of creation. */
  readonly createdAt: string;
  /** ISO time of the last stored change of the document. */
  readonly updatedAt: string;
}

/** A map's stored document: the snapshot (if any) and the updates logged after it, in order. */
export interface StoredDoc {
  readonly snapshot: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** The map's last sequence number (0 before its first append; kept across compaction); `compact` takes it. */
  readonly lastSeq: number;
  /** Total bytes of the logged updates after the snapshot. */
  readonly logBytes: number;
}

/** What the log holds after `afterSeq` (`loadUpdatesAfter`). */
export interface StoredSince {
  /**
   * The snapshot, when a compaction already deleted some of the updates after `afterSeq` (then
   * it holds them); `null` otherwise.
   */
  readonly snapshot: Uint8Array | null;
  /** The logged updates numbered above `afterSeq` (after the snapshot's, when one is given), in order. */
  readonly updates: readonly Uint8Array[];
  readonly lastSeq: number;
}

/** The result of appending updates: where the log now stands. */
export interface AppendResult {
  /** The number of the last update appended; the entry's updates are `lastSeq - n + 1 .. lastSeq`. */
  readonly lastSeq: number;
  /** How many updates the log holds after the snapshot. */
  readonly logCount: number;
  readonly logBytes: number;
}

/** One map's part of a shared append (`appendMany`). */
export interface AppendBatchEntry {
  readonly id: string;
  readonly updates: readonly Uint8Array[];
  /** ISO time that becomes the map's `updatedAt`. */
  readonly at: string;
}

/**
 * One saved version of a document (a map or a workspace, by document id): its metadata. The
 * state itself (a whole Yjs update) is read with `loadVersion`.
 */
export interface VersionRecord {
  readonly id: string;
  readonly docId: string;
  /** ISO time it was saved. */
  readonly at: string;
  readonly kind: VersionKind;
  /** A named version's label. */
  readonly label?: string;
  /** Who made it: the person naming or restoring, or the last writer of the burst it closes. */
  readonly by?: Author;
  /** Everyone who wrote since the previous version, first-seen order. */
  readonly authors?: readonly Author[];
  /** What changed since the previous version. */
  readonly summary: ChangeSummary;
  /** Size of the stored state in bytes. */
  readonly bytes: number;
}

/** One entry of a document's activity log: who changed what during one quiet-ended burst. */
export interface ActivityEntry {
  readonly docId: string;
  /** ISO time of the burst's first and last committed change. */
  readonly from: string;
  readonly at: string;
  readonly authors: readonly Author[];
  readonly summary: ChangeSummary;
}

/**
 * Versions and the activity log (History, H1-H4), keyed by document id so maps and workspaces
 * share them. Deleting a map deletes its versions and activity.
 */
export interface HistoryStorage {
  /** Stores a version and its whole state in one transaction. Rejects if the id exists. */
  saveVersion(record: VersionRecord, state: Uint8Array): Promise<void>;
  /** The document's versions without their states, newest first (by `at`, then by save order). */
  listVersions(docId: string): Promise<VersionRecord[]>;
  /** One version with its state, or `null` when the document has no such version. */
  loadVersion(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array } | null>;
  /** Deletes these versions of the document in one transaction; returns how many went. */
  deleteVersions(docId: string, versionIds: readonly string[]): Promise<number>;
  /** Appends an activity entry and keeps only the document's newest `keep` entries. */
  appendActivity(entry: ActivityEntry, keep: number): Promise<void>;
  /** The document's newest `limit` activity entries, newest first. */
  listActivity(docId: string, limit: number): Promise<ActivityEntry[]>;
}

export interface Storage extends HistoryStorage {
  /**
   * How many `appendMany` transactions this store serves at once to one process (S58): 1 where a
   * commit finishes in its own task (SQLite, memory), more where it waits on a network (PostgreSQL).
   */
  readonly commitLanes: number;
  /** Stores a new map with its first document state. Rejects if the id exists. */
  createMap(record: MapRecord, snapshot: Uint8Array): Promise<void>;
  /** The map's record, or `null` when there is no such map. */
  getMap(id: string): Promise<MapRecord | null>;
  /** The map's document, or `null` when there is no such map. */
  loadDoc(id: string): Promise<StoredDoc | null>;
  /**
   * Everything after `afterSeq`: the updates numbered above it, plus the snapshot when a
   * compaction deleted some of them. `null` when there is no such map.
   */
  loadUpdatesAfter(id: string, afterSeq: number): Promise<StoredSince | null>;
  /** Each existing map's `lastSeq` among `ids` (the periodic check of several instances, S22). */
  lastSeqs(ids: readonly string[]): Promise<Map<string, number>>;
  /**
   * Appends updates to the map's log in ONE transaction and sets `updatedAt`. Rejects (and
   * stores none of them) when the map does not exist or the write fails.
   */
  appendUpdates(id: string, updates: readonly Uint8Array[], at: string): Promise<AppendResult>;
  /**
   * Appends the updates of several maps in ONE transaction (the server's one commit per tick,
   * S3), all or nothing: the results are in the order of `batch`; when any map does not exist
   * or the write fails it rejects and stores none of them, for no map. A map may appear more
   * than once; its entries are appended in order.
   */
  appendMany(batch: readonly AppendBatchEntry[]): Promise<AppendResult[]>;
  /**
   * In one transaction: makes `snapshot` the map's snapshot and deletes every logged update with
   * a sequence number up to `uptoSeq`. `snapshot` must contain them all. Does nothing when the
   * stored snapshot already covers `uptoSeq` or more (S41).
   */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  /** Replaces the key hashes; `false` when there is no such map. */
  replaceKeys(id: string, keyHashes: KeyHashes): Promise<boolean>;
  /** Deletes the map, its snapshot, its log, its versions and its activity; `false` when there was no such map. */
  deleteMap(id: string): Promise<boolean>;
  /** Every stored map's id, in id order (copying a store, `npm run migrate`). */
  mapIds(): Promise<string[]>;
  /** Number of stored maps (metrics). */
  countMaps(): Promise<number>;
  /**
   * Proves the store can write right now (a tiny real write; `/healthz`, S43). Rejects with
   * `StorageError` when it cannot (disk full, read-only, closed).
   */
  probeWrite(): Promise<void>;
  /** Workspaces: which documents are workspaces, their maps, the maps' projections (WorkspaceStore.ts). */
  readonly workspaces: WorkspaceStore;
  /** Feed keys: per workspace, keys that may only post metric points (FeedKeyStore.ts). */
  readonly feedKeys: FeedKeyStore;
  /** Metric points: the dated values of metric series, beside the workspace document (MetricPointStore.ts, WK5). */
  readonly metricPoints: MetricPointStore;
  /** Flushes and releases the store; later calls reject. */
  close(): Promise<void>;
}

/** A storage operation failed; `cause` holds the backend's error. */
export class StorageError extends Error {
  override readonly name = "StorageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
