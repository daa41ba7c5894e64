import { useCallback, useEffect } from "react";
import { useReactFlow, useStore } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { followTarget, viewRegion, type FlowView, type Presence } from "../../shared/workshop/presence";
import { jsonEqual, usePresences } from "./usePeers";
import { useWorkshopUi } from "./workshopUi";
import { startFollowing, stopFollowing } from "./follow";

type Requests = readonly (readonly [number, string])[];
const selectRequests = (presences: ReadonlyMap<number, Presence>, selfId: number): Requests =>
  [...presences].filter(([id, p]) => id !== selfId && p.followMe !== null).map(([id, p]) => [id, p.followMe ?? ""] as const);

/**
 * Following, inside the canvas: my viewport shows the region the followed person's `view` shows; my own pan or
 * zoom (wheel, a drag on the empty canvas, a touch) ends it; a follow-me request I have not
 * stepped out of makes me follow its sender; following ends when they leave.
 */
export function useFollow(awareness: Awareness): { leaderStage: string | null } {
  const [ui, store] = useWorkshopUi(awareness);
  const { setViewport, fitBounds } = useReactFlow();
  const domNode = useStore((s) => s.domNode);
  const following = ui.following;

  const selectTarget = useCallback(
    (presences: ReadonlyMap<number, Presence>): { present: boolean; view: FlowView | null; request: string | null; stage: string | null } => {
      const p = following === null ? undefined : presences.get(following);
      return { present: p !== undefined, view: p?.view ?? null, request: p?.followMe ?? null, stage: p?.presenting ? p.stage : null };
    },
    [following],
  );
  const target = usePresences(awareness, selectTarget, jsonEqual);
  const requests = usePresences(awareness, selectRequests, jsonEqual);

  useEffect(() => {
    if (following !== null && !target.present) stopFollowing(store, null);
  }, [following, target.present, store]);

  useEffect(() => {
    if (following !== null || requests.length === 0) return;
    const leader = followTarget(requests, ui.declined);
    if (leader !== null) startFollowing(store, leader);
  }, [following, requests, ui.declined, store]);

  const view = target.view;
  useEffect(() => {
    if (following === null || !view) return;
    // The same region of the map as the leader sees, whatever the size of my screen.
    const region = viewRegion(view);
    if (region) void fitBounds(region, { padding: 0, duration: 120 });
    else void setViewport(view, { duration: 120 });
  }, [following, view, setViewport, fitBounds]);

  const request = target.request;
  useEffect(() => {
    if (!domNode || following === null) return;
    const stop = () => stopFollowing(store, request);
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(".react-flow__pane")) stop();
    };
    domNode.addEventListener("wheel", stop, { passive: true });
    domNode.addEventListener("pointerdown", onPointerDown);
    domNode.addEventListener("touchstart", stop, { passive: true });
    return () => {
      domNode.removeEventListener("wheel", stop);
      domNode.removeEventListener("pointerdown", onPointerDown);
      domNode.removeEventListener("touchstart", stop);
    };
  }, [domNode, following, request, store]);
  return { leaderStage: following === null ? null : target.stage };
}
