import type * as Y from "yjs";
import { useMap } from "./useMap";

/** What the editor's own chrome needs beyond what panels select: this person's undo history and whether the role is known. */
export interface MapInternals {
  readonly undoManager: Y.UndoManager;
  /** False while the server has not yet said which role the key holds (the map shows read-only meanwhile). */
  readonly roleKnown: boolean;
}

/** The open map's undo manager and role state (the editor shell only; panels use useMap). */
export function useMapInternals(): MapInternals {
  return useMap((s) => ({ undoManager: s.undoManager, roleKnown: s.roleKnown }));
}
