/**
 * A store of what a view derives from one Y.Doc, in the shape xyflow uses for its own state: a
 * zustand store that a context holds and components read slices of (`useStoreSlice`). The map
 * page makes one for its journey (`createJourneyReader`) and one for its workshop state; a
 * workspace view makes one for a workspace document with its own `derive`.
 *
 * The document is read again at most once per scheduled tick (an animation frame in the page),
 * however many updates arrive; a reading that returns the same object as before notifies nobody.
 */
import type * as Y from "yjs";
import { createStore, type StoreApi } from "zustand/vanilla";

/** Reads a document again and again; may keep state between reads to re-read only what changed. */
export interface DocReader<T> {
  read(): T;
  dispose(): void;
}

/** Makes the reader of one document (e.g. `createJourneyReader`, or `(doc) => ({ read: () => f(doc), dispose() {} })`). */
export type DocDeriver<T> = (doc: Y.Doc) => DocReader<T>;

/** When the store reads again after an update: default one animation frame later (a microtask outside a page). */
export type Scheduler = (run: () => void) => () => void;

/** A zustand store of a document's derived value, with the document and a way to stop observing it. */
export interface DocStore<T> extends StoreApi<T> {
  readonly doc: Y.Doc;
  /** Reads now if an update is pending (tests, and code that must see its own write at once). */
  flush(): void;
  /** Stops observing the document and disposes the reader; the last value stays readable. */
  destroy(): void;
}

/** Schedules on the next animation frame where there is one, else on a microtask. */
export const frameScheduler: Scheduler = (run) => {
  if (typeof requestAnimationFrame === "function") {
    const frame = requestAnimationFrame(run);
    return () => cancelAnimationFrame(frame);
  }
  let cancelled = false;
  queueMicrotask(() => {
    if (!cancelled) run();
  });
  return () => {
    cancelled = true;
  };
};

/** Creates the store of `derive(doc)`, read once now and again after updates (see the module comment). */
export function createDocStore<T>(doc: Y.Doc, derive: DocDeriver<T>, schedule: Scheduler = frameScheduler): DocStore<T> {
  const reader = derive(doc);
  const store = createStore<T>()(() => reader.read());
  let pending: (() => void) | null = null;
  let destroyed = false;

  const readNow = () => {
    pending = null;
    const next = reader.read();
    // Replace, not merge: the value is the reading itself (any shape, even a primitive).
    if (!Object.is(next, store.getState())) store.setState(next, true);
  };
  const onUpdate = () => {
    if (pending || destroyed) return;
    pending = schedule(readNow);
  };
  doc.on("update", onUpdate);

  return {
    ...store,
    doc,
    flush() {
      if (!pending) return;
      pending();
      readNow();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      doc.off("update", onUpdate);
      pending?.();
      pending = null;
      reader.dispose();
    },
  };
}
