/**
 * The workshop's commands and their handlers: dot voting and the shared timer (the W-rules of
 * shared/workshop/RULES.md). They write the document's `workshop` map (layout in
 * shared/workshop/workshopDoc.ts) and, when a round ends, the cards' `votes`. The page
 * dispatches them with origin `workshop`, so they never enter anyone's undo history (W9).
 * Times (`now`) are Unix epoch ms passed in by the caller: `shared/` reads no clock.
 */
import * as Y from "yjs";
import type { Id } from "../schema/common";
import { CardKindSchema } from "../schema/card";
import { IdSchema } from "../schema/common";
import { asYMap } from "../doc/layout";
import {
  canAddDot, canRemoveDot, isVotable, tally, votesAfterRound, withDot, withoutDot,
  VoteTargetSchema, MAX_BUDGET, type DotRefusal, type VoteRound, type VoteTarget,
} from "../workshop/voting";
import { MAX_TIMER_MS, clampDuration, pauseTimer, resetTimer, startTimer } from "../workshop/timer";
import {
  WORKSHOP_KEYS, ballotKey, readBallot, readBallots, readBallotsMap, readRound, readTimer, workshopMap,
} from "../workshop/workshopDoc";
import { ControllerSchema, mayControl, type Controller } from "../workshop/control";
import { readController } from "../workshop/workshopDoc";
import type { ApplyContext } from "./applyContext";
import type { HandlersFor } from "./handler";

/**
 * Every workshop command. `by` names the person acting (W15, W16): starting a round or the timer
 * makes them its controller; revealing, ending, cancelling, pausing, resuming and resetting are
 * refused for anyone else until they take over (`takeOverVoteRound`, `takeOverTimer`).
 */
export type WorkshopCommand =
  /** Opens a round; a round already running is discarded without writing its dots (W8). */
  | { type: "startVoteRound"; round: { id: Id; target: VoteTarget; budget: number; hidden: boolean }; by?: Controller }
  /** One more dot from `voter` (a random per-device token for this round, W3) on a card. */
  | { type: "addDot"; roundId: Id; voter: Id; cardId: Id }
  | { type: "removeDot"; roundId: Id; voter: Id; cardId: Id }
  /** Closes voting and shows the tallies to everyone (W4, W5). */
  | { type: "revealVoteRound"; roundId: Id; by?: Controller }
  /** Adds the round's totals to the cards' `votes` and removes the round (W6). */
  | { type: "endVoteRound"; roundId: Id; by?: Controller }
  /** Removes the round without writing anything to the cards (W7). */
  | { type: "cancelVoteRound"; roundId: Id; by?: Controller }
  /** `by` runs the round from now on (W15). */
  | { type: "takeOverVoteRound"; roundId: Id; by: Controller }
  /** Starts or resumes the countdown at `now` (W11); `durationMs` sets the length of an idle timer first. */
  | { type: "startTimer"; now: number; durationMs?: number; by?: Controller }
  | { type: "pauseTimer"; now: number; by?: Controller }
  /** Back to idle, optionally with a new length. */
  | { type: "resetTimer"; durationMs?: number; by?: Controller }
  /** `by` runs the timer from now on (W16). */
  | { type: "takeOverTimer"; by: Controller };

/** The type names of the workshop's commands. */
export type WorkshopCommandType = WorkshopCommand["type"];

const NO_WORKSHOP = "the document's workshop is not a Y.Map";

const REFUSALS: Record<DotRefusal, string> = {
  roundClosed: "the voting round is closed",
  notVotable: "this card is not voted on in this round",
  budgetSpent: "no dots left in this round",
  noDot: "no dot of this voter on this card",
};

function badId(value: unknown, what: string): string | undefined {
  return IdSchema.safeParse(value).success ? undefined : `${what}: must match [A-Za-z0-9_-]{1,64}`;
}

function cardKind(ctx: ApplyContext, cardId: string) {
  const kind = CardKindSchema.safeParse(ctx.entity("cards", cardId)?.get("kind"));
  return kind.success ? kind.data : undefined;
}

function ensureBallots(workshop: Y.Map<unknown>): Y.Map<unknown> {
  const existing = asYMap(workshop.get(WORKSHOP_KEYS.ballots));
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  workshop.set(WORKSHOP_KEYS.ballots, created);
  return created;
}

/** Deletes the round and every ballot (of any round: they are worthless once it is gone). */
function clearRound(ctx: ApplyContext, workshop: Y.Map<unknown>): void {
  const ballots = readBallotsMap(ctx.doc);
  if (ballots) for (const key of Array.from(ballots.keys())) ballots.delete(key);
  workshop.delete(WORKSHOP_KEYS.round);
  workshop.delete(WORKSHOP_KEYS.roundBy);
}

