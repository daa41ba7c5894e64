/**
 * Fractional index keys (the `fractional-indexing` package's default alphabet: base-62 digits
 * behind a base-52 head, e.g. `a0`, `a1`, `a0V`). Every ordered entity of a live map carries
 * one in its `order` field; a list is its entities sorted by `(order, id)` (LAYOUT.md), so
 * concurrent inserts and moves never lose or duplicate an item.
 */
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** Something that sits in an ordered list of the document. */
export interface Ordered {
  readonly order: string;
  readonly id: string;
}

const KEY_CHARS = /^[A-Za-z][0-9A-Za-z]*$/;
const SMALLEST_INTEGER = `A${"0".repeat(26)}`;

/**
 * `true` when `key` is a key `generateKeyBetween` accepts as a bound. Written out (instead of
 * calling the package and catching) because the reader checks every entity of a 20,000-card
 * map: the head letter fixes the length of the integer part (`a`..`z`: 2..27, `Z`..`A`: 2..27),
 * the fraction may not end in `0`, and the smallest integer cannot be a key.
 */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== "string" || key.length > 1024 || !KEY_CHARS.test(key)) return false;
  const head = key.charCodeAt(0);
  const intLength = head >= 97 ? head - 97 + 2 : 90 - head + 2;
  if (key.length < intLength) return false;
  if (key.length > intLength && key.charCodeAt(key.length - 1) === 48) return false;
  return key !== SMALLEST_INTEGER;
}

/** Sort order of a list: by `order`, then by `id`, both compared by UTF-16 code units. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * `n` increasing keys for a fresh list, as `journeyToDoc` writes them, so that the file's array
 * order is the `(order, id)` order.
 */
export function initialKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}

/**
 * The key that puts a new or moved item at position `index` of `sorted` (the keys of the
 * target list in `(order, id)` order, the moved item itself left out). `index` is clamped to
 * `0..sorted.length`; `undefined` or `NaN` means the end.
 *
 * Two concurrent inserts at one spot can leave equal keys behind. Nothing sorts strictly between
 * equal keys, so an insert between them lands after the last of them: the position is off by
 * the tie, no item is lost or duplicated.
 */
export function keyAtIndex(sorted: readonly string[], index: number | undefined): string {
  const n = sorted.length;
  let i = index === undefined || Number.isNaN(index) ? n : Math.trunc(index);
  if (i < 0) i = 0;
  if (i > n) i = n;
  const lower = i > 0 ? (sorted[i - 1] as string) : null;
  let j = i;
  while (lower !== null && j < n && (sorted[j] as string) <= lower) j++;
  const upper = j < n ? (sorted[j] as string) : null;
  return generateKeyBetween(lower, upper);
}
