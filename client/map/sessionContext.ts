import { createContext } from "react";
import type { MapSession } from "./MapSession";

/** Set by MapSessionProvider around the map page; read with `useMapSession()`. */
export const MapSessionContext = createContext<MapSession | null>(null);
