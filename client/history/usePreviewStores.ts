import { useEffect, useMemo } from "react";
import { createStore } from "zustand/vanilla";
import type { MapStores } from "../map/MapStoreContext";
import type { MapState, MapStore } from "../map/mapStore";
import type { Journey } from "../../shared/schema/journey";

const noop = (): void => undefined;

/** The page state the canvas shows for a version: the live state with the version's journey, read-only, nothing selected. */
function shown(state: MapState, journey: Journey): MapState {
  return {
    ...state,
    journey,
    problems: [],
    canEdit: false,
    selection: [],
    selectedLinks: [],
    editingCardId: null,
    pendingDeletion: null,
    dispatch: () => ({ applied: 0, skipped: [], refused: "viewOnly" }),
    select: noop,
    selectLinks: noop,
    setEditing: noop,
    requestDelete: noop,
  };
}

/**
 * The stores the canvas reads while History shows a version (`journey`): a store that follows
 * the live one (viewport, connection, presence) but holds the version's journey and refuses
 * every change. `null` journey: the live stores as they are.
 */
export function usePreviewStores(stores: MapStores, journey: Journey | null): MapStores {
  const preview = useMemo(() => {
    if (!journey) return null;
    const store = createStore<MapState>(() => shown(stores.map.getState(), journey));
    return { store, map: Object.assign(store, { destroy: noop }) as MapStore };
  }, [stores, journey]);
  useEffect(() => {
    if (!preview || !journey) return undefined;
    return stores.map.subscribe((live) => preview.store.setState(shown(live, journey), true));
  }, [preview, stores, journey]);
  return useMemo(() => (preview ? { ...stores, map: preview.map } : stores), [preview, stores]);
}
