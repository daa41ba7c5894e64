import { useEffect, useState } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { findDeviceMap } from "../device/deviceMaps";
import { useT } from "../i18n/useT";
import { MapConnection } from "../live/MapConnection";
import { startEarlyConnection, takeEarlyConnection } from "../live/earlyConnection";
import { AppHeader } from "../ui/AppHeader";
import { MapSessionProvider } from "./MapSessionProvider";
import { MapView } from "./MapView";
import { useMapRole } from "./useMapRole";
import { useWorkspaceDirectory } from "./useWorkspaceDirectory";

/** The key a map page opens `mapId` with: the fragment's, else the one this device kept. */
function keyFor(mapId: string, mapKey: string | null): string | null {
  return mapKey ?? findDeviceMap(mapId)?.key ?? null;
}

/** Opens the map's live connection as soon as this code is here, before the editor mounts (KB26). */
export function preconnect(mapId: string, mapKey: string | null): void {
  const key = keyFor(mapId, mapKey);
  if (key) startEarlyConnection(mapId, key);
}

/** `/m/<id>#k=<key>`: opens the map with the key from the fragment (or one this device kept). */
export function MapPage({ mapId, mapKey }: { mapId: string; mapKey: string | null }) {
  const t = useT();
  const key = keyFor(mapId, mapKey);
  if (!key) {
    return (
      <div className="page-frame">
        <AppHeader />
        <main className="centered-message">
          <p role="alert">{t("map.noKey")}</p>
        </main>
      </div>
    );
  }
  return <OpenMap mapId={mapId} mapKey={key} />;
}

function OpenMap({ mapId, mapKey }: { mapId: string; mapKey: string }) {
  const t = useT();
  const role = useMapRole(mapId, mapKey);
  const workspace = useWorkspaceDirectory(mapId, mapKey);
  const [connection, setConnection] = useState<MapConnection | null>(null);
  useEffect(() => {
    performance.mark("baton.editorMounted");
    // The connection the page opened when this code arrived (KB26), else a new one.
    const c = takeEarlyConnection(mapId, mapKey) ?? new MapConnection(mapId, mapKey);
    // The connection is an external resource with a lifetime: made and closed by this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConnection(c);
    return () => c.destroy();
  }, [mapId, mapKey]);

  if (role.kind === "refused") {
    return (
      <div className="page-frame">
        <AppHeader />
        <main className="centered-message">
          <p role="alert">{role.status === 404 ? t("map.close.mapDeleted") : t("map.close.unauthorized")}</p>
        </main>
      </div>
    );
  }
  if (!connection) {
    return (
      <div className="page-frame">
        <AppHeader />
        <main className="centered-message">
          <p aria-live="polite">{t("map.loading")}</p>
        </main>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      {/* Until the server says which role the key holds, the map shows read-only (it loads meanwhile). */}
      <MapSessionProvider connection={connection} role={role.kind === "known" ? role.role : "viewer"} roleKnown={role.kind === "known"} workspace={workspace}>
        <MapView mapKey={mapKey} />
      </MapSessionProvider>
    </ReactFlowProvider>
  );
}
