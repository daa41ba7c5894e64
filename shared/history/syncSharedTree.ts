/**
 * Making a part of a live document equal to the same part of another document (a version) with
 * the fewest writes: only keys whose values differ are set or deleted, nested `Y.Map`s are
 * synced in place, so the resulting Yjs update is no bigger than the difference (History, H5).
 */
import * as Y from "yjs";

/** A deep copy of a value held in a document (plain JSON or a shared type), not yet integrated. */
export function cloneShared(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const out = new Y.Map<unknown>();
    for (const [k, v] of value.entries()) out.set(k, cloneShared(v));
    return out;
  }
  if (value instanceof Y.Array) {
    const out = new Y.Array<unknown>();
    out.push(value.toArray().map(cloneShared));
    return out;
  }
  if (value instanceof Y.Text) {
    const out = new Y.Text();
    out.applyDelta(value.toDelta());
    return out;
  }
  return cloneJsonValue(value);
}

function cloneJsonValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Uint8Array) return value.slice();
  if (Array.isArray(value)) return value.map(cloneJsonValue);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = cloneJsonValue(v);
  return out;
}

/** Whether two document values hold the same content (shared types by their JSON, and the same kind). */
export function sameShared(a: unknown, b: unknown): boolean {
  const kind = (v: unknown): string => (v instanceof Y.Map ? "map" : v instanceof Y.Array ? "array" : v instanceof Y.Text ? "text" : "json");
  if (kind(a) !== kind(b)) return false;
  const json = (v: unknown): unknown => (v instanceof Y.AbstractType ? v.toJSON() : v);
  return stableJson(json(a)) === stableJson(json(b));
}

function stableJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "undefined";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

/**
 * Whether `live` and `target` hold, at `key`, the very same Yjs item (the same id) with plain
 * content: items never change, so then the values are equal without reading them. This makes a
 * restore's comparison of an unchanged 2,000-card map a walk over item ids, not a JSON encoding.
 */
function sameItem(live: Y.Map<unknown>, target: Y.Map<unknown>, key: string): boolean {
  const a = live._map.get(key);
  const b = target._map.get(key);
  if (!a || !b || a.deleted || b.deleted || a.content instanceof Y.ContentType) return false;
  return a.id.client === b.id.client && a.id.clock === b.id.clock;
}

/**
 * Makes `live` hold exactly what `target` holds: keys missing from `target` are deleted, keys
 * whose values differ are replaced, and a key holding a `Y.Map` on both sides is synced
 * recursively (so two people's concurrent edits of other fields of the same card survive).
 * Call inside a transaction on `live`'s document.
 */
export function syncMap(live: Y.Map<unknown>, target: Y.Map<unknown>): void {
  for (const key of [...live.keys()]) if (!target.has(key)) live.delete(key);
  for (const [key, want] of target.entries()) {
    if (sameItem(live, target, key)) continue;
    const have = live.get(key);
    if (have instanceof Y.Map && want instanceof Y.Map) syncMap(have as Y.Map<unknown>, want as Y.Map<unknown>);
    else if (!live.has(key) || !sameShared(have, want)) live.set(key, cloneShared(want));
  }
}

/** The top-level `Y.Map` `name` of `doc`, or `undefined` when another shared type holds that name. */
function topMap(doc: Y.Doc, name: string): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(name);
  } catch {
    return undefined;
  }
}

/**
 * Makes the top-level maps `roots` of `live` equal to those of `target` in ONE transaction with
 * `origin`. A root that is not a `Y.Map` on either side is left alone. Returns whether anything
 * was written.
 */
export function syncDocTo(live: Y.Doc, target: Y.Doc, roots: readonly string[], origin: unknown): boolean {
  let changed = false;
  const onUpdate = (): void => {
    changed = true;
  };
  live.on("update", onUpdate);
  try {
    live.transact(() => {
      for (const name of roots) {
        const have = topMap(live, name);
        const want = topMap(target, name);
        if (have && want) syncMap(have, want);
      }
    }, origin);
  } finally {
    live.off("update", onUpdate);
  }
  return changed;
}
