import { useEffect } from "react";
import { useReactFlow, useStore } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_INTERVAL_MS, throttle } from "./throttle";

/**
 * Publishes my pointer over the canvas as `cursor` in flow (map) coordinates, at most about 20
 * times a second, and `null` when the pointer leaves the canvas. Flow coordinates make the
 * cursor land on the same card for everyone, whatever their pan and zoom.
 */
export function useCursorPublisher(awareness: Awareness): void {
  const domNode = useStore((s) => s.domNode);
  const { screenToFlowPosition } = useReactFlow();
  useEffect(() => {
    if (!domNode) return;
    const publish = throttle((cursor: { x: number; y: number } | null) => {
      awareness.setLocalStateField("cursor", cursor);
    }, PRESENCE_INTERVAL_MS);
    const onMove = (event: PointerEvent) => {
      const p = screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
      publish({ x: Math.round(p.x), y: Math.round(p.y) });
    };
    const onLeave = () => publish(null);
    domNode.addEventListener("pointermove", onMove);
    domNode.addEventListener("pointerleave", onLeave);
    return () => {
      domNode.removeEventListener("pointermove", onMove);
      domNode.removeEventListener("pointerleave", onLeave);
      publish.cancel();
      awareness.setLocalStateField("cursor", null);
    };
  }, [awareness, domNode, screenToFlowPosition]);
}
