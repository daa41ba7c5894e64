import { useStoreWithEqualityFn } from "zustand/traditional";
import type { StoreApi } from "zustand/vanilla";
import { sameValue } from "./sameValue";

/**
 * A slice of a store: the component renders again only when `select` returns a value that
 * `equal` (default: same value, structurally for plain arrays and objects) says is different.
 * Selectors must be cheap: they run on every change of the store.
 */
export function useStoreSlice<S, U>(store: StoreApi<S>, select: (state: S) => U, equal: (a: U, b: U) => boolean = sameValue): U {
  return useStoreWithEqualityFn(store, select, equal);
}
