/**
 * Building the entity maps of the document (LAYOUT.md, "Entities"): one key per field holding
 * a plain JSON value, plus `order`.
 */
import * as Y from "yjs";
import type { Okr } from "../schema/okr";
import { KEY_RESULTS, ORDER } from "./layout";
import { initialKeys } from "./order";

/**
 * A deep copy of a JSON value, so the document never shares an array or object with the caller
 * (Yjs keeps the very object a local `set` was given; mutating it later would change this
 * replica's content without producing an update).
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => cloneJson(v)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = cloneJson(v);
  }
  return out as T;
}

/**
 * A new (not yet integrated) entity map with every defined field of `item` except those in
 * `omit` (the id, which is the key in the collection, and nested collections), plus `order`
 * when given.
 */
export function newEntityMap(item: object, order: string | undefined, omit: readonly string[] = ["id"]): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined || omit.includes(key)) continue;
    map.set(key, cloneJson(value));
  }
  if (order !== undefined) map.set(ORDER, order);
  return map;
}

/** A new objective map: its fields, `order`, and the nested map of its key results in list order. */
export function newOkrMap(okr: Okr, order: string): Y.Map<unknown> {
  const map = newEntityMap(okr, order, ["id", KEY_RESULTS]);
  const keyResults = new Y.Map<unknown>();
  const keys = initialKeys(okr.keyResults.length);
  okr.keyResults.forEach((kr, i) => keyResults.set(kr.id, newEntityMap(kr, keys[i])));
  map.set(KEY_RESULTS, keyResults);
  return map;
}
