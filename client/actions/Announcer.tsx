import { useEffect, useState } from "react";
import { useMap } from "../map/useMap";

const SHOWN_MS = 4000;

/**
 * The map's live region: what the keyboard did ("Moved to Setup, Pain points") and why an
 * action was refused, read by screen readers and shown for a few seconds as a toast.
 */
export function Announcer() {
  const announcement = useMap((s) => s.announcement);
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => {
    if (!announcement) return;
    const seq = announcement.seq;
    const timer = setTimeout(() => setHidden(seq), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  const visible = announcement !== null && hidden !== announcement.seq;
  return (
    <div className={`map-announcer${visible ? " is-visible" : ""}`} aria-live="polite" aria-atomic="true" data-testid="announcer">
      {visible ? announcement.text : ""}
    </div>
  );
}
