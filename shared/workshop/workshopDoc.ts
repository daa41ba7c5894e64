import * as Y from "yjs";
import { WORKSHOP, rootMap } from "../doc/layout";
import { BallotSchema, VoteRoundSchema, type Ballot, type VoteRound } from "./voting";
import { TimerStateSchema, idleTimer, type TimerState } from "./timer";
import { ControllerSchema, type Controller } from "./control";

/**
 * How the live workshop state lives in a map's Y.Doc: the top-level `workshop` Y.Map
 * (shared/doc/LAYOUT.md). It is not part of the journey file; only the totals of an ended
 * voting round reach the file, through the cards' `votes`.
 *
 * | key | holds |
 * |---|---|
 * | `round` | the running voting round, plain JSON (`VoteRound`); absent when none runs |
 * | `ballots` | a nested `Y.Map`: key `<roundId>.<voterToken>`, value a `Ballot` (card id to dots) |
 * | `timer` | the countdown, plain JSON (`TimerState`); absent means idle at the default length |
 * | `roundBy` | who runs the voting round (`Controller`, W15); absent: anyone may |
 * | `timerBy` | who runs the timer (`Controller`, W16); absent: anyone may |
 *
 * Each voter writes only their own ballot key, so concurrent votes never conflict. Ballots
 * carry their round's id in the key, so a ballot of an older round (or one written while two
 * facilitators started rounds at once) is ignored rather than counted in the wrong round.
 * Everything is read defensively: a value that does not validate reads as absent.
 */

/** Keys of the workshop map. */
export const WORKSHOP_KEYS = { round: "round", ballots: "ballots", timer: "timer", roundBy: "roundBy", timerBy: "timerBy" } as const;

/** The key of one voter's ballot in `workshop.ballots`. */
export function ballotKey(roundId: string, voter: string): string {
  return `${roundId}.${voter}`;
}

/**
 * The document's workshop map, or `undefined` when a foreign client put another shared type
 * under its name (then the workshop reads as empty and its commands are skipped).
 */
export function workshopMap(doc: Y.Doc): Y.Map<unknown> | undefined {
  return rootMap(doc, WORKSHOP);
}

/** The running voting round, or `null` when none runs or the stored value is invalid. */
export function readRound(doc: Y.Doc): VoteRound | null {
  const parsed = VoteRoundSchema.safeParse(workshopMap(doc)?.get(WORKSHOP_KEYS.round));
  return parsed.success ? parsed.data : null;
}

/** The nested ballots map, or `null` when absent or not a `Y.Map`. */
export function readBallotsMap(doc: Y.Doc): Y.Map<unknown> | null {
  const value = workshopMap(doc)?.get(WORKSHOP_KEYS.ballots);
  return value instanceof Y.Map ? value : null;
}

/** Every valid ballot of round `roundId`, by voter token. */
export function readBallots(doc: Y.Doc, roundId: string): Map<string, Ballot> {
  const result = new Map<string, Ballot>();
  const ballots = readBallotsMap(doc);
  if (!ballots) return result;
  const prefix = `${roundId}.`;
  ballots.forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const parsed = BallotSchema.safeParse(value);
    if (parsed.success) result.set(key.slice(prefix.length), parsed.data);
  });
  return result;
}

/** One voter's ballot in round `roundId` (empty when they have not voted). */
export function readBallot(doc: Y.Doc, roundId: string, voter: string): Ballot {
  const parsed = BallotSchema.safeParse(readBallotsMap(doc)?.get(ballotKey(roundId, voter)));
  return parsed.success ? parsed.data : {};
}

/** The countdown; idle at the default length when absent or invalid. */
export function readTimer(doc: Y.Doc): TimerState {
  const parsed = TimerStateSchema.safeParse(workshopMap(doc)?.get(WORKSHOP_KEYS.timer));
  return parsed.success ? parsed.data : idleTimer();
}

/** Who runs the voting round or the timer (W15, W16), or `null` when nobody is recorded. */
export function readController(doc: Y.Doc, what: "roundBy" | "timerBy"): Controller | null {
  const parsed = ControllerSchema.safeParse(workshopMap(doc)?.get(WORKSHOP_KEYS[what]));
  return parsed.success ? parsed.data : null;
}
