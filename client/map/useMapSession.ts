import { useContext } from "react";
import type { MapSession } from "./MapSession";
import { MapSessionContext } from "./sessionContext";

/** Thrown when a panel that needs the map is rendered outside the map page. */
export class NoMapSessionError extends Error {
  override readonly name = "NoMapSessionError";
  constructor() {
    super("useMapSession() is used outside <MapSessionProvider>: render this panel inside the map page.");
  }
}

/**
 * The open map, for any panel of the map page (see MapSession.ts): the journey derived from the
 * document, the role, `dispatch`, the selection, presenting mode, today and now.
 */
export function useMapSession(): MapSession {
  const session = useContext(MapSessionContext);
  if (!session) throw new NoMapSessionError();
  return session;
}
