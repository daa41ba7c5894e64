/**
 * Deleting cards with everything that hangs on them, in the caller's transaction, so one undo
 * brings all of it back: their links, reviews and comments, and their ids in key results.
 */
import type * as Y from "yjs";
import { KEY_RESULTS, asYMap, type CollectionName } from "../doc/layout";
import type { ApplyContext } from "./applyContext";
import { referencesTo } from "../workspace/references";

/**
 * The lists of a map that hang on a card, with the fields that name it: the references table's
 * `drop` rows into `map.cards` from the map itself (WS3): links by either end, reviews, comments.
 */
const DROPPED_WITH_A_CARD: ReadonlyMap<CollectionName, readonly string[]> = (() => {
  const out = new Map<CollectionName, string[]>();
  for (const r of referencesTo("map", "cards")) {
    if (r.from.doc !== "map" || r.onMissing !== "drop") continue;
    const list = r.from.list as CollectionName;
    out.set(list, [...(out.get(list) ?? []), r.from.field]);
  }
  return out;
})();

/** Deletes the entities of `name` where one of the fields `keys` names one of `ids`; returns their ids. */
export function deleteWhere(ctx: ApplyContext, name: CollectionName, keys: readonly string[], ids: ReadonlySet<string>): string[] {
  const map = ctx.collection(name);
  if (!map) return [];
  const doomed: string[] = [];
  map.forEach((raw, id) => {
    const entity = asYMap(raw);
    if (entity && keys.some((key) => ids.has(entity.get(key) as string))) doomed.push(id);
  });
  for (const id of doomed) map.delete(id);
  return doomed;
}

/** Replaces each array field `key` of the maps in `maps` that holds one of `ids` by the array without them. */
function removeFromLists(maps: Iterable<Y.Map<unknown>>, key: string, ids: ReadonlySet<string>): void {
  for (const map of maps) {
    const list = map.get(key);
    if (!Array.isArray(list) || !list.some((v) => ids.has(v as string))) continue;
    map.set(key, list.filter((v) => !ids.has(v as string)));
  }
}

/** Every key result map of every objective. */
function keyResultMaps(ctx: ApplyContext): Y.Map<unknown>[] {
  const out: Y.Map<unknown>[] = [];
  ctx.collection("okrs")?.forEach((raw) => {
    asYMap(asYMap(raw)?.get(KEY_RESULTS))?.forEach((kr) => {
      const map = asYMap(kr);
      if (map) out.push(map);
    });
  });
  return out;
}

/** Deletes the cards `ids` and everything that refers to them. */
export function deleteCards(ctx: ApplyContext, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const cards = ctx.collection("cards");
  for (const id of ids) {
    cards?.delete(id);
    ctx.cells().place(id, undefined);
  }
  for (const [list, fields] of DROPPED_WITH_A_CARD) deleteWhere(ctx, list, fields, ids);
  removeFromLists(keyResultMaps(ctx), "cardIds", ids);
}

/** The ids of the cards whose field `key` is `value` (`stageId`, `laneId`). */
export function cardsWhere(ctx: ApplyContext, key: string, value: string): Set<string> {
  const ids = new Set<string>();
  ctx.collection("cards")?.forEach((raw, id) => {
    if (asYMap(raw)?.get(key) === value) ids.add(id);
  });
  return ids;
}
