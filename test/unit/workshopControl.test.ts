/** W15, W16: the person who starts a voting round or the timer runs it, until someone takes over. */
import { describe, expect, it } from "vitest";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { readController, readRound, readTimer } from "../../shared/workshop/workshopDoc";
import { exampleJourney } from "../support/example";

const lea = { id: "dev-lea", name: "Lea (facilitator)" };
const tom = { id: "dev-tom", name: "Tom" };
const run = (doc: ReturnType<typeof journeyToDoc>, ...commands: Command[]) => applyCommands(doc, commands, "workshop");

describe("who runs a round and the timer", () => {
  it("[W15] only the starter reveals, ends, cancels or replaces a round; after taking over, only the new one", () => {
    const doc = journeyToDoc(exampleJourney());
    run(doc, { type: "startVoteRound", round: { id: "R", target: "both", budget: 3, hidden: true }, by: lea });
    expect(readController(doc, "roundBy")).toEqual(lea);
    for (const c of [
      { type: "revealVoteRound", roundId: "R", by: tom },
      { type: "endVoteRound", roundId: "R", by: tom },
      { type: "cancelVoteRound", roundId: "R", by: tom },
      { type: "revealVoteRound", roundId: "R" },
      { type: "startVoteRound", round: { id: "S", target: "both", budget: 3, hidden: false }, by: tom },
    ] as Command[]) {
      const result = run(doc, c);
      expect(result.skipped[0]?.reason).toMatch(/Lea \(facilitator\) runs the voting round; take it over first/);
    }
    expect(readRound(doc)?.phase).toBe("open");
    // Anyone may add dots.
    expect(run(doc, { type: "addDot", roundId: "R", voter: "v1", cardId: "p1" }).applied).toBe(1);
    expect(run(doc, { type: "takeOverVoteRound", roundId: "R", by: tom }).applied).toBe(1);
    expect(run(doc, { type: "revealVoteRound", roundId: "R", by: lea }).skipped).toHaveLength(1);
    expect(run(doc, { type: "revealVoteRound", roundId: "R", by: tom }).applied).toBe(1);
    expect(run(doc, { type: "endVoteRound", roundId: "R", by: tom }).applied).toBe(1);
    expect(readController(doc, "roundBy")).toBeNull();
  });

  it("[W15] a round without a recorded controller may be run by anyone (older documents, the API)", () => {
    const doc = journeyToDoc(exampleJourney());
    run(doc, { type: "startVoteRound", round: { id: "R", target: "both", budget: 3, hidden: true } });
    expect(run(doc, { type: "revealVoteRound", roundId: "R", by: tom }).applied).toBe(1);
  });

  it("[W16] the starter pauses, resumes and resets; an idle timer is anybody's", () => {
    const doc = journeyToDoc(exampleJourney());
    expect(run(doc, { type: "resetTimer", durationMs: 120_000, by: tom }).applied).toBe(1);
    run(doc, { type: "startTimer", now: 1_000, by: lea });
    expect(readController(doc, "timerBy")).toEqual(lea);
    expect(run(doc, { type: "pauseTimer", now: 2_000, by: tom }).skipped[0]?.reason).toMatch(/runs the timer/);
    expect(run(doc, { type: "resetTimer", by: tom }).skipped).toHaveLength(1);
    expect(readTimer(doc).phase).toBe("running");
    expect(run(doc, { type: "pauseTimer", now: 2_000, by: lea }).applied).toBe(1);
    expect(run(doc, { type: "startTimer", now: 3_000, by: tom }).skipped).toHaveLength(1);
    expect(run(doc, { type: "takeOverTimer", by: tom }).applied).toBe(1);
    expect(run(doc, { type: "startTimer", now: 3_000, by: tom }).applied).toBe(1);
    expect(run(doc, { type: "resetTimer", by: tom }).applied).toBe(1);
    // Idle again: Lea may start it, and runs it.
    expect(run(doc, { type: "startTimer", now: 4_000, by: lea }).applied).toBe(1);
    expect(readController(doc, "timerBy")).toEqual(lea);
  });

  it("[W15][W16] a malformed `by` is refused", () => {
    const doc = journeyToDoc(exampleJourney());
    const bad = { id: "has space", name: "" };
    expect(run(doc, { type: "startTimer", now: 1, by: bad }).skipped[0]?.reason).toMatch(/by:/);
    expect(run(doc, { type: "takeOverTimer", by: bad }).skipped).toHaveLength(1);
  });
});
