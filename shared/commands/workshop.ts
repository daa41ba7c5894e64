import * as Y from "yjs";
import type { Id } from "../schema/common";
import { CardKindSchema } from "../schema/card";
import {
  canAddDot, canRemoveDot, tally, votesAfterRound, withDot, withoutDot, isVotable,
  MAX_BUDGET, type DotRefusal, type VoteTarget,
} from "../workshop/voting";
import { clampDuration, pauseTimer, resetTimer, startTimer } from "../workshop/timer";
import {
  WORKSHOP_KEYS, ballotKey, readBallot, readBallots, readBallotsMap, readRound, readTimer, workshopMap,
} from "../workshop/workshopDoc";

/**
 * The workshop's commands: dot voting and the shared timer. They write the document's
 * `workshop` map (see `shared/workshop/workshopDoc.ts`) and, when a round ends, the cards'
 * `votes`. The page dispatches them with origin `workshop`, so they never enter anyone's undo
 * history. Times (`now`) are Unix epoch ms passed in by the caller; `shared/` reads no clock.
 */
export type WorkshopCommand =
  /** Opens a round; a round already running is discarded without writing its dots. */
  | { type: "startVoteRound"; round: { id: Id; target: VoteTarget; budget: number; hidden: boolean } }
  /** One more dot from `voter` (a random per-device token for this round) on a card. */
  | { type: "addDot"; roundId: Id; voter: Id; cardId: Id }
  | { type: "removeDot"; roundId: Id; voter: Id; cardId: Id }
  /** Closes voting and shows the tallies to everyone. */
  | { type: "revealVoteRound"; roundId: Id }
  /** Adds the round's totals to the cards' `votes` and removes the round. */
  | { type: "endVoteRound"; roundId: Id }
  /** Removes the round without writing anything to the cards. */
  | { type: "cancelVoteRound"; roundId: Id }
  /** Starts or resumes the countdown at `now`; `durationMs` sets a new length first (idle only). */
  | { type: "startTimer"; now: number; durationMs?: number }
  | { type: "pauseTimer"; now: number }
  /** Back to idle, optionally with a new length. */
  | { type: "resetTimer"; durationMs?: number };

/** The type names of the workshop's commands. */
export type WorkshopCommandType = WorkshopCommand["type"];

/**
 * Applies one workshop command to `doc` inside the caller's transaction. Returns `null`, or a
 * sentence saying why the command was skipped (no such round, budget spent, ...). Never throws
 * for any command value.
 */
export type WorkshopHandler<T extends WorkshopCommandType> = (
  doc: Y.Doc,
  command: Extract<WorkshopCommand, { type: T }>,
) => string | null;

const REFUSALS: Record<DotRefusal, string> = {
  roundClosed: "the voting round is closed",
  notVotable: "this card is not voted on in this round",
  budgetSpent: "no dots left in this round",
  noDot: "no dot of this voter on this card",
};

function cardKind(doc: Y.Doc, cardId: string) {
  const card = doc.getMap<unknown>("cards").get(cardId);
  if (!(card instanceof Y.Map)) return null;
  const kind = CardKindSchema.safeParse(card.get("kind"));
  return kind.success ? kind.data : null;
}

function ensureBallots(doc: Y.Doc): Y.Map<unknown> {
  const existing = readBallotsMap(doc);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  workshopMap(doc).set(WORKSHOP_KEYS.ballots, created);
  return created;
}

/** Deletes the round and every ballot (of any round: they are worthless once it is gone). */
function clearRound(doc: Y.Doc): void {
  const ballots = readBallotsMap(doc);
  if (ballots) for (const key of Array.from(ballots.keys())) ballots.delete(key);
  workshopMap(doc).delete(WORKSHOP_KEYS.round);
}

function openRound(doc: Y.Doc, roundId: string) {
  const round = readRound(doc);
  if (!round || round.id !== roundId) return { round: null, problem: `no voting round "${roundId}"` } as const;
  return { round, problem: null } as const;
}

