/**
 * The names of a live map's shared types (LAYOUT.md), and the one safe way to reach them.
 */
import * as Y from "yjs";

/** The entity collections: each a `Y.Map<id, Y.Map>`, in the order of the journey file. */
export const COLLECTIONS = ["stages", "lanes", "cards", "links", "teams", "people", "okrs", "reviews", "comments"] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Lists the format makes optional: written when non-empty or named in `meta.lists`. */
export const OPTIONAL_LISTS = ["links", "teams", "people", "okrs", "reviews", "comments"] as const;
export type OptionalList = (typeof OPTIONAL_LISTS)[number];

/** Top-level map of the journey's own fields (`title`, `description`, `persona`, `lists`). */
export const META = "meta";
/** Top-level map of the rotation's fields; empty means no rotation. */
export const ROTATION = "rotation";
/** Top-level map of the live workshop (voting, timer); not part of the journey file. */
export const WORKSHOP = "workshop";

/**
 * Top-level map of creation days (LAYOUT.md L12): card id -> `YYYY-MM-DD` the card was added in
 * the app, and {@link MAP_CREATED} -> the day the map was created or imported. Not part of the
 * journey file; read by `readCreatedDays` for the review rules (SPEC.md D14).
 */
export const CREATED = "created";
/** The key of the map's own creation day in {@link CREATED} (never a valid id). */
export const MAP_CREATED = "*";

/** Field of every ordered entity map: its fractional index key. */
export const ORDER = "order";
/** Field of an objective's map: the nested `Y.Map<id, Y.Map>` of its key results. */
export const KEY_RESULTS = "keyResults";
/** Field of `meta`: the optional lists the imported file had, so `links: []` survives a round trip. */
export const META_LISTS = "lists";
/** Field of `meta`: the persona, a nested `Y.Map`. */
export const META_PERSONA = "persona";

/**
 * The top-level `Y.Map` called `name`, or `undefined` when the document already holds a
 * different shared type under that name (a foreign client's doing; Yjs would throw).
 */
export function rootMap(doc: Y.Doc, name: string): Y.Map<unknown> | undefined {
  try {
    return doc.getMap<unknown>(name);
  } catch {
    return undefined;
  }
}

/** `value` as an entity map, or `undefined` when it is anything else. */
export function asYMap(value: unknown): Y.Map<unknown> | undefined {
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}
