import { useStoreSlice } from "../store/useStoreSlice";
import { useMapStores } from "./MapStoreContext";
import type { MapState } from "./mapStore";

/**
 * A slice of the open map's state: the component renders again only when the slice changes
 * (structurally, see `sameValue`; pass `equal` for something else). Select small things
 * (`(s) => s.journey.title`, `(s) => s.selection.includes(id)`), not the whole journey where
 * a part will do.
 */
export function useMap<U>(select: (state: MapState) => U, equal?: (a: U, b: U) => boolean): U {
  return useStoreSlice(useMapStores().map, select, equal);
}
