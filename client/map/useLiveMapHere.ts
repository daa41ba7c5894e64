import { useConnectionState } from "./useConnectionState";
import { useMap } from "./useMap";

/**
 * Whether the live document holds the map yet: synced with the server, or with content from this
 * device's copy. Before that the document is empty (its title "Untitled", its lists missing), and
 * the page shows the map's first answers instead of reporting on it (KB24).
 */
export function useLiveMapHere(): boolean {
  const { synced } = useConnectionState();
  const hasContent = useMap((s) => s.journey.stages.length + s.journey.lanes.length > 0);
  return synced || hasContent;
}
