import { StorageError, type AppendBatchEntry, type AppendResult } from "../Storage";

/** One map's part of a shared append, all its entries combined: updates in order, the last entry's time. */
export interface CombinedAppend {
  readonly id: string;
  readonly updates: readonly Uint8Array[];
  /** Total byte size of `updates`. */
  readonly bytes: number;
  readonly at: string;
}

const sizeOf = (updates: readonly Uint8Array[]): number => updates.reduce((n, u) => n + u.byteLength, 0);

/**
 * The batch with one entry per map, in first-seen order (`Storage.appendMany` allows a map more
 * than once; its entries are appended in order and the last one's time becomes `updatedAt`).
 */
export function combineByMap(batch: readonly AppendBatchEntry[]): CombinedAppend[] {
  const byId = new Map<string, { id: string; updates: Uint8Array[]; at: string }>();
  for (const e of batch) {
    const seen = byId.get(e.id);
    if (seen) {
      seen.updates.push(...e.updates);
      seen.at = e.at;
    } else byId.set(e.id, { id: e.id, updates: [...e.updates], at: e.at });
  }
  return [...byId.values()].map((m) => ({ ...m, bytes: sizeOf(m.updates) }));
}

/**
 * Each entry's log position from each map's position after the whole batch: a map's last entry
 * ends where the map ends; an earlier one ends where the entries after it began.
 */
export function splitByEntry(batch: readonly AppendBatchEntry[], after: ReadonlyMap<string, AppendResult>): AppendResult[] {
  const next = new Map(after);
  const out: AppendResult[] = new Array<AppendResult>(batch.length);
  for (let i = batch.length - 1; i >= 0; i--) {
    const e = batch[i] as AppendBatchEntry;
    const end = next.get(e.id);
    if (!end) throw new StorageError(`no log position for map ${e.id}`);
    out[i] = end;
    const n = e.updates.length;
    next.set(e.id, { lastSeq: end.lastSeq - n, logCount: end.logCount - n, logBytes: end.logBytes - sizeOf(e.updates) });
  }
  return out;
}
