import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { docToJourney } from "../../shared/doc/docToJourney";
import { createApplyContext } from "../../shared/commands/applyContext";
import { workshopHandlers, type WorkshopCommand } from "../../shared/commands/workshop";
import { readBallots, readRound, readTimer } from "../../shared/workshop/workshopDoc";
import { timerRemaining } from "../../shared/workshop/timer";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

/** Applies workshop commands through their handlers in one transaction; returns the skip reasons. */
function run(doc: Y.Doc, commands: WorkshopCommand[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  doc.transact(() => {
    const ctx = createApplyContext(doc);
    for (const c of commands) {
      const handler = workshopHandlers[c.type] as (ctx: unknown, c: WorkshopCommand) => string | undefined;
      out.push(handler(ctx, c));
    }
  }, "workshop");
  return out;
}

const votesOf = (doc: Y.Doc) => Object.fromEntries(docToJourney(doc).journey.cards.map((c) => [c.id, c.votes]));

describe("workshop commands on a live document", () => {
  it("[W6] a full round: budgets hold, totals are added to existing votes, the round is gone", () => {
    const doc = journeyToDoc(example);
    const before = votesOf(doc);
    expect(before).toMatchObject({ p1: 7, p2: 11, o1: undefined });
    const dots = (voter: string, cardId: string, n: number): WorkshopCommand[] =>
      Array.from({ length: n }, () => ({ type: "addDot", roundId: "R", voter, cardId }));
    const results = run(doc, [
      { type: "startVoteRound", round: { id: "R", target: "both", budget: 3, hidden: true } },
      ...dots("ann", "p1", 2),
      ...dots("ann", "o1", 1),
      ...dots("ann", "o2", 1), // over budget: refused
      ...dots("bob", "p1", 3),
      ...dots("cy", "o1", 1),
      { type: "addDot", roundId: "R", voter: "cy", cardId: "a1" }, // an action: not voted on
      { type: "removeDot", roundId: "R", voter: "cy", cardId: "o1" },
      { type: "addDot", roundId: "R", voter: "cy", cardId: "p3" },
    ]);
    expect(results.filter((r) => r !== undefined)).toEqual(["no dots left in this round", "this card is not voted on in this round"]);
    const ballots = Object.fromEntries(readBallots(doc, "R"));
    expect(ballots).toEqual({ ann: { p1: 2, o1: 1 }, bob: { p1: 3 }, cy: { p3: 1 } });
    expect(run(doc, [{ type: "revealVoteRound", roundId: "R" }, { type: "addDot", roundId: "R", voter: "dee", cardId: "p1" }])).toEqual([
      undefined,
      "the voting round is closed",
    ]);
    expect(run(doc, [{ type: "endVoteRound", roundId: "R" }])).toEqual([undefined]);
    expect(votesOf(doc)).toEqual({ ...before, p1: 12, o1: 1, p3: 5 });
    expect(readRound(doc)).toBeNull();
    expect(readBallots(doc, "R").size).toBe(0);
    expect(docToJourney(doc).problems).toEqual([]);
  });

  it("[W1] a round on opportunities refuses pain points; [W7] cancelling writes nothing", () => {
    const doc = journeyToDoc(example);
    const before = votesOf(doc);
    expect(run(doc, [
      { type: "startVoteRound", round: { id: "R", target: "opportunities", budget: 5, hidden: false } },
      { type: "addDot", roundId: "R", voter: "ann", cardId: "p1" },
      { type: "addDot", roundId: "R", voter: "ann", cardId: "o1" },
      { type: "cancelVoteRound", roundId: "R" },
    ])).toEqual([undefined, "this card is not voted on in this round", undefined, undefined]);
    expect(votesOf(doc)).toEqual(before);
    expect(readRound(doc)).toBeNull();
  });

  it("[W8] a new round replaces the old one and old ballots never count", () => {
    const doc = journeyToDoc(example);
    run(doc, [
      { type: "startVoteRound", round: { id: "old", target: "both", budget: 5, hidden: true } },
      { type: "addDot", roundId: "old", voter: "ann", cardId: "p1" },
      { type: "startVoteRound", round: { id: "new", target: "both", budget: 5, hidden: true } },
    ]);
    expect(run(doc, [{ type: "addDot", roundId: "old", voter: "ann", cardId: "p1" }])).toEqual(['no voting round "old"']);
    expect(readBallots(doc, "new").size).toBe(0);
    expect(readRound(doc)?.id).toBe("new");
  });

  it("[W3] ballots written by two people concurrently both count", () => {
    const a = journeyToDoc(example);
    run(a, [{ type: "startVoteRound", round: { id: "R", target: "both", budget: 5, hidden: true } }]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    run(a, [{ type: "addDot", roundId: "R", voter: "ann", cardId: "p1" }]);
    run(b, [{ type: "addDot", roundId: "R", voter: "bob", cardId: "p1" }, { type: "addDot", roundId: "R", voter: "bob", cardId: "p2" }]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    run(b, [{ type: "endVoteRound", roundId: "R" }]);
    expect(votesOf(b)).toMatchObject({ p1: 9, p2: 12 });
  });

  it("[W10] the timer stores the end time, pause stores what is left, reset goes idle", () => {
    const doc = journeyToDoc(example);
    const t0 = Date.parse("2026-11-21T09:00:00Z");
    run(doc, [{ type: "startTimer", now: t0, durationMs: 120_000 }]);
    expect(readTimer(doc)).toEqual({ phase: "running", durationMs: 120_000, endsAt: t0 + 120_000 });
    run(doc, [{ type: "pauseTimer", now: t0 + 30_000 }]);
    expect(timerRemaining(readTimer(doc), t0 + 99_000)).toBe(90_000);
    run(doc, [{ type: "startTimer", now: t0 + 60_000 }]);
    expect(readTimer(doc)).toEqual({ phase: "running", durationMs: 120_000, endsAt: t0 + 150_000 });
    expect(run(doc, [{ type: "resetTimer" }, { type: "pauseTimer", now: t0 }])).toEqual([undefined, "the timer is not running"]);
    expect(readTimer(doc)).toEqual({ phase: "idle", durationMs: 120_000 });
  });

  it("[W12] bad commands are skipped with a reason and write nothing", () => {
    const doc = journeyToDoc(example);
    const before = Y.encodeStateVector(doc);
    const bad = [
      { type: "startVoteRound", round: { id: "bad id!", target: "both", budget: 5, hidden: true } },
      { type: "startVoteRound", round: { id: "R", target: "everything", budget: 5, hidden: true } },
      { type: "startVoteRound", round: { id: "R", target: "both", budget: 0, hidden: true } },
      { type: "addDot", roundId: "nope", voter: "ann", cardId: "p1" },
      { type: "startTimer", now: Number.NaN },
      { type: "resetTimer", durationMs: -5 },
    ] as WorkshopCommand[];
    const results = run(doc, bad);
    expect(results.every((r) => typeof r === "string" && r.length > 0)).toBe(true);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("[W12] a foreign shared type under `workshop` reads as empty and commands are skipped", () => {
    const doc = journeyToDoc(example);
    doc.getArray("workshop");
    expect(readRound(doc)).toBeNull();
    expect(readTimer(doc).phase).toBe("idle");
    expect(run(doc, [{ type: "startTimer", now: 1 }])).toEqual(["the document's workshop is not a Y.Map"]);
  });
});
