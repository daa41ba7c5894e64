import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { Ballot, VoteRound } from "../../shared/workshop/voting";
import type { TimerState } from "../../shared/workshop/timer";
import { readBallots, readRound, readTimer, workshopMap } from "../../shared/workshop/workshopDoc";

/** The live workshop state of a map's document: the running round, its ballots, the timer. */
export interface WorkshopDocState {
  readonly round: VoteRound | null;
  /** Ballots of the running round by voter token (empty without a round). */
  readonly ballots: ReadonlyMap<string, Ballot>;
  readonly timer: TimerState;
}

function read(doc: Y.Doc): WorkshopDocState {
  const round = readRound(doc);
  return { round, ballots: round ? readBallots(doc, round.id) : new Map(), timer: readTimer(doc) };
}

/** Reads the document's `workshop` map, again whenever anything inside it changes. */
export function useWorkshopDoc(doc: Y.Doc): WorkshopDocState {
  const cache = useRef<{ version: number; value: WorkshopDocState } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      // Whatever changed between the render that read the snapshot and this subscription
      // must not be answered from the cache.
      version.current += 1;
      const map = workshopMap(doc);
      const listener = () => {
        version.current += 1;
        onChange();
      };
      // A foreign shared type under "workshop" reads as empty; then any update may be worth a look.
      if (!map) {
        doc.on("update", listener);
        return () => doc.off("update", listener);
      }
      map.observeDeep(listener);
      return () => map.unobserveDeep(listener);
    },
    [doc],
  );
  const getSnapshot = useCallback(() => {
    if (cache.current && cache.current.version === version.current) return cache.current.value;
    const value = read(doc);
    cache.current = { version: version.current, value };
    return value;
  }, [doc]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
