import { useCallback, useEffect, useMemo } from "react";
import { useReactFlow, type Rect } from "@xyflow/react";
import { GRID_NODE_ID, STAGE_PREFIX } from "../flow/flowTypes";
import type { MapSession } from "../map/MapSession";
import { freshId } from "../flow/freshId";
import { useWorkshopUi } from "./workshopUi";

/**
 * Presenting, inside the canvas: while `session.presenting` is on, the arrow keys (and Page
 * Up/Down, Space) walk through the stages, the view fits the current stage's column, and my
 * awareness says `presenting`, the `stage` and a follow-me request, so everyone follows me and
 * sees the stage I show. Leaving full screen with Escape ends presenting.
 */
export function usePresentation(session: MapSession): { stageIndex: number; stageCount: number; go(delta: number): void } {
  const { awareness, presenting, journey } = session;
  const [ui, store] = useWorkshopUi(awareness);
  const { fitBounds, getInternalNode } = useReactFlow();
  const stages = journey.stages;
  const stageIndex = Math.min(Math.max(0, ui.presentStage), Math.max(0, stages.length - 1));
  const stageId = stages[stageIndex]?.id ?? null;
  // The layout changes when cards are added to the column: fit again then.
  const columnKey = useMemo(() => journey.cards.filter((c) => c.stageId === stageId).length, [journey.cards, stageId]);

  const go = useCallback(
    (delta: number) => store.update((s) => ({ presentStage: Math.min(Math.max(0, s.presentStage + delta), Math.max(0, stages.length - 1)) })),
    [store, stages.length],
  );

  // Awareness: presenting, stage, and a follow-me request for the whole presentation.
  useEffect(() => {
    if (!presenting) return;
    const request = freshId();
    awareness.setLocalStateField("presenting", true);
    awareness.setLocalStateField("followMe", request);
    store.update(() => ({ myFollowRequest: request, following: null }));
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

  // Fit the current stage's column: its header down to the bottom of the grid.
  useEffect(() => {
    if (!presenting || stageId === null) return;
    const column = columnRect(getInternalNode(STAGE_PREFIX + stageId), getInternalNode(GRID_NODE_ID));
    if (column) void fitBounds(column, { padding: 0.08, duration: 450 });
  }, [presenting, stageId, columnKey, fitBounds, getInternalNode]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable=true]")) return;
      if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") go(1);
      else if (event.key === "ArrowLeft" || event.key === "PageUp") go(-1);
      else if (event.key === "Escape" && !document.fullscreenElement) session.setPresenting(false);
      else return;
      event.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) session.setPresenting(false);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [presenting, go, session]);

  return { stageIndex, stageCount: stages.length, go };
}

type Internal = ReturnType<ReturnType<typeof useReactFlow>["getInternalNode"]>;

/** The stage header's x and width, from its top to the grid's bottom; `null` before layout. */
function columnRect(stage: Internal, grid: Internal): Rect | null {
  if (!stage) return null;
  const width = stage.measured.width ?? stage.width ?? 0;
  const { x, y } = stage.internals.positionAbsolute;
  const gridBottom = grid ? grid.internals.positionAbsolute.y + (grid.measured.height ?? grid.height ?? 0) : 0;
  const height = Math.max(stage.measured.height ?? stage.height ?? 0, gridBottom - y);
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}
