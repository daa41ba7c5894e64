import type { MapSession } from "./MapSession";
import { useMapStores } from "./MapStoreContext";
import type { MapState } from "./mapStore";
import { useStoreSlice } from "../store/useStoreSlice";

export { NoMapSessionError } from "./MapStoreContext";

let lastState: MapState | null = null;
let lastSession: MapSession | null = null;

/** The session view of the store's state: the same object while none of its fields changed. */
function sessionOf(s: MapState): MapSession {
  const p = lastSession;
  if (lastState === s && p) return p;
  lastState = s;
  if (
    p &&
    p.doc === s.doc && p.mapId === s.mapId && p.role === s.role && p.canEdit === s.canEdit && p.canTakePart === s.canTakePart && p.journey === s.journey &&
    p.problems === s.problems && p.selection === s.selection && p.presenting === s.presenting && p.today === s.today &&
    p.dispatch === s.dispatch
  ) {
    return p;
  }
  lastSession = {
    mapId: s.mapId,
    doc: s.doc,
    awareness: s.awareness,
    role: s.role,
    canEdit: s.canEdit,
    canTakePart: s.canTakePart,
    journey: s.journey,
    problems: s.problems,
    dispatch: s.dispatch,
    today: s.today,
    now: s.now,
    selection: s.selection,
    select: s.select,
    focusCard: s.focusCard,
    presenting: s.presenting,
    setPresenting: s.setPresenting,
  };
  return lastSession;
}

const same = (a: MapSession, b: MapSession) => a === b;

/**
 * The open map as one object (see MapSession.ts), for panels that show much of it. It renders
 * again on every change of the journey, selection, role or presenting mode; components that
 * show a part select it with `useMap(selector)` instead.
 */
export function useMapSession(): MapSession {
  return useStoreSlice(useMapStores().map, sessionOf, same);
}
