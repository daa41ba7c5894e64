import { MemoryWorkspaceStore } from "./memory/workspaces";
import { MemoryFeedKeyStore } from "./memory/feedKeys";
import { MemoryMetricPointStore } from "./memory/metricPoints";
import { MemoryHistory } from "./memory/MemoryHistory";
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

interface Entry {
  record: MapRecord;
  snapshot: Uint8Array | null;
  log: { seq: number; update: Uint8Array }[];
  nextSeq: number;
  /** The last sequence number the snapshot holds. */
  snapshotSeq: number;
}

/**
 * A store that lives in this process only: for unit tests and benchmarks. Copies every byte
 * array it is given or gives out, so callers cannot change stored data by accident.
 * `failWrites` makes every later write reject, to test the storage-failure path.
 */
export class MemoryStorage implements Storage {
  /** Commits finish in their own task: one lane (S58). */
  readonly commitLanes = 1;
  private readonly maps = new Map<string, Entry>();
  private readonly history = new MemoryHistory();
  private closed = false;
  failWrites = false;
  /** Workspaces, their maps and the maps' projections (WA1). */
  readonly workspaces: MemoryWorkspaceStore = new MemoryWorkspaceStore({
    has: (id) => this.maps.has(id),
    create: (record, snapshot) => {
      if (this.maps.has(record.id)) throw new StorageError(`map ${record.id} exists`);
      this.maps.set(record.id, { record: { ...record }, snapshot: snapshot.slice(), log: [], nextSeq: 1, snapshotSeq: 0 });
    },
    remove: (id) => this.maps.delete(id),
    check: () => this.writable(),
  });

  readonly feedKeys = new MemoryFeedKeyStore(() => this.writable());
  readonly metricPoints = new MemoryMetricPointStore(() => this.writable());

  constructor() {
    this.workspaces.allDocs = () => [...this.maps.keys()];
  }

  private open(): void {
    if (this.closed) throw new StorageError("the store is closed");
  }

  private writable(): void {
    this.open();
    if (this.failWrites) throw new StorageError("writes fail (failWrites is set)");
  }

  async createMap(record: MapRecord, snapshot: Uint8Array): Promise<void> {
    this.writable();
    if (this.maps.has(record.id)) throw new StorageError(`map ${record.id} exists`);
    this.maps.set(record.id, { record: { ...record }, snapshot: snapshot.slice(), log: [], nextSeq: 1, snapshotSeq: 0 });
  }

  async getMap(id: string): Promise<MapRecord | null> {
    this.open();
    const e = this.maps.get(id);
    return e ? { ...e.record } : null;
  }

  async loadDoc(id: string): Promise<StoredDoc | null> {
    this.open();
    const e = this.maps.get(id);
    if (!e) return null;
    return {
      snapshot: e.snapshot ? e.snapshot.slice() : null,
      updates: e.log.map((l) => l.update.slice()),
      lastSeq: e.nextSeq - 1,
      logBytes: e.log.reduce((n, l) => n + l.update.byteLength, 0),
    };
  }

  async loadUpdatesAfter(id: string, afterSeq: number): Promise<StoredSince | null> {
    this.open();
    const e = this.maps.get(id);
    if (!e) return null;
    return {
      snapshot: e.snapshotSeq > afterSeq && e.snapshot ? e.snapshot.slice() : null,
      updates: e.log.filter((l) => l.seq > afterSeq).map((l) => l.update.slice()),
      lastSeq: e.nextSeq - 1,
    };
  }

  async lastSeqs(ids: readonly string[]): Promise<Map<string, number>> {
    this.open();
    const out = new Map<string, number>();
    for (const id of ids) {
      const e = this.maps.get(id);
      if (e) out.set(id, e.nextSeq - 1);
    }
    return out;
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[], at: string): Promise<AppendResult> {
    const [result] = await this.appendMany([{ id, updates, at }]);
    return result as AppendResult;
  }

  async appendMany(batch: readonly AppendBatchEntry[]): Promise<AppendResult[]> {
    this.writable();
    // Every map is checked before anything changes: all or nothing.
    const missing = batch.find((b) => !this.maps.has(b.id));
    if (missing) throw new StorageError(`no map ${missing.id}`);
    return batch.map(({ id, updates, at }) => {
      const e = this.maps.get(id) as Entry;
      for (const u of updates) e.log.push({ seq: e.nextSeq++, update: u.slice() });
      e.record = { ...e.record, updatedAt: at };
      return {
        lastSeq: e.nextSeq - 1,
        logCount: e.log.length,
        logBytes: e.log.reduce((n, l) => n + l.update.byteLength, 0),
      };
    });
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.writable();
    const e = this.maps.get(id);
    if (!e) throw new StorageError(`no map ${id}`);
    if (e.snapshotSeq >= uptoSeq) return; // compacted as far already (S20)
    e.snapshot = snapshot.slice();
    e.snapshotSeq = uptoSeq;
    e.log = e.log.filter((l) => l.seq > uptoSeq);
  }

  async replaceKeys(id: string, keyHashes: KeyHashes): Promise<boolean> {
    this.writable();
    const e = this.maps.get(id);
    if (!e) return false;
    e.record = { ...e.record, keyHashes: { ...keyHashes } };
    return true;
  }

  async deleteMap(id: string): Promise<boolean> {
    this.writable();
    this.history.deleteAllOf(id);
    return this.maps.delete(id);
  }

  async probeWrite(): Promise<void> {
    this.open();
  }

  async mapIds(): Promise<string[]> {
    this.open();
    return [...this.maps.keys()].sort();
  }

  async countMaps(): Promise<number> {
    this.open();
    return this.maps.size;
  }

  async saveVersion(record: VersionRecord, state: Uint8Array): Promise<void> {
    this.writable();
    this.history.saveVersion(record, state);
  }

  async listVersions(docId: string): Promise<VersionRecord[]> {
    this.open();
    return this.history.listVersions(docId);
  }

  async loadVersion(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array } | null> {
    this.open();
    return this.history.loadVersion(docId, versionId);
  }

  async deleteVersions(docId: string, versionIds: readonly string[]): Promise<number> {
    this.writable();
    return this.history.deleteVersions(docId, versionIds);
  }

  async appendActivity(entry: ActivityEntry, keep: number): Promise<void> {
    this.writable();
    this.history.appendActivity(entry, keep);
  }

  async listActivity(docId: string, limit: number): Promise<ActivityEntry[]> {
    this.open();
    return this.history.listActivity(docId, limit);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
