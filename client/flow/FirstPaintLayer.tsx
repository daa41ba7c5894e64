import { useEffect, useState } from "react";
import { useMap } from "../map/useMap";
import { useMapFirstAnswers } from "../map/useMapFirstAnswers";
import { useLiveMapHere } from "../map/useLiveMapHere";
import { StaticMapCanvas } from "./StaticMapCanvas";

/**
 * The map's first paint over the live canvas while the live map has not been placed yet (KB24):
 * the editor has loaded, but its document is still empty (the socket has not synced, and this
 * device has no copy). It goes once the canvas has placed its first view and React Flow has
 * drawn the cards (two frames), at the same places, so nothing jumps.
 */
export function FirstPaintLayer({ placed }: { placed: boolean }) {
  const mapId = useMap((s) => s.mapId);
  const answers = useMapFirstAnswers(mapId);
  const editable = useMap((s) => s.canEdit && !s.presenting);
  // From the commit in which the document holds the map, the view stays: the editor takes it.
  const here = useLiveMapHere();
  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (!placed) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setGone(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [placed]);
  if (gone || answers.kind !== "here") return null;
  return (
    <div className="first-paint-layer" aria-hidden="true">
      <StaticMapCanvas journey={answers.answers.journey} editable={editable} hold={here} />
    </div>
  );
}
