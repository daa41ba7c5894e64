import { useCallback, useEffect } from "react";
import { useReactFlow } from "@xyflow/react";
import { useMap } from "../map/useMap";
import { freshId } from "../flow/freshId";
import { useWorkshopUi } from "./workshopUi";
import { useStageColumn } from "./useStageColumn";

/** How much taller than the stage column the fitted box is (room for the presenter bar). */
const PRESENTER_BAR_ROOM = 1.12;

/**
 * Presenting, inside the canvas: while the map store's `presenting` is on, the arrow keys (and Page
 * Up/Down, Space) walk through the stages, the view fits the current stage's column, and my
 * awareness says `presenting`, the `stage` and a follow-me request, so everyone follows me and
 * sees the stage I show. Leaving full screen with Escape ends presenting.
 */
export function usePresentation(): { stageId: string | null; stageIndex: number; stageCount: number; go(delta: number): void } {
  const awareness = useMap((s) => s.awareness, Object.is);
  const presenting = useMap((s) => s.presenting);
  const setPresenting = useMap((s) => s.setPresenting, Object.is);
  // The stages' ids only: a card's edit does not render the presentation again.
  const stageIds = useMap((s) => s.journey.stages.map((stage) => stage.id));
  const [ui, store] = useWorkshopUi(awareness);
  const { fitBounds } = useReactFlow();
  const stageIndex = Math.min(Math.max(0, ui.presentStage), Math.max(0, stageIds.length - 1));
  const stageId = stageIds[stageIndex] ?? null;
  const column = useStageColumn(presenting ? stageId : null);
  const columnKey = column ? `${column.x} ${column.y} ${column.width} ${column.height}` : "";

  const go = useCallback(
    (delta: number) => store.update((s) => ({ presentStage: Math.min(Math.max(0, s.presentStage + delta), Math.max(0, stageIds.length - 1)) })),
    [store, stageIds.length],
  );

  // Awareness: presenting, stage, and a follow-me request for the whole presentation.
  useEffect(() => {
    if (!presenting) return;
    const request = freshId();
    awareness.setLocalStateField("presenting", true);
    awareness.setLocalStateField("followMe", request);
    store.update(() => ({ myFollowRequest: request, following: null, followRequest: null }));
    return () => {
      awareness.setLocalStateField("presenting", false);
      awareness.setLocalStateField("stage", null);
      awareness.setLocalStateField("followMe", null);
      store.update(() => ({ myFollowRequest: null }));
    };
  }, [presenting, awareness, store]);

  useEffect(() => {
    if (presenting) awareness.setLocalStateField("stage", stageId);
  }, [presenting, stageId, awareness]);

  // Fit the current stage's column (again when the layout moves it).
  useEffect(() => {
    if (columnKey === "") return;
    const [x, y, width, height] = columnKey.split(" ").map(Number) as [number, number, number, number];
    // The presenter's bar floats over the bottom of the canvas: the fitted box reaches below the
    // column by a little more than the bar, so the column's last row stays clear of it.
    void fitBounds({ x, y, width, height: height * PRESENTER_BAR_ROOM }, { padding: 0.08, duration: 450 });
  }, [columnKey, fitBounds]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable=true]")) return;
      if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") go(1);
      else if (event.key === "ArrowLeft" || event.key === "PageUp") go(-1);
      else if (event.key === "Escape" && !document.fullscreenElement) setPresenting(false);
      else return;
      event.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [presenting, go, setPresenting]);

  return { stageId, stageIndex, stageCount: stageIds.length, go };
}

