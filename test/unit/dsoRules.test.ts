import { describe, expect, it } from "vitest";
import type { Card } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";
import type { KeyResult } from "../../shared/schema/okr";
import {
  backlogItems, backlogPriority, emotionByStage, isShared, keyResultProgress, keyResultsForCard,
  metricStatus, objectiveProgress, ownershipCoverage,
} from "../../shared/dso";
import { exampleJourney } from "../support/example";

const EXAMPLE: Journey = exampleJourney();
const clone = (): Journey => structuredClone(EXAMPLE);
const kr = (fields: Partial<KeyResult>): KeyResult => ({ id: "k", title: "t", target: 10, ...fields });

describe("ownership coverage", () => {
  it("[D3] counts touchpoints with an owner team, overall and per team", () => {
    expect(ownershipCoverage(EXAMPLE)).toEqual({
      total: 6, owned: 6, ratio: 1, unownedCardIds: [],
      byTeam: [
        { teamId: "mkt", name: "Marketing", touchpoints: 1 },
        { teamId: "growth", name: "Growth", touchpoints: 2 },
        { teamId: "product", name: "Product", touchpoints: 2 },
        { teamId: "care", name: "Customer Care", touchpoints: 1 },
      ],
    });
  });

  it("[D3] lists unowned touchpoints and ignores other kinds", () => {
    const j = clone();
    delete j.cards.find((c) => c.id === "t3")!.ownerTeamId;
    const cov = ownershipCoverage(j);
    expect([cov.total, cov.owned, cov.ratio, cov.unownedCardIds]).toEqual([6, 5, 5 / 6, ["t3"]]);
    expect(cov.byTeam.find((t) => t.teamId === "growth")?.touchpoints).toBe(1);
    expect(j.cards.find((c) => c.id === "p1")?.ownerTeamId).toBe("growth"); // a pain point: not counted
  });

  it("[D3] a map without touchpoints has ratio null", () => {
    const j = clone();
    j.cards = j.cards.filter((c) => c.kind !== "touchpoint");
    expect(ownershipCoverage(j)).toMatchObject({ total: 0, owned: 0, ratio: null });
  });
});

describe("OKR progress", () => {
  it("[F33] (current - baseline) / (target - baseline)", () => {
    expect(keyResultProgress(kr({ baseline: 22, target: 40, current: 29 }))).toBeCloseTo(7 / 18, 12);
    expect(keyResultProgress(kr({ target: 200, current: 50 }))).toBe(0.25); // baseline 0
  });

  it("[F33] lower-is-better targets progress downwards", () => {
    expect(keyResultProgress(kr({ baseline: 5.2, target: 3, current: 4.8 }))).toBeCloseTo(0.4 / 2.2, 12);
  });

  it("[F33] clamped to 0..1", () => {
    expect(keyResultProgress(kr({ baseline: 10, target: 20, current: 25 }))).toBe(1);
    expect(keyResultProgress(kr({ baseline: 10, target: 20, current: 5 }))).toBe(0);
    expect(keyResultProgress(kr({ baseline: 5.2, target: 3, current: 6 }))).toBe(0);
  });

  it("[F33] no progress without current or when target equals baseline", () => {
    expect(keyResultProgress(kr({ baseline: 1, target: 20 }))).toBeNull();
    expect(keyResultProgress(kr({ baseline: 20, target: 20, current: 25 }))).toBeNull();
    expect(keyResultProgress(kr({ target: 0, current: 3 }))).toBeNull();
  });

  it("[D9] the objective is the mean of key results that have progress", () => {
    const okr = EXAMPLE.okrs![0]!;
    expect(objectiveProgress(okr)).toBeCloseTo((7 / 18 + 0.4 / 2.2) / 2, 12);
    const partial = { ...okr, keyResults: [okr.keyResults[0]!, kr({ id: "none" })] };
    expect(objectiveProgress(partial)).toBeCloseTo(7 / 18, 12);
    expect(objectiveProgress({ ...okr, keyResults: [kr({ id: "none" })] })).toBeNull();
  });

  it("[F31] shared means two or more distinct teams", () => {
    const okr = EXAMPLE.okrs![0]!;
    expect(isShared(okr)).toBe(true);
    expect(isShared({ ...okr, teamIds: ["care"] })).toBe(false);
    expect(isShared({ ...okr, teamIds: ["care", "care"] })).toBe(false);
  });

  it("[F32] key results that name a card", () => {
    expect(keyResultsForCard(EXAMPLE, "t4").map((x) => [x.okr.id, x.keyResult.id])).toEqual([["okr1", "kr1"], ["okr1", "kr2"]]);
    expect(keyResultsForCard(EXAMPLE, "t2").map((x) => x.keyResult.id)).toEqual(["kr1"]);
    expect(keyResultsForCard(EXAMPLE, "a1")).toEqual([]);
  });
});

