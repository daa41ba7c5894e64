import type { ConnectionState } from "../live/MapConnection";
import { useMap } from "./useMap";

/** The open map's link and save state, re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  return useMap((s) => s.connection, Object.is);
}
