/**
 * Bringing deleted cards back from a version on their own ("Restore this card", H8), without
 * rolling back anything else: the cards as the version holds them, the stage and lane they sat
 * in when those are gone too, and the links, comments and reviews of the version that belong to
 * them. One transaction with the given origin.
 */
import * as Y from "yjs";
import { cloneShared } from "./syncSharedTree";

/** What `restoreCardsFrom` did with each requested card. */
export interface CardRestoreResult {
  /** Cards now back in the live document. */
  readonly restored: readonly string[];
  /** Cards the live document still holds (left as they are). */
  readonly present: readonly string[];
  /** Cards the version does not hold. */
  readonly missing: readonly string[];
}

function map(doc: Y.Doc, name: string): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(name);
  } catch {
    return undefined;
  }
}

function field(entity: unknown, key: string): unknown {
  return entity instanceof Y.Map ? entity.get(key) : undefined;
}

/** Copies `id` of collection `name` from `version` into `live` when `live` lacks it; returns whether it did. */
function copyMissing(live: Y.Doc, version: Y.Doc, name: string, id: unknown): boolean {
  if (typeof id !== "string") return false;
  const to = map(live, name);
  const from = map(version, name);
  if (!to || !from || to.has(id) || !from.has(id)) return false;
  to.set(id, cloneShared(from.get(id)));
  return true;
}

/**
 * Restores the cards `cardIds` that `live` lacks from `version`. Links come back when both
 * their ends are in `live` afterwards; comments and reviews of restored cards come back too.
 * Key results' card lists are not changed.
 */
export function restoreCardsFrom(live: Y.Doc, version: Y.Doc, cardIds: readonly string[], origin: unknown): CardRestoreResult {
  const liveCards = map(live, "cards");
  const versionCards = map(version, "cards");
  const restored: string[] = [];
  const present: string[] = [];
  const missing: string[] = [];
  if (!liveCards || !versionCards) return { restored, present, missing: [...cardIds] };
  live.transact(() => {
    for (const id of new Set(cardIds)) {
      if (liveCards.has(id)) present.push(id);
      else if (!versionCards.has(id)) missing.push(id);
      else {
        const card = versionCards.get(id);
        copyMissing(live, version, "stages", field(card, "stageId"));
        copyMissing(live, version, "lanes", field(card, "laneId"));
        copyMissing(live, version, "cards", id);
        restored.push(id);
      }
    }
    if (restored.length === 0) return;
    const back = new Set(restored);
    for (const [id, link] of map(version, "links")?.entries() ?? []) {
      const from = field(link, "from");
      const to = field(link, "to");
      const touches = back.has(from as string) || back.has(to as string);
      if (touches && liveCards.has(from as string) && liveCards.has(to as string)) copyMissing(live, version, "links", id);
    }
    for (const name of ["comments", "reviews"]) {
      for (const [id, item] of map(version, name)?.entries() ?? []) {
        if (back.has(field(item, "cardId") as string)) copyMissing(live, version, name, id);
      }
    }
  }, origin);
  return { restored, present, missing };
}