/** The workshop map and the running round named `roundId`, or why there is none. */
function theRound(ctx: ApplyContext, roundId: unknown): { workshop: Y.Map<unknown>; round: VoteRound } | string {
  const workshop = workshopMap(ctx.doc);
  if (!workshop) return NO_WORKSHOP;
  const round = readRound(ctx.doc);
  if (!round || round.id !== roundId) return `no voting round "${String(roundId)}"`;
  return { workshop, round };
}

function checkBy(by: unknown): string | undefined {
  return by === undefined || ControllerSchema.safeParse(by).success ? undefined : "by: must be { id, name }";
}

/** Refuses `by` unless it runs `what` (or nobody is recorded as running it). */
function controlProblem(ctx: ApplyContext, what: "roundBy" | "timerBy", by: Controller | undefined): string | undefined {
  const problem = checkBy(by);
  if (problem) return problem;
  const owner = readController(ctx.doc, what);
  return mayControl(owner, by) ? undefined : `${owner?.name ?? "someone else"} runs the ${what === "roundBy" ? "voting round" : "timer"}; take it over first`;
}

function setController(workshop: Y.Map<unknown>, what: "roundBy" | "timerBy", by: Controller | undefined): void {
  if (by === undefined) workshop.delete(WORKSHOP_KEYS[what]);
  else workshop.set(WORKSHOP_KEYS[what], { id: by.id, name: by.name });
}

function checkNow(now: unknown): string | undefined {
  return typeof now === "number" && Number.isFinite(now) && now >= 0 ? undefined : "now: must be a time in ms";
}

function checkDuration(ms: unknown): string | undefined {
  if (ms === undefined) return undefined;
  return typeof ms === "number" && Number.isFinite(ms) && ms > 0 && ms <= MAX_TIMER_MS
    ? undefined
    : `durationMs: must be more than 0 and at most ${MAX_TIMER_MS}`;
}

