import type { WorkspaceLink } from "./useWorkspaceDirectory";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Directory } from "../../shared/doc/docToJourney";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import type { MapConnection } from "../live/MapConnection";
import { createDocStore } from "../store/createDocStore";
import { workshopDocReader } from "../workshop/workshopDocReader";
import { pageClock } from "./clock";
import { createUndoManager } from "./createUndoManager";
import type { Role } from "./MapSession";
import { createMapStore } from "./mapStore";
import { MetricLibraryProvider } from "../kpi/MetricLibraryContext";
import { MapStoresContext, type MapStores } from "./MapStoreContext";

/**
 * Provides the open map's stores (`useMap(selector)`).
 * The journey is derived from the document again at most once per animation frame
 * (createJourneyReader re-reads only what changed), so a burst of remote updates costs one
 * reading, and only the components whose slice changed render again. Needs no React Flow.
 */
export function MapSessionProvider({
  connection,
  role,
  roleKnown,
  workspace,
  children,
}: {
  connection: MapConnection;
  role: Role;
  roleKnown: boolean;
  /** The map's workspace: its directory and where directory edits go (useWorkspaceDirectory). */
  workspace?: WorkspaceLink;
  children: ReactNode;
}) {
  const { doc } = connection;
  // The reader asks for the directory on each read; a new directory re-reads the journey.
  const directory = workspace?.directory;
  const directoryRef = useRef(directory);
  const targetRef = useRef(workspace?.target);
  useEffect(() => {
    targetRef.current = workspace?.target;
  }, [workspace]);
  const rereadRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    directoryRef.current = directory;
    rereadRef.current();
  }, [directory]);
  // The stores observe the document: created and disposed in an effect, so a remount (React's
  // StrictMode) never leaves a disposed one in use.
  const [stores, setStores] = useState<MapStores | null>(null);
  useEffect(() => {
    const journey = createDocStore(doc, (d) => {
      // Outside a workspace there is no directory: the reader then keeps the map's own lists.
      const reader = createJourneyReader(d, (() => directoryRef.current) as () => Directory);
      rereadRef.current = () => journey.setState(reader.read(), true);
      return {
        read() {
          const started = performance.now();
          const reading = reader.read();
          performance.measure("baton.read", { start: started });
          return reading;
        },
        dispose: () => reader.dispose(),
      };
    });
    const workshop = createDocStore(doc, workshopDocReader);
    const undoManager = createUndoManager(doc);
    const map = createMapStore({
      mapId: connection.mapId,
      journey,
      awareness: connection.provider.awareness,
      undoManager,
      connection,
      role: "viewer",
      roleKnown: false,
      clock: pageClock(location.search),
      workspace: () => targetRef.current,
    });
    setStores({ map, workshop });
    return () => {
      rereadRef.current = () => undefined;
      map.destroy();
      journey.destroy();
      workshop.destroy();
      undoManager.destroy();
    };
  }, [doc, connection]);

  useEffect(() => {
    stores?.map.getState().setRole(role, roleKnown);
  }, [stores, role, roleKnown]);

  if (!stores || stores.map.getState().doc !== doc) return null;
  return (
    <MapStoresContext.Provider value={stores}>
      <MetricLibraryProvider series={workspace?.library} keyResultSeries={workspace?.keyResultSeries} today={stores.map.getState().today}>
        {children}
      </MetricLibraryProvider>
    </MapStoresContext.Provider>
  );
}
