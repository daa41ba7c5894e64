import type * as Y from "yjs";
import { useMapStores } from "../map/MapStoreContext";
import { useStoreSlice } from "../store/useStoreSlice";
import type { WorkshopDocState } from "./workshopDocReader";

export type { WorkshopDocState } from "./workshopDocReader";

const whole = (s: WorkshopDocState) => s;
const same = (a: unknown, b: unknown) => a === b;

/**
 * The open map's workshop state (round, ballots, timer), from the map's workshop store: the
 * document is observed once for the page, however many views read it. `doc` must be the open
 * map's document (kept for the callers written before the store).
 */
export function useWorkshopDoc(doc: Y.Doc): WorkshopDocState {
  const { workshop } = useMapStores();
  if (workshop.doc !== doc) throw new Error("useWorkshopDoc() is given a document that is not the open map's.");
  return useStoreSlice(workshop, whole, same);
}
