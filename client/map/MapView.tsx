import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { updateDeviceMap } from "../device/deviceMaps";
import { Announcer } from "../actions/Announcer";
import { MapCanvas } from "../flow/MapCanvas";
import { CardMarksProvider, HistoryPreviewBar, HistoryProvider, useHistory } from "../history";
import { cardMarks } from "../history/HistoryContext";
import { usePreviewStores } from "../history/usePreviewStores";
import { MapStoresContext, useMapStores } from "./MapStoreContext";
import { useT } from "../i18n/useT";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Loading } from "../ui/Loading";
import { CloseNotice } from "./CloseNotice";
import { MapHeader } from "./MapHeader";
import type { MapViewKind } from "./MapViewSwitch";
import { ProblemsNotice } from "./ProblemsNotice";
import { SidePanel } from "./SidePanel";
import { useMap } from "./useMap";
import { withLaterMessages } from "../i18n/pageI18n";

/** The table view is downloaded when it is first chosen; a map opens on the canvas. */
const JourneyTable = lazy(() => withLaterMessages(import("../table/JourneyTable")).then((m) => ({ default: m.JourneyTable })));

/** The id the skip link jumps to: the canvas, or the table when the table view is on. */
export const MAP_MAIN_ID = "map-main";

/** The map page once the session is open: skip link, header, notices, the canvas (or table) and the side panel. */
export function MapView({ mapKey }: { mapKey: string }) {
  return (
    <HistoryProvider mapKey={mapKey}>
      <MapViewBody mapKey={mapKey} />
    </HistoryProvider>
  );
}

function MapViewBody({ mapKey }: { mapKey: string }) {
  const t = useT();
  const { mapId, role, roleKnown, title, presenting } = useMap((s) => ({ mapId: s.mapId, role: s.role, roleKnown: s.roleKnown, title: s.journey.title, presenting: s.presenting }));
  const [view, setView] = useState<MapViewKind>("canvas");
  // A version chosen in History is shown on the canvas instead of the live map, read-only,
  // with the cards that differ from now marked.
  const { preview } = useHistory();
  const previewStores = usePreviewStores(useMapStores(), preview?.journey ?? null);
  // The live journey only while previewing: otherwise the shell does not re-render on every edit.
  const liveJourney = useMap((s) => (preview ? s.journey : null));
  const marks = useMemo(() => (preview && liveJourney ? cardMarks(preview.journey, liveJourney) : new Map<string, never>()), [preview, liveJourney]);
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
          <div className="history-canvas-host">
            <MapStoresContext.Provider value={previewStores}>
              <CardMarksProvider value={marks}>
                {view === "table" && !presenting ? (
                  <Suspense fallback={<Loading />}>
                    <JourneyTable id={MAP_MAIN_ID} />
                  </Suspense>
                ) : (
                  <MapCanvas id={MAP_MAIN_ID} />
                )}
              </CardMarksProvider>
            </MapStoresContext.Provider>
            <HistoryPreviewBar />
          </div>
        </ErrorBoundary>
        {!presenting && <SidePanel />}
      </div>
      <Announcer />
    </div>
  );
}
