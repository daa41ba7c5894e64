/**
 * Reading one entity map of the document into a journey item, defensively: whatever a buggy or
 * hostile client wrote, the answer is a valid item or a reason, never an exception.
 */
import type * as Y from "yjs";
import { ID_PATTERN, LIMITS } from "../schema/common";
import { CardSchema } from "../schema/card";
import { CommentSchema } from "../schema/comment";
import { LaneSchema } from "../schema/lane";
import { LinkSchema } from "../schema/link";
import { KeyResultSchema, OkrSchema } from "../schema/okr";
import { PersonSchema } from "../schema/person";
import { PersonaSchema } from "../schema/persona";
import { ReviewSchema } from "../schema/review";
import { RotationSchema } from "../schema/rotation";
import { StageSchema } from "../schema/stage";
import { TeamSchema } from "../schema/team";
import { utf8Bytes } from "../validation/walk";
import { INVALID, arrayBounds, fieldMessage, fieldSpecs, type FieldSpec } from "./fieldReader";
import { KEY_RESULTS, ORDER, asYMap, type CollectionName } from "./layout";
import { compareOrdered, isOrderKey } from "./order";

/** The fields of each collection's entities (the id is the key in the collection). */
export const ENTITY_FIELDS: Readonly<Record<CollectionName, readonly FieldSpec[]>> = {
  stages: fieldSpecs(StageSchema.shape, ["id"]),
  lanes: fieldSpecs(LaneSchema.shape, ["id"]),
  cards: fieldSpecs(CardSchema.shape, ["id"]),
  links: fieldSpecs(LinkSchema.shape, ["id"]),
  teams: fieldSpecs(TeamSchema.shape, ["id"]),
  people: fieldSpecs(PersonSchema.shape, ["id"]),
  okrs: fieldSpecs(OkrSchema.shape, ["id", KEY_RESULTS]),
  reviews: fieldSpecs(ReviewSchema.shape, ["id"]),
  comments: fieldSpecs(CommentSchema.shape, ["id"]),
};
/** The fields of a key result inside an objective's `keyResults` map. */
export const KEY_RESULT_FIELDS: readonly FieldSpec[] = fieldSpecs(KeyResultSchema.shape, ["id"]);
/** The fields of `meta.persona`. */
export const PERSONA_FIELDS: readonly FieldSpec[] = fieldSpecs(PersonaSchema.shape);
/** The fields of the `rotation` map. */
export const ROTATION_FIELDS: readonly FieldSpec[] = fieldSpecs(RotationSchema.shape);

/** Most key results one objective may hold, read from the schema's `.max`. */
export const MAX_KEY_RESULTS: number = arrayBounds(OkrSchema.shape.keyResults)?.max ?? 20;

/** A journey item as read from the document. */
export type Item = Record<string, unknown> & { id: string };

/** One entity read from its collection: the item with its order key, or why it was skipped. */
export type ParsedEntity =
  | {
      ok: true;
      id: string;
      order: string;
      value: Item;
      /** UTF-8 bytes of the item's JSON, for the file size limit. */
      bytes: number;
      /** Parts that were left out (key results of an objective), one sentence each. */
      notes: readonly string[];
    }
  | { ok: false; id: string; message: string };

const NO_NOTES: readonly string[] = [];

/**
 * Reads the fields `specs` of `map` into `out`; returns why they do not validate, or
 * `undefined`. Keys that no spec names (`order`, fields of a later format version) are ignored.
 */
export function readFields(specs: readonly FieldSpec[], map: Y.Map<unknown>, out: Record<string, unknown>): string | undefined {
  for (const spec of specs) {
    const raw = map.get(spec.key);
    if (raw === undefined) {
      if (spec.optional) continue;
      return fieldMessage(spec, raw);
    }
    const value = spec.read(raw);
    if (value === INVALID) return fieldMessage(spec, raw);
    out[spec.key] = value;
  }
  return undefined;
}

function readItem(specs: readonly FieldSpec[], id: string, raw: unknown): { order: string; value: Item } | string {
  if (!ID_PATTERN.test(id)) return "the key is not a valid id";
  const map = asYMap(raw);
  if (!map) return "is not a Y.Map";
  const order = map.get(ORDER);
  if (!isOrderKey(order)) return "order: missing or not a fractional index key";
  const value: Item = { id };
  const problem = readFields(specs, map, value);
  return problem ?? { order, value };
}

function readKeyResults(raw: unknown, notes: string[]): Item[] {
  const map = asYMap(raw);
  if (!map) {
    notes.push(`${KEY_RESULTS}: is not a Y.Map`);
    return [];
  }
  const kept: { order: string; id: string; value: Item }[] = [];
  map.forEach((entry, id) => {
    const read = readItem(KEY_RESULT_FIELDS, id, entry);
    if (typeof read === "string") notes.push(`${KEY_RESULTS}.${id}: ${read}; skipped`);
    else kept.push({ order: read.order, id, value: read.value });
  });
  kept.sort(compareOrdered);
  for (const cut of kept.slice(MAX_KEY_RESULTS)) {
    notes.push(`${KEY_RESULTS}.${cut.id}: beyond the limit of ${MAX_KEY_RESULTS} key results; skipped`);
  }
  return kept.slice(0, MAX_KEY_RESULTS).map((k) => k.value);
}

/**
 * Reads the entity `raw` stored under `id` in `collection`. Never throws; an objective's key
 * results are read too (invalid ones are left out and named in `notes`).
 */
export function parseEntity(collection: CollectionName, id: string, raw: unknown): ParsedEntity {
  try {
    const read = readItem(ENTITY_FIELDS[collection], id, raw);
    if (typeof read === "string") return { ok: false, id, message: read };
    let notes = NO_NOTES;
    if (collection === "okrs") {
      const okrNotes: string[] = [];
      const keyResults = readKeyResults((raw as Y.Map<unknown>).get(KEY_RESULTS), okrNotes);
      if (keyResults.length === 0) return { ok: false, id, message: `${KEY_RESULTS}: no valid key result` };
      read.value[KEY_RESULTS] = keyResults;
      notes = okrNotes;
    }
    return { ok: true, id, order: read.order, value: read.value, bytes: utf8Bytes(JSON.stringify(read.value)), notes };
  } catch (error) {
    // Only reachable through a Yjs internal failure on a corrupt map; the entity is skipped.
    return { ok: false, id, message: `could not be read (${error instanceof Error ? error.name : "error"})` };
  }
}

/** Reads every entity of a collection map, keyed by id. */
export function parseCollection(collection: CollectionName, map: Y.Map<unknown> | undefined): Map<string, ParsedEntity> {
  const parsed = new Map<string, ParsedEntity>();
  map?.forEach((raw, id) => parsed.set(id, parseEntity(collection, id, raw)));
  return parsed;
}

/** The size limit on each collection, where the format has one. */
export const COLLECTION_LIMITS: Partial<Record<CollectionName, number>> = {
  stages: LIMITS.stages,
  lanes: LIMITS.lanes,
  cards: LIMITS.cards,
  links: LIMITS.links,
};
