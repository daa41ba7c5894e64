/**
 * The journey a live map's document holds (LAYOUT.md, "Reading defensively").
 */
import type * as Y from "yjs";
import type { Journey } from "../schema/journey";
import { assembleJourney, type ParsedCollections } from "./assembleJourney";
import type { DocProblem, DocReading } from "./docProblem";
import { COLLECTIONS, META, ROTATION, rootMap, type CollectionName } from "./layout";
import { parseCollection, type ParsedEntity } from "./parseEntity";

/** The top-level maps of `doc`, and a problem for each name that holds another shared type. */
export function rootMaps(doc: Y.Doc): {
  meta: Y.Map<unknown> | undefined;
  rotation: Y.Map<unknown> | undefined;
  collections: Record<CollectionName, Y.Map<unknown> | undefined>;
  problems: DocProblem[];
} {
  const problems: DocProblem[] = [];
  const collections = {} as Record<CollectionName, Y.Map<unknown> | undefined>;
  for (const name of COLLECTIONS) {
    const map = rootMap(doc, name);
    if (!map) problems.push({ collection: name, id: "", message: "is not a Y.Map; the list is read as empty" });
    collections[name] = map;
  }
  return { meta: rootMap(doc, META), rotation: rootMap(doc, ROTATION), collections, problems };
}

/**
 * Reads `doc` into a journey file. Never throws. Whatever does not validate (an entity with
 * wrong field types, a value that is not a `Y.Map`, an invalid id, a dangling reference, a list
 * over its limit) is left out and reported; unknown shared types and unknown entity fields are
 * ignored; a missing or invalid title becomes {@link DEFAULT_TITLE}. The journey always passes
 * `validateJourney`. With a `directory` (a map inside a workspace) its teams, people and OKRs
 * are the directory's, not the document's. Treat it as immutable: nested arrays are fresh copies, but the reader
 * hands out the same item objects again while they do not change.
 */
export function docToJourney(doc: Y.Doc, directory?: Directory): DocReading<Journey> {
  const roots = rootMaps(doc);
  const parsed = {} as Record<CollectionName, ReadonlyMap<string, ParsedEntity>>;
  for (const name of COLLECTIONS) parsed[name] = directory && isDirectoryList(name) ? directory[name] : parseCollection(name, roots.collections[name]);
  return assembleJourney(roots.meta, roots.rotation, parsed as ParsedCollections, roots.problems);
}

/**
 * The lists a map inside a workspace takes from its workspace document instead of its own
 * (WS4): teams, people and the objectives whose key results point at its cards, already read
 * (`directoryFor` in shared/workspace/compose.ts builds it).
 */
export type Directory = Readonly<Record<DirectoryList, ReadonlyMap<string, ParsedEntity>>>;
export type DirectoryList = "teams" | "people" | "okrs";

/** True for the lists a {@link Directory} provides. */
export function isDirectoryList(name: CollectionName): name is DirectoryList {
  return name === "teams" || name === "people" || name === "okrs";
}

export { DEFAULT_TITLE } from "./readMeta";
