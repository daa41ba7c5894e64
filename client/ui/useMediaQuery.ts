import { useCallback, useSyncExternalStore } from "react";

/** The page layouts by width (map.css uses the same numbers): a phone, and a narrow page (a tablet, a split window). */
export const PHONE_QUERY = "(max-width: 640px)";
export const NARROW_QUERY = "(max-width: 900px)";

/** Whether a media query matches now; re-renders when that changes (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", listener);
      return () => list.removeEventListener("change", listener);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
}