describe("the backlog", () => {
  it("[D10] priority = impact x (6 - effort), missing counts as 3", () => {
    expect(backlogPriority({ impact: 5, effort: 1 })).toBe(25);
    expect(backlogPriority({ impact: 1, effort: 5 })).toBe(1);
    expect(backlogPriority({ impact: 4, effort: 2 })).toBe(16);
    expect(backlogPriority({})).toBe(9);
    expect(backlogPriority({ impact: 5 })).toBe(15);
    expect(backlogPriority({ effort: 1 })).toBe(15);
  });

  it("[D11] pain points and opportunities by priority, then votes, with names", () => {
    const items = backlogItems(EXAMPLE);
    expect(items.map((i) => [i.card.id, i.priority])).toEqual([["p2", 20], ["o1", 20], ["p1", 16], ["o2", 9], ["p3", 6]]);
    expect(items[0]).toMatchObject({ status: "inProgress", stageName: "Setup", teamName: "Product" });
  });

  it("[D11] equal priority and votes fall back to map order: stage, lane, then list order", () => {
    const j = clone();
    const base = { kind: "opportunity", title: "x", impact: 3, effort: 3 } as const;
    j.cards = [
      { ...base, id: "late", stageId: "support", laneId: "do" },
      { ...base, id: "lowLane", stageId: "aware", laneId: "idea" },
      { ...base, id: "first", stageId: "aware", laneId: "do" },
      { ...base, id: "second", stageId: "aware", laneId: "do" },
      { ...base, id: "voted", stageId: "support", laneId: "idea", votes: 1 },
    ] satisfies Card[];
    expect(backlogItems(j).map((i) => i.card.id)).toEqual(["voted", "first", "second", "lowLane", "late"]);
  });

  it("[D11] filters by team, status (missing = open) and stage", () => {
    expect(backlogItems(EXAMPLE, { teamId: "care" }).map((i) => i.card.id)).toEqual(["o2", "p3"]);
    expect(backlogItems(EXAMPLE, { status: "inProgress" }).map((i) => i.card.id)).toEqual(["p2"]);
    expect(backlogItems(EXAMPLE, { stageId: "setup", status: "open" }).map((i) => i.card.id)).toEqual(["o1"]);
    const j = clone();
    delete j.cards.find((c) => c.id === "p3")!.status;
    delete j.cards.find((c) => c.id === "p3")!.ownerTeamId;
    const p3 = backlogItems(j, { status: "open" }).find((i) => i.card.id === "p3");
    expect(p3).toMatchObject({ status: "open", teamName: null });
  });
});

describe("metric status", () => {
  it("[D12] higher is better: green at or above target, amber within 10% of |target|, else red", () => {
    expect(metricStatus({ kind: "NPS", value: 45, target: 45 })).toBe("green");
    expect(metricStatus({ kind: "NPS", value: 50, target: 45 })).toBe("green");
    expect(metricStatus({ kind: "NPS", value: 40.5, target: 45 })).toBe("amber");
    expect(metricStatus({ kind: "NPS", value: 40.4, target: 45 })).toBe("red");
    expect(metricStatus({ kind: "NPS", value: -11, target: -10 })).toBe("amber");
    expect(metricStatus({ kind: "custom", label: "x", value: 1, target: 2 })).toBe("red");
  });

  it("[D12] lower is better for churnRate, CES and timeToResolution", () => {
    expect(metricStatus({ kind: "CES", value: 2.9, target: 3 })).toBe("green");
    expect(metricStatus({ kind: "CES", value: 3.2, target: 3 })).toBe("amber");
    expect(metricStatus({ kind: "CES", value: 4.8, target: 3 })).toBe("red");
    expect(metricStatus({ kind: "timeToResolution", value: 11, target: 10 })).toBe("amber");
    expect(metricStatus({ kind: "churnRate", value: 5, target: 4 })).toBe("red");
  });

  it("[D12] target 0 has no amber band; no value or no target is null", () => {
    expect(metricStatus({ kind: "churnRate", value: 0.1, target: 0 })).toBe("red");
    expect(metricStatus({ kind: "churnRate", value: 0, target: 0 })).toBe("green");
    expect(metricStatus({ kind: "NPS", value: 3 })).toBeNull();
    expect(metricStatus({ kind: "NPS", target: 3 })).toBeNull();
  });
});

describe("the emotion curve", () => {
  it("[D13] per stage in order, the mean of cards with an emotion", () => {
    expect(emotionByStage(EXAMPLE).map((s) => [s.stageId, s.mean, s.count])).toEqual([
      ["aware", 0, 1], ["trial", 1, 1], ["setup", -2, 2], ["value", 2, 1], ["support", 0, 1],
    ]);
  });

  it("[D13] a stage without emotions is null, and means can be fractional", () => {
    const j = clone();
    j.stages.push({ id: "empty", name: "Empty" });
    j.cards.find((c) => c.id === "t2")!.emotion = -2;
    const curve = emotionByStage(j);
    expect(curve.find((s) => s.stageId === "trial")).toEqual({ stageId: "trial", name: "Trial sign-up", mean: -0.5, count: 2 });
    expect(curve.at(-1)).toEqual({ stageId: "empty", name: "Empty", mean: null, count: 0 });
  });
});
