import { useCallback, useSyncExternalStore } from "react";

/**
 * Settings that belong to this device, not to the map (who "I am", whether the unowned
 * highlight is on). They live in localStorage so they survive a reload; when localStorage is
 * not available (private mode, a sandboxed frame) they live in memory for this page only.
 * Every component that reads one key re-renders when any component writes it, and when
 * another tab of the same browser does.
 */
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

/** The stored value under `key`, or `null` when unset (memory when storage is unavailable). */
function readDeviceSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

/** Stores (or with `null` clears) `key` and tells every reader on this page. */
export function writeDeviceSetting(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** A device setting under `key`: its value (`null` when unset) and a setter (`null` clears). */
export function useDeviceSetting(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => readDeviceSetting(key), () => null);
  const set = useCallback((next: string | null) => writeDeviceSetting(key, next), [key]);
  return [value, set];
}
