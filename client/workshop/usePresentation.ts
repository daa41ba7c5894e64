import { useCallback, useEffect, useMemo } from "react";
import { useReactFlow } from "@xyflow/react";
import type { MapSession } from "../map/MapSession";
import { randomToken } from "./randomToken";
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
  const { fitView } = useReactFlow();
  const stages = journey.stages;
  const stageIndex = Math.min(Math.max(0, ui.presentStage), Math.max(0, stages.length - 1));
  const stageId = stages[stageIndex]?.id ?? null;
  const cardIdsKey = useMemo(
    () => journey.cards.filter((c) => c.stageId === stageId).map((c) => c.id).join(" "),
    [journey.cards, stageId],
  );

  const go = useCallback(
    (delta: number) => store.update((s) => ({ presentStage: Math.min(Math.max(0, s.presentStage + delta), Math.max(0, stages.length - 1)) })),
    [store, stages.length],
  );

  // Awareness: presenting, stage, and a follow-me request for the whole presentation.
  useEffect(() => {
    if (!presenting) return;
    const request = randomToken();
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

  // Fit the current stage's column (its cards); a stage without cards keeps the view.
  useEffect(() => {
    if (!presenting || cardIdsKey === "") return;
    void fitView({ nodes: cardIdsKey.split(" ").map((id) => ({ id })), padding: 0.25, duration: 450, maxZoom: 1.4 });
  }, [presenting, cardIdsKey, fitView]);

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