/** The handler of every workshop command, by type (registered in `applyCommands`' table). */
export const workshopHandlers: { readonly [T in WorkshopCommandType]: WorkshopHandler<T> } = {
  startVoteRound(doc, { round }) {
    if (!Number.isInteger(round.budget) || round.budget < 1 || round.budget > MAX_BUDGET) {
      return `a round's budget must be a whole number from 1 to ${MAX_BUDGET}`;
    }
    clearRound(doc);
    ensureBallots(doc);
    workshopMap(doc).set(WORKSHOP_KEYS.round, {
      id: round.id, target: round.target, budget: round.budget, hidden: round.hidden === true, phase: "open",
    });
    return null;
  },
  addDot(doc, { roundId, voter, cardId }) {
    const { round, problem } = openRound(doc, roundId);
    if (!round) return problem;
    const kind = cardKind(doc, cardId);
    if (!kind) return `no card "${cardId}"`;
    const ballot = readBallot(doc, roundId, voter);
    const refusal = canAddDot(round, ballot, { kind });
    if (refusal) return REFUSALS[refusal];
    ensureBallots(doc).set(ballotKey(roundId, voter), withDot(ballot, cardId));
    return null;
  },
  removeDot(doc, { roundId, voter, cardId }) {
    const { round, problem } = openRound(doc, roundId);
    if (!round) return problem;
    const ballot = readBallot(doc, roundId, voter);
    const refusal = canRemoveDot(round, ballot, cardId);
    if (refusal) return REFUSALS[refusal];
    const next = withoutDot(ballot, cardId);
    const ballots = ensureBallots(doc);
    if (Object.keys(next).length === 0) ballots.delete(ballotKey(roundId, voter));
    else ballots.set(ballotKey(roundId, voter), next);
    return null;
  },
  revealVoteRound(doc, { roundId }) {
    const { round, problem } = openRound(doc, roundId);
    if (!round) return problem;
    if (round.phase !== "revealed") workshopMap(doc).set(WORKSHOP_KEYS.round, { ...round, phase: "revealed" });
    return null;
  },
  endVoteRound(doc, { roundId }) {
    const { round, problem } = openRound(doc, roundId);
    if (!round) return problem;
    const cards = doc.getMap<unknown>("cards");
    const votable = new Set<string>();
    cards.forEach((card, id) => {
      const kind = cardKind(doc, id);
      if (card instanceof Y.Map && kind && isVotable({ kind }, round.target)) votable.add(id);
    });
    for (const [cardId, total] of tally(readBallots(doc, roundId).values(), votable)) {
      const card = cards.get(cardId);
      if (!(card instanceof Y.Map) || total <= 0) continue;
      const existing = card.get("votes");
      const before = typeof existing === "number" && Number.isInteger(existing) && existing >= 0 ? existing : 0;
      card.set("votes", votesAfterRound(before, total));
    }
    clearRound(doc);
    return null;
  },
  cancelVoteRound(doc, { roundId }) {
    const { round, problem } = openRound(doc, roundId);
    if (!round) return problem;
    clearRound(doc);
    return null;
  },
  startTimer(doc, { now, durationMs }) {
    if (!Number.isFinite(now)) return "the timer needs the current time";
    let timer = readTimer(doc);
    if (durationMs !== undefined && timer.phase === "idle") timer = resetTimer(timer, clampDuration(durationMs));
    workshopMap(doc).set(WORKSHOP_KEYS.timer, startTimer(timer, Math.round(now)));
    return null;
  },
  pauseTimer(doc, { now }) {
    if (!Number.isFinite(now)) return "the timer needs the current time";
    const timer = readTimer(doc);
    if (timer.phase !== "running") return "the timer is not running";
    workshopMap(doc).set(WORKSHOP_KEYS.timer, pauseTimer(timer, Math.round(now)));
    return null;
  },
  resetTimer(doc, { durationMs }) {
    const timer = readTimer(doc);
    workshopMap(doc).set(WORKSHOP_KEYS.timer, resetTimer(timer, durationMs === undefined ? undefined : clampDuration(durationMs)));
    return null;
  },
};
