import { useEffect, useState } from "react";
import { updateDeviceMap } from "../device/deviceMaps";
import { MapCanvas } from "../flow/MapCanvas";
import { CardMarksProvider, HistoryPreviewBar, HistoryProvider, usePreviewSession } from "../history";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { CloseNotice } from "./CloseNotice";
import { MapHeader } from "./MapHeader";
import { ProblemsNotice } from "./ProblemsNotice";
import { SidePanel } from "./SidePanel";
import { useMapSession } from "./useMapSession";
import { useMapInternals } from "./mapInternals";
import { MapSessionContext } from "./sessionContext";

/** The map page once the session is open: header, notices, the canvas and the side panel. */
export function MapView({ mapKey }: { mapKey: string }) {
  return (
    <HistoryProvider mapKey={mapKey}>
      <MapViewBody mapKey={mapKey} />
    </HistoryProvider>
  );
}

function MapViewBody({ mapKey }: { mapKey: string }) {
  const session = useMapSession();
  // A version chosen in History is shown on the canvas instead of the live map, read-only.
  const preview = usePreviewSession(session);
  const previewing = preview.session !== session;
  const [selectedLinks, setSelectedLinks] = useState<string[]>([]);
  const { roleKnown } = useMapInternals();
  const { mapId, role } = session;
  const title = session.journey.title;
  useEffect(() => {
    if (roleKnown) updateDeviceMap(mapId, mapKey, { title, role });
  }, [mapId, mapKey, title, role, roleKnown]);
  useEffect(() => {
    document.title = `${title} · Baton`;
  }, [title]);
  return (
    <div className={`map-page${session.presenting ? " is-presenting" : ""}`}>
      <MapHeader mapKey={mapKey} />
      <CloseNotice />
      <ProblemsNotice />
      <div className={`map-body${previewing ? " is-history-preview" : ""}`}>
        <ErrorBoundary name="canvas">
          <div className="history-canvas-host">
            <MapSessionContext.Provider value={preview.session}>
              <CardMarksProvider value={preview.marks}>
                <MapCanvas selectedLinks={previewing ? [] : selectedLinks} onSelectLinks={setSelectedLinks} />
              </CardMarksProvider>
            </MapSessionContext.Provider>
            <HistoryPreviewBar />
          </div>
        </ErrorBoundary>
        {!session.presenting && <SidePanel selectedLinks={selectedLinks} onSelectLinks={setSelectedLinks} />}
      </div>
    </div>
  );
}
