/**
 * A reader for the map page: the same answer as `docToJourney`, but after an edit only the
 * entities that changed are read again (a field edit on a 20,000-card map re-reads one card),
 * then the journey is assembled and its references checked afresh.
 */
import type * as Y from "yjs";
import type { Journey } from "../schema/journey";
import { assembleJourney, type ParsedCollections } from "./assembleJourney";
import type { DocReading } from "./docProblem";
import { rootMaps, type Directory } from "./docToJourney";
import { COLLECTIONS, type CollectionName } from "./layout";
import { parseCollection, parseEntity, type ParsedEntity } from "./parseEntity";

/** A live view of a document as a journey; see {@link createJourneyReader}. */
export interface JourneyReader {
  /** The journey now, exactly as `docToJourney(doc)` would give it; the same object while nothing changed. */
  read(): DocReading<Journey>;
  /** Stops observing the document. */
  dispose(): void;
}

/**
 * Observes `doc` (with `observeDeep` on every collection) and caches each entity as read.
 * `read()` re-reads only the entities under keys that changed since the last call. For a map
 * inside a workspace, `directory` gives the workspace's lists (WS4); a new directory object
 * (the workspace changed) makes the next `read()` assemble again.
 */
export function createJourneyReader(doc: Y.Doc, directory?: () => Directory): JourneyReader {
  const roots = rootMaps(doc);
  const parsed = {} as Record<CollectionName, Map<string, ParsedEntity>>;
  const dirty = {} as Record<CollectionName, Set<string>>;
  const observers: (() => void)[] = [];
  let changed = true;
  let last: DocReading<Journey> | undefined;
  let lastDirectory: Directory | undefined;

  for (const name of COLLECTIONS) {
    parsed[name] = parseCollection(name, roots.collections[name]);
    dirty[name] = new Set();
    const map = roots.collections[name];
    if (!map) continue;
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      changed = true;
      for (const event of events) {
        if (event.target === map) {
          for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirty[name].add(key);
        } else {
          const first = event.path[0];
          if (typeof first === "string") dirty[name].add(first);
        }
      }
    };
    map.observeDeep(onChange);
    observers.push(() => map.unobserveDeep(onChange));
  }
  for (const map of [roots.meta, roots.rotation]) {
    if (!map) continue;
    const onChange = (): void => {
      changed = true;
    };
    map.observeDeep(onChange);
    observers.push(() => map.unobserveDeep(onChange));
  }

  return {
    read() {
      if (!changed && last && (directory === undefined || directory() === lastDirectory)) return last;
      for (const name of COLLECTIONS) {
        const map = roots.collections[name];
        for (const id of dirty[name]) {
          const raw = map?.get(id);
          if (raw === undefined) parsed[name].delete(id);
          else parsed[name].set(id, parseEntity(name, id, raw));
        }
        dirty[name].clear();
      }
      changed = false;
      const dir = directory?.();
      const lists = dir ? { ...parsed, teams: dir.teams, people: dir.people, okrs: dir.okrs } : parsed;
      lastDirectory = dir;
      last = assembleJourney(roots.meta, roots.rotation, lists as ParsedCollections, roots.problems);
      return last;
    },
    dispose() {
      for (const stop of observers) stop();
      observers.length = 0;
    },
  };
}
