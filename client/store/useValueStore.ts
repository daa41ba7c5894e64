import { useLayoutEffect, useState } from "react";
import { createStore, type StoreApi } from "zustand/vanilla";

/**
 * A store that follows a value computed while rendering (an index built once per journey), so
 * many components can each select their own part of it (`useStoreSlice`) instead of all
 * rendering again through a context whenever the value changes. The store object never changes.
 */
export function useValueStore<T>(value: T): StoreApi<{ value: T }> {
  const [store] = useState(() => createStore<{ value: T }>()(() => ({ value })));
  useLayoutEffect(() => {
    if (store.getState().value !== value) store.setState({ value });
  }, [store, value]);
  return store;
}
