import { useEffect, useState } from "react";
import { updateDeviceMap } from "../device/deviceMaps";
import { MapCanvas } from "../flow/MapCanvas";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { CloseNotice } from "./CloseNotice";
import { MapHeader } from "./MapHeader";
import { ProblemsNotice } from "./ProblemsNotice";
import { SidePanel } from "./SidePanel";
import { useMapSession } from "./useMapSession";
import { useMapInternals } from "./mapInternals";

/** The map page once the session is open: header, notices, the canvas and the side panel. */
export function MapView({ mapKey }: { mapKey: string }) {
  const session = useMapSession();
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
      <div className="map-body">
        <ErrorBoundary name="canvas">
          <MapCanvas selectedLinks={selectedLinks} onSelectLinks={setSelectedLinks} />
        </ErrorBoundary>
        {!session.presenting && <SidePanel selectedLinks={selectedLinks} onSelectLinks={setSelectedLinks} />}
      </div>
    </div>
  );
}
