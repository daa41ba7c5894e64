import { StorageError, type ActivityEntry, type VersionRecord } from "../Storage";

interface Stored {
  record: VersionRecord;
  state: Uint8Array;
  n: number;
}

/**
 * Versions and the activity log for `MemoryStorage` (the methods mirror `HistoryStorage`,
 * synchronously). Copies every byte array and record it is given or gives out.
 */
export class MemoryHistory {
  private readonly versions = new Map<string, Stored[]>();
  private readonly activity = new Map<string, ActivityEntry[]>();
  private n = 0;

  saveVersion(record: VersionRecord, state: Uint8Array): void {
    for (const list of this.versions.values()) {
      if (list.some((v) => v.record.id === record.id)) throw new StorageError(`version ${record.id} exists`);
    }
    const list = this.versions.get(record.docId) ?? [];
    list.push({ record: structuredClone(record), state: state.slice(), n: this.n++ });
    this.versions.set(record.docId, list);
  }

  listVersions(docId: string): VersionRecord[] {
    const list = [...(this.versions.get(docId) ?? [])];
    list.sort((a, b) => (a.record.at === b.record.at ? b.n - a.n : a.record.at < b.record.at ? 1 : -1));
    return list.map((v) => structuredClone(v.record));
  }

  loadVersion(docId: string, versionId: string): { record: VersionRecord; state: Uint8Array } | null {
    const v = this.versions.get(docId)?.find((x) => x.record.id === versionId);
    return v ? { record: structuredClone(v.record), state: v.state.slice() } : null;
  }

  deleteVersions(docId: string, versionIds: readonly string[]): number {
    const list = this.versions.get(docId) ?? [];
    const ids = new Set(versionIds);
    const kept = list.filter((v) => !ids.has(v.record.id));
    this.versions.set(docId, kept);
    return list.length - kept.length;
  }

  appendActivity(entry: ActivityEntry, keep: number): void {
    const list = [...(this.activity.get(entry.docId) ?? []), structuredClone(entry)];
    this.activity.set(entry.docId, list.slice(Math.max(0, list.length - keep)));
  }

  listActivity(docId: string, limit: number): ActivityEntry[] {
    return (this.activity.get(docId) ?? [])
      .slice()
      .reverse()
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  /** Forgets every version and activity entry of the document. */
  deleteAllOf(docId: string): void {
    this.versions.delete(docId);
    this.activity.delete(docId);
  }
}
