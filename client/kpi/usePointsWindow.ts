import { useEffect, useState } from "react";
import { getPointsWindow, sameWindow, type PointsWindow, type PointsWindowQuery } from "./pointsWindow";

/** Something that says "the workspace changed" (the workspace page's change signal, a map page's notices). */
export interface ChangeSource {
  subscribe(listener: () => void): () => void;
}

/**
 * The points window of a workspace (WK7), read on mount and again on every change notice
 * (WK6); the same object while a re-read finds nothing new, so readers re-render only when a
 * point changed. `null` until the first answer; a failed re-read keeps the last answer.
 */
export function usePointsWindow(workspaceId: string | null, key: string, query: PointsWindowQuery, changes: ChangeSource | null): PointsWindow | null {
  const [window, setWindow] = useState<PointsWindow | null>(null);
  const { to, last, from, mapId } = query;
  useEffect(() => {
    if (workspaceId === null) return;
    let live = true;
    let newest = 0;
    const load = () => {
      const n = ++newest;
      getPointsWindow(workspaceId, key, { to, ...(last === undefined ? {} : { last }), ...(from === undefined ? {} : { from }), ...(mapId === undefined ? {} : { mapId }) }).then(
        (w) => live && n === newest && setWindow((old) => (sameWindow(old, w) ? old : w)),
        () => undefined, // kept: the last answer stays on screen; the next notice retries
      );
    };
    load();
    const off = changes?.subscribe(load);
    return () => {
      live = false;
      off?.();
    };
  }, [workspaceId, key, to, last, from, mapId, changes]);
  return window;
}
