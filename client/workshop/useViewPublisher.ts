import { useEffect } from "react";
import { useStoreApi } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_INTERVAL_MS, throttle } from "./throttle";

/**
 * Publishes my viewport as `view`, throttled, so others can follow me. It subscribes to React
 * Flow's store directly: `useOnViewportChange` holds a single callback slot the editor may use.
 */
export function useViewPublisher(awareness: Awareness): void {
  const store = useStoreApi();
  useEffect(() => {
    const publish = throttle((x: number, y: number, zoom: number) => {
      awareness.setLocalStateField("view", { x: Math.round(x), y: Math.round(y), zoom: Math.round(zoom * 1000) / 1000 });
    }, PRESENCE_INTERVAL_MS);
    let last = store.getState().transform;
    publish(...last);
    const unsubscribe = store.subscribe((state) => {
      if (state.transform === last) return;
      last = state.transform;
      publish(...last);
    });
    return () => {
      unsubscribe();
      publish.cancel();
    };
  }, [awareness, store]);
}
