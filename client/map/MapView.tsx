import { lazy, Suspense, useEffect, useState } from "react";
import { updateDeviceMap } from "../device/deviceMaps";
import { Announcer } from "../actions/Announcer";
import { MapCanvas } from "../flow/MapCanvas";
import { useT } from "../i18n/useT";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Loading } from "../ui/Loading";
import { CloseNotice } from "./CloseNotice";
import { MapHeader } from "./MapHeader";
import type { MapViewKind } from "./MapViewSwitch";
import { ProblemsNotice } from "./ProblemsNotice";
import { SidePanel } from "./SidePanel";
import { useMap } from "./useMap";

/** The table view is downloaded when it is first chosen; a map opens on the canvas. */
const JourneyTable = lazy(() => import("../table/JourneyTable").then((m) => ({ default: m.JourneyTable })));

/** The id the skip link jumps to: the canvas, or the table when the table view is on. */
export const MAP_MAIN_ID = "map-main";

/** The map page once the session is open: skip link, header, notices, the canvas (or table) and the side panel. */
export function MapView({ mapKey }: { mapKey: string }) {
  const t = useT();
  const { mapId, role, roleKnown, title, presenting } = useMap((s) => ({ mapId: s.mapId, role: s.role, roleKnown: s.roleKnown, title: s.journey.title, presenting: s.presenting }));
  const [view, setView] = useState<MapViewKind>("canvas");
  useEffect(() => {
    if (roleKnown) updateDeviceMap(mapId, mapKey, { title, role });
  }, [mapId, mapKey, title, role, roleKnown]);
  useEffect(() => {
    document.title = `${title} · Baton`;
  }, [title]);
  return (
    <div className={`map-page${presenting ? " is-presenting" : ""}`}>
      <a className="skip-link" href={`#${MAP_MAIN_ID}`} onClick={(e) => {
        e.preventDefault();
        document.getElementById(MAP_MAIN_ID)?.focus();
      }}>
        {t("keys.skipLink")}
      </a>
      <MapHeader mapKey={mapKey} view={view} onViewChange={setView} />
      <CloseNotice />
      <ProblemsNotice />
      <div className="map-body">
        <ErrorBoundary name={view}>
          {view === "table" && !presenting ? (
            <Suspense fallback={<Loading />}>
              <JourneyTable id={MAP_MAIN_ID} />
            </Suspense>
          ) : (
            <MapCanvas id={MAP_MAIN_ID} />
          )}
        </ErrorBoundary>
        {!presenting && <SidePanel />}
      </div>
      <Announcer />
    </div>
  );
}
