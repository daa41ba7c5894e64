import { createContext, useContext } from "react";
import type * as Y from "yjs";
import type { MapConnection } from "../live/MapConnection";

/** What the editor's own chrome needs beyond MapSession: the connection and this person's undo history. */
export interface MapInternals {
  readonly connection: MapConnection;
  readonly undoManager: Y.UndoManager;
  /** False while the server has not yet said which role the key holds (the map shows read-only meanwhile). */
  readonly roleKnown: boolean;
}

export const MapInternalsContext = createContext<MapInternals | null>(null);

/** The open map's connection and undo manager (the editor shell only; panels use useMapSession). */
export function useMapInternals(): MapInternals {
  const value = useContext(MapInternalsContext);
  if (!value) throw new Error("useMapInternals() outside <MapSessionProvider>.");
  return value;
}
