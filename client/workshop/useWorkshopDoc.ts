import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { Ballot, VoteRound } from "../../shared/workshop/voting";
import type { TimerState } from "../../shared/workshop/timer";
import type { Controller } from "../../shared/workshop/control";
import { readBallots, readController, readRound, readTimer, workshopMap } from "../../shared/workshop/workshopDoc";

/** The live workshop state of a map's document: the running round, its ballots, the timer. */
export interface WorkshopDocState {
  readonly round: VoteRound | null;
  /** Ballots of the running round by voter token (empty without a round). */
  readonly ballots: ReadonlyMap<string, Ballot>;
  readonly timer: TimerState;
  /** Who runs the round and the timer (W15, W16); null when nobody is recorded. */
  readonly roundBy: Controller | null;
  readonly timerBy: Controller | null;
}

function read(doc: Y.Doc): WorkshopDocState {
  const round = readRound(doc);
  return { round, ballots: round ? readBallots(doc, round.id) : new Map(), timer: readTimer(doc), roundBy: readController(doc, "roundBy"), timerBy: readController(doc, "timerBy") };
}

function fingerprint(state: WorkshopDocState): string {
  return JSON.stringify([state.round, state.timer, [...state.ballots], state.roundBy, state.timerBy]);
}

/**
 * One reading of a document's workshop state, shared by the header and every card badge: the
 * document is observed once and read again once per change, however many cards there are.
 */
class WorkshopDocStore {
  private value: WorkshopDocState | null = null;
  private readonly listeners = new Set<() => void>();
  private unobserve: (() => void) | null = null;

  constructor(private readonly doc: Y.Doc) {}

  get = (): WorkshopDocState => (this.value ??= read(this.doc));

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unobserve) this.observe();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.unobserve) {
        this.unobserve();
        this.unobserve = null;
      }
    };
  };

  private observe(): void {
    const changed = () => {
      this.value = null;
      for (const l of this.listeners) l();
    };
    // Whatever changed while nobody listened must not be answered from the old reading; an
    // unchanged one is kept, so components that rendered it do not render again.
    if (this.value) {
      const fresh = read(this.doc);
      if (fingerprint(fresh) !== fingerprint(this.value)) this.value = fresh;
    }
    const map = workshopMap(this.doc);
    if (!map) {
      // A foreign shared type under "workshop" reads as empty; then any update may matter.
      this.doc.on("update", changed);
      this.unobserve = () => this.doc.off("update", changed);
      return;
    }
    map.observeDeep(changed);
    this.unobserve = () => map.unobserveDeep(changed);
  }
}

const stores = new WeakMap<Y.Doc, WorkshopDocStore>();

/** Reads the document's `workshop` map, again whenever anything inside it changes. */
export function useWorkshopDoc(doc: Y.Doc): WorkshopDocState {
  let store = stores.get(doc);
  if (!store) {
    store = new WorkshopDocStore(doc);
    stores.set(doc, store);
  }
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
