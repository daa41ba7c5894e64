import { useCallback, useRef, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { parsePresence, type Presence } from "../../shared/workshop/presence";

/** Everyone with a valid `user` in the awareness, by Yjs client id; mine included. */
export function readPresences(awareness: Awareness): Map<number, Presence> {
  const result = new Map<number, Presence>();
  awareness.getStates().forEach((state, clientId) => {
    const presence = parsePresence(state);
    if (presence) result.set(clientId, presence);
  });
  return result;
}

/**
 * A value derived from the presences of a map, re-rendering only when `equal` says it changed,
 * so the header does not re-render on every cursor move of everyone else. `select` and `equal`
 * should be stable (module-level functions or memoised).
 */
export function usePresences<T>(
  awareness: Awareness,
  select: (presences: ReadonlyMap<number, Presence>, selfId: number) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const cache = useRef<{ version: number; select: unknown; value: T } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      // Whatever changed between the render that read the snapshot and this subscription
      // must not be answered from the cache.
      version.current += 1;
      const listener = () => {
        version.current += 1;
        onChange();
      };
      awareness.on("change", listener);
      return () => awareness.off("change", listener);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const held = cache.current;
    // A new `select` (e.g. following someone else) must not be answered from the old one's cache.
    if (held && held.version === version.current && held.select === select) return held.value;
    const value = select(readPresences(awareness), awareness.clientID);
    const kept = held && equal(held.value, value) ? held.value : value;
    cache.current = { version: version.current, select, value: kept };
    return kept;
  }, [awareness, select, equal]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/** Equality by JSON value, for small derived lists. */
export function jsonEqual<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
