import { useCallback } from "react";
import { useT } from "../i18n/useT";
import { useMapStores } from "../map/MapStoreContext";
import { freshId } from "../flow/freshId";
import type { CardClip } from "../flow/clipboard";
import type { ActionArg } from "./mapActions";
import { runAction, type ActionOutcome, type ActionSource } from "./runAction";

/** Cards copied on this page (the system clipboard gets a text copy too). */
const clip: { current: CardClip | null } = { current: null };

/** Runs actions of the map's table with the store's state at the moment of the call. Stable while the language stays. */
export function useRunAction(): (id: string, source: ActionSource, arg?: ActionArg) => ActionOutcome {
  const { map } = useMapStores();
  const t = useT();
  return useCallback(
    (id, source, arg) => {
      const state = map.getState();
      return runAction(id, { state, t, newId: freshId, clip, announce: state.announce }, source, arg);
    },
    [map, t],
  );
}
