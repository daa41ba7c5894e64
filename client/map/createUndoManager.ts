import * as Y from "yjs";
import { COLLECTIONS, META, ROTATION, rootMap } from "../../shared/doc/layout";

/**
 * This person's undo history: it tracks only transactions with origin `local`, so undo never
 * reverts someone else's change, a workshop vote or an import. Edits within 400 ms merge into
 * one step (typing a title is one undo, not one per letter).
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const scope = [META, ROTATION, ...COLLECTIONS]
    .map((name) => rootMap(doc, name))
    .filter((m): m is Y.Map<unknown> => m !== undefined);
  return new Y.UndoManager(scope, { trackedOrigins: new Set(["local"]), captureTimeout: 400 });
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
