import type * as Y from "yjs";
import type { Ballot, VoteRound } from "../../shared/workshop/voting";
import type { TimerState } from "../../shared/workshop/timer";
import { readBallots, readRound, readTimer } from "../../shared/workshop/workshopDoc";
import type { DocReader } from "../store/createDocStore";

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

function fingerprint(state: WorkshopDocState): string {
  return JSON.stringify([state.round, state.timer, [...state.ballots]]);
}

/**
 * The `DocDeriver` of a map's workshop state (for `createDocStore`): an unchanged state is
 * returned as the same object, so an edit elsewhere in the document notifies no workshop view.
 */
export function workshopDocReader(doc: Y.Doc): DocReader<WorkshopDocState> {
  let last: { state: WorkshopDocState; print: string } | null = null;
  return {
    read() {
      const state = read(doc);
      const print = fingerprint(state);
      if (last && last.print === print) return last.state;
      last = { state, print };
      return state;
    },
    dispose() {},
  };
}
