import { createHash, randomBytes } from "node:crypto";

/** Answers kept (a workspace's overview on one day, its backlog, one of its pages...); the least recently made go first. A 200 x 200 workspace's whole backlog is ~3 MB of JSON plus its rows, so this bounds the cache to a few hundred MB at worst. */
const MAX_ENTRIES = 64;
/** Tags of an earlier process never match this one's (the projection serials restart at 1). */
const BOOT = randomBytes(8).toString("hex");

/** One cached view answer: the computed value and its entity tag. */
export interface CachedView<T> {
  readonly value: T;
  /** A weak entity tag (`W/"..."`) that changes whenever the inputs do (WA17). */
  readonly etag: string;
}

/**
 * The cross-journey views' answers by version (WA17): a view is computed once per `stamp` (the
 * projections it reads and the directory), so a page that reloads, or refetches after a notice
 * that changed nothing it shows, costs neither the computation nor, with `If-None-Match`, the
 * bytes. Kept in memory per process; bounded.
 */
export class ViewCache {
  private readonly entries = new Map<string, { stamp: string; view: CachedView<unknown> }>();

  /** The view `key` for inputs `stamp`: the cached one while the stamp is the same, else `compute()`. */
  get<T>(key: string, stamp: string, compute: () => T): CachedView<T> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.view as CachedView<T>;
    const etag = `W/"${createHash("sha1").update(BOOT).update("\0").update(key).update("\0").update(stamp).digest("base64url")}"`;
    const view: CachedView<T> = { value: compute(), etag };
    this.entries.delete(key);
    this.entries.set(key, { stamp, view });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return view;
  }
}
