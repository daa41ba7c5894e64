/**
 * Writing a journey file into a live map's document (LAYOUT.md).
 */
import * as Y from "yjs";
import type { Origin } from "../commands/origin";
import type { Journey } from "../schema/journey";
import type { Okr } from "../schema/okr";
import { COLLECTIONS, META, META_LISTS, META_PERSONA, OPTIONAL_LISTS, ROTATION, rootMap, type CollectionName } from "./layout";
import { initialKeys } from "./order";
import { cloneJson, newEntityMap, newOkrMap } from "./writeEntity";

/**
 * Removes the journey from `doc`: every collection, `meta` and `rotation` are emptied. Other
 * top-level types (`workshop`, anything unknown) are left alone. Call inside a transaction.
 */
export function clearJourney(doc: Y.Doc): void {
  for (const name of [...COLLECTIONS, META, ROTATION]) rootMap(doc, name)?.clear();
}

/**
 * Writes `journey` into the (cleared) journey part of `doc`: each item becomes an entity map
 * under its id with increasing `order` keys in file order. Call inside a transaction; the
 * journey must be valid (`validateJourney`).
 */
export function writeJourney(doc: Y.Doc, journey: Journey): void {
  const meta = rootMap(doc, META);
  if (meta) {
    meta.set("title", journey.title);
    if (journey.description !== undefined) meta.set("description", journey.description);
    if (journey.persona !== undefined) meta.set(META_PERSONA, newEntityMap(journey.persona, undefined, []));
    if (journey.status !== undefined) meta.set("status", journey.status);
    if (journey.group !== undefined) meta.set("group", journey.group);
    if (journey.tags !== undefined) meta.set("tags", cloneJson(journey.tags));
    const present = OPTIONAL_LISTS.filter((name) => journey[name] !== undefined);
    if (present.length > 0) meta.set(META_LISTS, present);
  }
  const rotation = rootMap(doc, ROTATION);
  if (rotation && journey.rotation) {
    for (const [key, value] of Object.entries(journey.rotation)) if (value !== undefined) rotation.set(key, cloneJson(value));
  }
  for (const name of COLLECTIONS) {
    const target = rootMap(doc, name);
    const items: readonly { id: string }[] = (journey as Partial<Record<CollectionName, { id: string }[]>>)[name] ?? [];
    if (!target || items.length === 0) continue;
    const keys = initialKeys(items.length);
    items.forEach((item, i) => {
      const order = keys[i] as string;
      target.set(item.id, name === "okrs" ? newOkrMap(item as Okr, order) : newEntityMap(item, order));
    });
  }
}

/**
 * Writes a valid journey into `doc` (a new document by default) in one transaction with
 * origin `"import"`; whatever journey the document held before is replaced. Returns `doc`.
 * `docToJourney(journeyToDoc(j)).journey` deep-equals `j`.
 */
export function journeyToDoc(journey: Journey, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const origin: Origin = "import";
  doc.transact(() => {
    clearJourney(doc);
    writeJourney(doc, journey);
  }, origin);
  return doc;
}
