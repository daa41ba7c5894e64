import * as Y from "yjs";
import { COLLECTIONS, META, ROTATION, rootMap } from "../../shared/doc/layout";

/**
 * This person's undo history: it tracks only transactions with origin `local`, so undo never
 * reverts someone else's change, a workshop vote or an import. Every dispatch is its own step
 * (the page writes whole values: a title is written once, when its field is left), so two quick
 * actions never merge; a drag that writes while it goes on is made one step with
 * `captureAsOneStep`.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const scope = [META, ROTATION, ...COLLECTIONS]
    .map((name) => rootMap(doc, name))
    .filter((m): m is Y.Map<unknown> => m !== undefined);
  return new Y.UndoManager(scope, { trackedOrigins: new Set(["local"]), captureTimeout: 0 });
}

/**
 * Makes every change from now until the returned function is called one undo step (a drag that
 * writes several times while it goes on). Call the returned function when the gesture ends.
 */
export function captureAsOneStep(undoManager: Y.UndoManager): () => void {
  undoManager.stopCapturing();
  const previous = undoManager.captureTimeout;
  undoManager.captureTimeout = Number.POSITIVE_INFINITY;
  return () => {
    undoManager.captureTimeout = previous;
    undoManager.stopCapturing();
  };
}
