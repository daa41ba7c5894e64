import { useEffect } from "react";
import type { Awareness } from "y-protocols/awareness";
import { useMap } from "../map/useMap";
import type { Identity } from "./identity";
import { PRESENCE_SELECTION_MAX } from "../../shared/workshop/presence";

/**
 * Publishes who I am and what I selected in the map's awareness. Without a chosen identity I
 * still show, as a guest in a palette colour, so nobody is invisible while the name dialog is
 * open. Cursor and viewport are published by the canvas layer, which knows the flow's
 * coordinates.
 */
export function usePresencePublisher(awareness: Awareness, identity: Identity | null, guestName: string): void {
  const name = identity?.name ?? guestName;
  const color = identity?.color ?? "#6b7280";
  useEffect(() => {
    awareness.setLocalStateField("user", { name, color });
  }, [awareness, name, color]);

  // The selection as one string: the hook renders again only when the selection changes.
  const selectionKey = useMap((s) => s.selection.join("\n"));
  useEffect(() => {
    // At most what readers read (parsePresence), which keeps the state well inside the server's per-state bound (S40).
    awareness.setLocalStateField("selection", selectionKey === "" ? [] : selectionKey.split("\n").slice(0, PRESENCE_SELECTION_MAX));
  }, [awareness, selectionKey]);
}
