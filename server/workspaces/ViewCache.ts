import { createHash, randomBytes } from "node:crypto";

/** Bytes of JSON the cache keeps at most (the objects behind them take about as much again, or twice). */
export const VIEW_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** Answers kept at most, however small. */
const MAX_ENTRIES = 256;
/** Tags of an earlier process never match this one's (the projection serials restart at 1). */
const BOOT = randomBytes(8).toString("hex");

/** One cached view answer: the computed value, its JSON and its entity tag. */
export interface CachedView<T> {
  readonly value: T;
  /** `value` as JSON, written once (the whole backlog of 200 journeys is 3 MB). */
  readonly text: string;
  /** A weak entity tag (`W/"..."`) that changes whenever the inputs do (WA17). */
  readonly etag: string;
}

/**
 * The cross-journey views' answers by version (WA17): a view is computed once per `stamp` (the
 * projections it reads and the directory), so a page that reloads, or refetches after a notice
 * that changed nothing it shows, costs neither the computation nor, with `If-None-Match`, the
 * bytes. Kept in memory per process, bounded by the bytes of the answers' JSON and by count;
 * the least recently made go first.
 */
export class ViewCache {
  private readonly entries = new Map<string, { stamp: string; view: CachedView<unknown> }>();
  private bytes = 0;

  constructor(private readonly maxBytes = VIEW_CACHE_MAX_BYTES) {}

  /** The view `key` for inputs `stamp`: the cached one while the stamp is the same, else `compute()`. */
  get<T>(key: string, stamp: string, compute: () => T): CachedView<T> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.view as CachedView<T>;
    const etag = `W/"${createHash("sha1").update(BOOT).update("\0").update(key).update("\0").update(stamp).digest("base64url")}"`;
    const value = compute();
    const view: CachedView<T> = { value, text: JSON.stringify(value), etag };
    this.drop(key);
    this.entries.set(key, { stamp, view });
    this.bytes += view.text.length;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes && this.entries.size <= MAX_ENTRIES) break;
      if (oldest === key) break; // the newest answer stays, however big: it is being sent
      this.drop(oldest);
    }
    return view;
  }

  /** Bytes of JSON held now. */
  get size(): number {
    return this.bytes;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.view.text.length;
    this.entries.delete(key);
  }
}