/** The handler of every workshop command, registered in `applyCommands`' table. */
export const workshopHandlers: HandlersFor<WorkshopCommandType> = {
  startVoteRound(ctx, { round, by }) {
    // A running round belongs to its controller: nobody else replaces it (W8, W15).
    const running = readRound(ctx.doc) !== null ? controlProblem(ctx, "roundBy", by) : checkBy(by);
    if (running) return running;
    const problem =
      badId(round?.id, "round.id") ??
      (VoteTargetSchema.safeParse(round.target).success ? undefined : "round.target: must be painPoints, opportunities or both") ??
      (Number.isInteger(round.budget) && round.budget >= 1 && round.budget <= MAX_BUDGET
        ? undefined
        : `round.budget: must be a whole number from 1 to ${MAX_BUDGET}`) ??
      (typeof round.hidden === "boolean" ? undefined : "round.hidden: must be true or false");
    if (problem) return problem;
    const workshop = workshopMap(ctx.doc);
    if (!workshop) return NO_WORKSHOP;
    clearRound(ctx, workshop);
    ensureBallots(workshop);
    const stored: VoteRound = { id: round.id, target: round.target, budget: round.budget, hidden: round.hidden, phase: "open" };
    workshop.set(WORKSHOP_KEYS.round, stored);
    setController(workshop, "roundBy", by);
    return undefined;
  },
  addDot(ctx, { roundId, voter, cardId }) {
    const problem = badId(voter, "voter") ?? badId(cardId, "cardId");
    if (problem) return problem;
    const found = theRound(ctx, roundId);
    if (typeof found === "string") return found;
    const kind = cardKind(ctx, cardId);
    if (!kind) return `no card "${cardId}"`;
    const ballot = readBallot(ctx.doc, found.round.id, voter);
    const refusal = canAddDot(found.round, ballot, { kind });
    if (refusal) return REFUSALS[refusal];
    ensureBallots(found.workshop).set(ballotKey(found.round.id, voter), withDot(ballot, cardId));
    return undefined;
  },
  removeDot(ctx, { roundId, voter, cardId }) {
    const problem = badId(voter, "voter") ?? badId(cardId, "cardId");
    if (problem) return problem;
    const found = theRound(ctx, roundId);
    if (typeof found === "string") return found;
    const ballot = readBallot(ctx.doc, found.round.id, voter);
    const refusal = canRemoveDot(found.round, ballot, cardId);
    if (refusal) return REFUSALS[refusal];
    const next = withoutDot(ballot, cardId);
    const ballots = ensureBallots(found.workshop);
    if (Object.keys(next).length === 0) ballots.delete(ballotKey(found.round.id, voter));
    else ballots.set(ballotKey(found.round.id, voter), next);
    return undefined;
  },
  revealVoteRound(ctx, { roundId, by }) {
    const found = theRound(ctx, roundId);
    if (typeof found === "string") return found;
    const refused = controlProblem(ctx, "roundBy", by);
    if (refused) return refused;
    if (found.round.phase !== "revealed") found.workshop.set(WORKSHOP_KEYS.round, { ...found.round, phase: "revealed" });
    return undefined;
  },
  endVoteRound(ctx, { roundId, by }) {
    const found = theRound(ctx, roundId);
    if (typeof found === "string") return found;
    const refused = controlProblem(ctx, "roundBy", by);
    if (refused) return refused;
    const { round, workshop } = found;
    const cards = ctx.collection("cards");
    const votable = new Set<string>();
    cards?.forEach((_, id) => {
      const kind = cardKind(ctx, id);
      if (kind && isVotable({ kind }, round.target)) votable.add(id);
    });
    for (const [cardId, total] of tally(readBallots(ctx.doc, round.id).values(), votable)) {
      const card = ctx.entity("cards", cardId);
      if (!card || total <= 0) continue;
      const existing = card.get("votes");
      const before = typeof existing === "number" && Number.isInteger(existing) && existing >= 0 ? existing : 0;
      card.set("votes", votesAfterRound(before, total));
    }
    clearRound(ctx, workshop);
    return undefined;
  },
  cancelVoteRound(ctx, { roundId, by }) {
    const found = theRound(ctx, roundId);
    if (typeof found === "string") return found;
    const refused = controlProblem(ctx, "roundBy", by);
    if (refused) return refused;
    clearRound(ctx, found.workshop);
    return undefined;
  },
  takeOverVoteRound(ctx, { roundId, by }) {
    const found = theRound(ctx, roundId);
    if (typeof found === "string") return found;
    if (by === undefined || checkBy(by)) return "by: must be { id, name }";
    setController(found.workshop, "roundBy", by);
    return undefined;
  },
  startTimer(ctx, { now, durationMs, by }) {
    const problem = checkNow(now) ?? checkDuration(durationMs);
    if (problem) return problem;
    const workshop = workshopMap(ctx.doc);
    if (!workshop) return NO_WORKSHOP;
    let timer = readTimer(ctx.doc);
    // An idle timer is anybody's to start, and the starter runs it (W16); a paused one is its controller's.
    const refused = timer.phase === "idle" ? checkBy(by) : controlProblem(ctx, "timerBy", by);
    if (refused) return refused;
    if (timer.phase === "idle") setController(workshop, "timerBy", by);
    if (durationMs !== undefined && timer.phase === "idle") timer = resetTimer(timer, clampDuration(durationMs));
    workshop.set(WORKSHOP_KEYS.timer, startTimer(timer, Math.round(now)));
    return undefined;
  },
  pauseTimer(ctx, { now, by }) {
    const problem = checkNow(now) ?? controlProblem(ctx, "timerBy", by);
    if (problem) return problem;
    const workshop = workshopMap(ctx.doc);
    if (!workshop) return NO_WORKSHOP;
    const timer = readTimer(ctx.doc);
    if (timer.phase !== "running") return "the timer is not running";
    workshop.set(WORKSHOP_KEYS.timer, pauseTimer(timer, Math.round(now)));
    return undefined;
  },
  resetTimer(ctx, { durationMs, by }) {
    const problem = checkDuration(durationMs);
    if (problem) return problem;
    const workshop = workshopMap(ctx.doc);
    if (!workshop) return NO_WORKSHOP;
    // Setting the length of an idle timer is anybody's; resetting a running or paused one is its controller's.
    const refused = readTimer(ctx.doc).phase === "idle" ? checkBy(by) : controlProblem(ctx, "timerBy", by);
    if (refused) return refused;
    workshop.set(WORKSHOP_KEYS.timer, resetTimer(readTimer(ctx.doc), durationMs === undefined ? undefined : clampDuration(durationMs)));
    return undefined;
  },
  takeOverTimer(ctx, { by }) {
    if (by === undefined || checkBy(by)) return "by: must be { id, name }";
    const workshop = workshopMap(ctx.doc);
    if (!workshop) return NO_WORKSHOP;
    setController(workshop, "timerBy", by);
    return undefined;
  },
};
