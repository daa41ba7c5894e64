import { useSyncExternalStore } from "react";
import type { ConnectionState } from "../live/MapConnection";
import { useMapInternals } from "./mapInternals";

/** The open map's link and save state, re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  const { connection } = useMapInternals();
  return useSyncExternalStore(connection.subscribe, () => connection.state);
}
