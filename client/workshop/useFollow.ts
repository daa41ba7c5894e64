import { useCallback, useEffect, useRef } from "react";
import { useReactFlow, useStore } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { followTarget, viewRegion, type FollowRequest, type FlowView, type Presence } from "../../shared/workshop/presence";
import { jsonEqual, usePresences } from "./usePeers";
import { useWorkshopUi } from "./workshopUi";
import { startFollowing, stopFollowing } from "./follow";
import { useStageColumn } from "./useStageColumn";

type Requests = readonly (readonly [number, string])[];
const selectRequests = (presences: ReadonlyMap<number, Presence>, selfId: number): Requests =>
  [...presences].filter(([id, p]) => id !== selfId && p.followMe !== null).map(([id, p]) => [id, p.followMe ?? ""] as const);

/**
 * Following, inside the canvas: my viewport shows the region the followed person's `view` shows; my own pan or
 * zoom (wheel, a drag on the empty canvas, a touch) ends it; a follow-me request I have not
 * stepped out of makes me follow its sender; following ends when they leave. While the leader
 * presents, I see the stage they show fitted to MY screen (header included, animated when they
 * step), not their viewport: on a smaller screen their view would be unreadably small.
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
  const seenOrder = useRef(new Map<string, number>());

  // Following ends when the leader leaves, or ends the request that made me follow them.
  const endedRequest = ui.followRequest !== null && target.request !== ui.followRequest;
  useEffect(() => {
    if (following !== null && (!target.present || endedRequest)) stopFollowing(store, null);
  }, [following, target.present, endedRequest, store]);

  useEffect(() => {
    if (following !== null || requests.length === 0) return;
    // The order this page first saw each request in: who asked last leads (W13).
    const seen = seenOrder.current;
    for (const [, requestId] of requests) if (!seen.has(requestId)) seen.set(requestId, seen.size);
    const open: FollowRequest[] = requests.map(([id, requestId]) => [id, requestId, seen.get(requestId) ?? 0]);
    const leader = followTarget(open, ui.declined);
    const request = requests.find(([id]) => id === leader)?.[1];
    if (leader !== null && request !== undefined) startFollowing(store, leader, request);
  }, [following, requests, ui.declined, store]);

  const view = target.view;
  const column = useStageColumn(following === null ? null : target.stage);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    if (!column) return;
    const { x, y, width, height } = column;
    // A column taller than my screen's shape is fitted by its width, from its header down
    // (the rest scrolls): fitted by its height, a phone would show it a sliver wide (W13).
    const shown = paneWidth > 0 && paneHeight > 0 ? Math.min(height, width * (paneHeight / paneWidth)) : height;
    void fitBounds({ x, y, width, height: shown }, { padding: 0.06, duration: 450 });
  }, [column, fitBounds, paneWidth, paneHeight]);
  useEffect(() => {
    if (following === null || !view || column) return;
    // The same region of the map as the leader sees, whatever the size of my screen.
    const region = viewRegion(view);
    if (region) void fitBounds(region, { padding: 0, duration: 120 });
    else void setViewport(view, { duration: 120 });
  }, [following, view, column, setViewport, fitBounds]);

  const request = target.request;
  useEffect(() => {
    if (!domNode || following === null) return;
    const stop = () => stopFollowing(store, request);
    // A press anywhere on the canvas but a card, a link or the presenter's bar pans or zooms
    // (the pane, the minimap, the zoom controls).
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && !event.target.closest(".react-flow__node, .react-flow__edge, .ws-presenter-bar")) stop();
    };
    // Capture phase: d3-zoom stops these events before they would bubble up to us.
    domNode.addEventListener("wheel", stop, { passive: true, capture: true });
    domNode.addEventListener("pointerdown", onPointerDown, { capture: true });
    domNode.addEventListener("touchstart", stop, { passive: true, capture: true });
    return () => {
      domNode.removeEventListener("wheel", stop, { capture: true });
      domNode.removeEventListener("pointerdown", onPointerDown, { capture: true });
      domNode.removeEventListener("touchstart", stop, { capture: true });
    };
  }, [domNode, following, request, store]);
  return { leaderStage: following === null ? null : target.stage };
}
