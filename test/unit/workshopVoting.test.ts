import { describe, expect, it } from "vitest";
import {
  DEFAULT_BUDGET, canAddDot, canRemoveDot, dotsLeft, dotsUsed, isVotable, tally, talliesVisible,
  votesAfterRound, withDot, withoutDot, VoteRoundSchema, type VoteRound,
} from "../../shared/workshop/voting";

const round = (patch: Partial<VoteRound> = {}): VoteRound => ({
  id: "r1", target: "both", budget: DEFAULT_BUDGET, hidden: true, phase: "open", ...patch,
});

describe("dot voting rules", () => {
  it("[W1] a round votes only on the kinds it names", () => {
    expect(isVotable({ kind: "painPoint" }, "painPoints")).toBe(true);
    expect(isVotable({ kind: "opportunity" }, "painPoints")).toBe(false);
    expect(isVotable({ kind: "opportunity" }, "opportunities")).toBe(true);
    expect(isVotable({ kind: "painPoint" }, "both")).toBe(true);
    expect(isVotable({ kind: "opportunity" }, "both")).toBe(true);
    for (const kind of ["action", "touchpoint", "note"] as const) expect(isVotable({ kind }, "both")).toBe(false);
    expect(canAddDot(round({ target: "opportunities" }), {}, { kind: "painPoint" })).toBe("notVotable");
  });

  it("[W2] the default budget is 5 and several dots may go on one card, never more than the budget", () => {
    expect(DEFAULT_BUDGET).toBe(5);
    let ballot = {};
    for (let i = 0; i < 5; i++) {
      expect(canAddDot(round(), ballot, { kind: "painPoint" })).toBeNull();
      ballot = withDot(ballot, "c1");
    }
    expect(ballot).toEqual({ c1: 5 });
    expect(dotsUsed(ballot)).toBe(5);
    expect(dotsLeft(round(), ballot)).toBe(0);
    expect(canAddDot(round(), ballot, { kind: "painPoint" })).toBe("budgetSpent");
    expect(canAddDot(round({ budget: 6 }), ballot, { kind: "opportunity" })).toBeNull();
  });

  it("[W2] taking a dot back frees budget and a card at zero leaves the ballot", () => {
    const ballot = withoutDot(withDot(withDot({}, "a"), "b"), "a");
    expect(ballot).toEqual({ b: 1 });
    expect(dotsLeft(round({ budget: 3 }), ballot)).toBe(2);
    expect(canRemoveDot(round(), ballot, "a")).toBe("noDot");
    expect(canRemoveDot(round(), ballot, "b")).toBeNull();
  });

  it("[W4] hidden tallies show only after reveal; open tallies show at once", () => {
    expect(talliesVisible(round({ hidden: true }))).toBe(false);
    expect(talliesVisible(round({ hidden: true, phase: "revealed" }))).toBe(true);
    expect(talliesVisible(round({ hidden: false }))).toBe(true);
  });

  it("[W5] after reveal no dot is added or taken back", () => {
    const revealed = round({ phase: "revealed" });
    expect(canAddDot(revealed, {}, { kind: "painPoint" })).toBe("roundClosed");
    expect(canRemoveDot(revealed, { c: 1 }, "c")).toBe("roundClosed");
  });

  it("[W6] the tally sums every ballot per card, skipping cards no longer votable, and is added to existing votes", () => {
    const totals = tally([{ a: 2, b: 1 }, { a: 1, gone: 3 }, {}], new Set(["a", "b"]));
    expect(Object.fromEntries(totals)).toEqual({ a: 3, b: 1 });
    expect(votesAfterRound(undefined, 3)).toBe(3);
    expect(votesAfterRound(4, 3)).toBe(7);
  });

  it("[W3] a stored round validates strictly (no names, whole budgets in range)", () => {
    expect(VoteRoundSchema.safeParse(round()).success).toBe(true);
    expect(VoteRoundSchema.safeParse({ ...round(), budget: 0 }).success).toBe(false);
    expect(VoteRoundSchema.safeParse({ ...round(), budget: 2.5 }).success).toBe(false);
    expect(VoteRoundSchema.safeParse({ ...round(), facilitator: "Anna" }).success).toBe(false);
  });
});
