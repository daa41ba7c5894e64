/**
 * The retention rule of versions (api.md "History", H3): every named version is kept; of the
 * `auto` ones, the newest of each hour for two days, then the newest of each day for 90 days;
 * older ones go. `beforeRestore` and `beforeReplace` versions (the state a restore or a PUT
 * replaced) are each kept for 90 days, never folded into an hour or a day, so what a restore
 * overwrote can always be restored. The newest version of a document is always kept.
 */

/** The kinds of version (api.md). Only `named` is made by a person. */
export const VERSION_KINDS = ["auto", "named", "beforeRestore", "beforeReplace"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** What retention needs to know of a version. */
export interface VersionStamp {
  readonly id: string;
  /** ISO time the version was saved. */
  readonly at: string;
  readonly kind: VersionKind;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Automatic versions younger than this keep one per hour. */
export const HOURLY_FOR_MS = 2 * DAY;
/** Automatic versions younger than this (and older than two days) keep one per day. */
export const DAILY_FOR_MS = 90 * DAY;

/**
 * The ids of the versions retention removes at `now` (ms since the epoch, an argument: shared
 * code has no clock). Buckets are UTC hours and UTC days; within a bucket the newest version
 * (latest `at`, then latest in the list) stays. Never names a `named` version.
 */
export function versionsToPrune(versions: readonly VersionStamp[], now: number): string[] {
  const times = versions.map((v) => Date.parse(v.at));
  let newest = -1;
  times.forEach((t, i) => {
    if (newest < 0 || t >= (times[newest] as number)) newest = i;
  });
  const keepInBucket = new Map<string, number>();
  const drop: number[] = [];
  versions.forEach((v, i) => {
    if (v.kind === "named" || i === newest) return;
    const t = times[i] as number;
    const age = now - t;
    if (age >= DAILY_FOR_MS) {
      drop.push(i);
      return;
    }
    if (v.kind !== "auto" || !Number.isFinite(t)) return;
    const bucket = age < HOURLY_FOR_MS ? `h${Math.floor(t / HOUR)}` : `d${Math.floor(t / DAY)}`;
    const held = keepInBucket.get(bucket);
    if (held === undefined) keepInBucket.set(bucket, i);
    else if (t >= (times[held] as number)) {
      drop.push(held);
      keepInBucket.set(bucket, i);
    } else drop.push(i);
  });
  return drop.map((i) => (versions[i] as VersionStamp).id);
}
