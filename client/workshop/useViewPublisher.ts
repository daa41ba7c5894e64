import { useEffect } from "react";
import { useStoreApi } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_INTERVAL_MS, throttle } from "./throttle";

/**
 * Publishes my viewport and canvas size as `view`, throttled, so others can follow me. It subscribes to React
 * Flow's store directly: `useOnViewportChange` holds a single callback slot the editor may use.
 */
export function useViewPublisher(awareness: Awareness): void {
  const store = useStoreApi();
  useEffect(() => {
    const publish = throttle((x: number, y: number, zoom: number, width: number, height: number) => {
      const view = { x: Math.round(x), y: Math.round(y), zoom: Math.round(zoom * 1000) / 1000 };
      awareness.setLocalStateField("view", width > 0 && height > 0 ? { ...view, width: Math.round(width), height: Math.round(height) } : view);
    }, PRESENCE_INTERVAL_MS);
    let { transform, width, height } = store.getState();
    publish(...transform, width, height);
    const unsubscribe = store.subscribe((state) => {
      if (state.transform === transform && state.width === width && state.height === height) return;
      ({ transform, width, height } = state);
      publish(...transform, width, height);
    });
    return () => {
      unsubscribe();
      publish.cancel();
    };
  }, [awareness, store]);
}
