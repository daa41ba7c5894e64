import { createContext, useContext } from "react";
import type { WorkshopDocState } from "../workshop/workshopDocReader";
import type { DocStore } from "../store/createDocStore";
import type { MapStore } from "./mapStore";

/** The stores of one open map: its page state (with the journey) and the document's workshop state. */
export interface MapStores {
  readonly map: MapStore;
  readonly workshop: DocStore<WorkshopDocState>;
}

/** Set by MapSessionProvider around the map page; the stores inside never change while the map is open. */
export const MapStoresContext = createContext<MapStores | null>(null);

/** Thrown when a panel that needs the map is rendered outside the map page. */
export class NoMapSessionError extends Error {
  override readonly name = "NoMapSessionError";
  constructor() {
    super("A map panel is used outside <MapSessionProvider>: render this panel inside the map page.");
  }
}

/** The open map's stores, for hooks that select from them and for event handlers (`getState()`). */
export function useMapStores(): MapStores {
  const stores = useContext(MapStoresContext);
  if (!stores) throw new NoMapSessionError();
  return stores;
}
