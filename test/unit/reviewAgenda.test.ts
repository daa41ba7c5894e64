/**
 * The review's agenda builder (shared/review/RULES.md RV1-RV11) on small hand-made workspaces:
 * each rule with the case it is about and the edges next to it.
 */
import { describe, expect, it } from "vitest";
import type { Metric } from "../../shared/schema/metric";
import { agendaCards, buildReviewAgenda, handoversIn, type AgendaBacklogItem, type AgendaInput, type AgendaSeries, type AgendaTouchpoint } from "../../shared/review/reviewAgenda";
import { defaultReviewPeriod, isReviewRecord, lastReviewDay, periodProblem, reviewRecordId, reviewVersionLabel, touchedJourneys } from "../../shared/review/reviewPeriod";

const TODAY = "2026-11-29";
const PERIOD = { from: "2026-11-16", to: "2026-11-29" };

function tp(cardId: string, metrics: Metric[] = [], state: AgendaTouchpoint["review"]["state"] = "done", mapId = "m1"): AgendaTouchpoint {
  return { mapId, mapTitle: `Journey ${mapId}`, cardId, title: `Card ${cardId}`, stageName: "Buy", ownerTeamId: "care", metrics, review: { state } };
}

function item(cardId: string, kind: AgendaBacklogItem["kind"], createdOn: string | null, status: AgendaBacklogItem["status"] = "open"): AgendaBacklogItem {
  return { mapId: "m1", mapTitle: "Journey m1", cardId, kind, title: `Item ${cardId}`, stageName: "Buy", ownerTeamId: null, status, priority: 9, createdOn };
}

function input(over: Partial<AgendaInput>): AgendaInput {
  return { period: PERIOD, today: TODAY, series: [], touchpoints: [], backlog: [], rotations: [], decisions: [], ...over };
}

const csat = (points: { on: string; value: number }[], extra: Partial<AgendaSeries> = {}): AgendaSeries => ({ id: "csat", kind: "CSAT", target: 80, points, ...extra });

describe("review agenda", () => {
  it("[RV1] the default period is the rotation period most journeys are in today, else the last 14 days; asOf is min(to, today)", () => {
    const week = (start: string, end: string) => ({ periods: [{ start, end }] });
    expect(defaultReviewPeriod([], TODAY)).toEqual({ from: "2026-11-16", to: TODAY });
    expect(defaultReviewPeriod([week("2026-11-23", "2026-12-06"), week("2026-11-28", "2026-12-04"), week("2026-11-28", "2026-12-04")], TODAY)).toEqual({ from: "2026-11-28", to: "2026-12-04" });
    // A tie: the earliest start wins; a cover stretch is not a period; a period not containing today is ignored.
    expect(defaultReviewPeriod([week("2026-11-28", "2026-12-04"), week("2026-11-23", "2026-12-06"), { periods: [{ start: "2026-11-29", end: "2026-11-29", cover: true }] }, week("2026-10-01", "2026-10-14")], TODAY)).toEqual({ from: "2026-11-23", to: "2026-12-06" });
    expect(periodProblem("2026-02-30", TODAY)).toBe("from");
    expect(periodProblem(TODAY, "soon")).toBe("to");
    expect(periodProblem(TODAY, "2026-11-01")).toBe("order");
    expect(periodProblem(TODAY, TODAY)).toBeNull();
    expect(buildReviewAgenda(input({ period: { from: "2026-11-20", to: "2026-12-10" } })).asOf).toBe(TODAY);
    expect(buildReviewAgenda(input({ period: { from: "2026-10-01", to: "2026-10-31" } })).asOf).toBe("2026-10-31");
  });

  it("[RV2] a series that went red in the period is listed with its start and end; one red before is not; one red with no point in the period is not", () => {
    const went = csat([{ on: "2026-11-01", value: 85 }, { on: "2026-11-20", value: 60 }]);
    const agenda = buildReviewAgenda(input({ series: [went] }));
    expect(agenda.kpis.map((k) => [k.reason, k.id, k.statusStart, k.statusEnd, k.start?.value, k.end?.value, k.change])).toEqual([["wentOff", "csat", "green", "red", 85, 60, -25]]);
    // Red already before the period: it did not "go" off target (it may still move most).
    const already = buildReviewAgenda(input({ series: [csat([{ on: "2026-11-01", value: 50 }, { on: "2026-11-20", value: 50 }])] }));
    expect(already.kpis).toEqual([]);
    // Its first point ever, red, in the period: it went off target (no value before).
    expect(buildReviewAgenda(input({ series: [csat([{ on: "2026-11-20", value: 10 }])] })).kpis.map((k) => [k.reason, k.start])).toEqual([["wentOff", null]]);
    // A point after asOf does not count; "down" is better for a churn series.
    expect(buildReviewAgenda(input({ period: { from: "2026-11-16", to: "2026-11-18" }, series: [went] })).kpis).toEqual([]);
    const churn: AgendaSeries = { id: "churn", kind: "churnRate", target: 2, direction: "down", points: [{ on: "2026-11-01", value: 1.5 }, { on: "2026-11-17", value: 4 }] };
    const both = buildReviewAgenda(input({ series: [went, churn] }));
    // churn misses by 100% of its target, CSAT by 25%: the larger miss first.
    expect(both.kpis.map((k) => k.id)).toEqual(["churn", "csat"]);
  });

  it("[RV3] of the other series, the three that moved most relative to their target (else their start) are listed", () => {
    const s = (id: string, a: number, b: number, target?: number): AgendaSeries => ({ id, kind: "NPS", ...(target === undefined ? {} : { target }), points: [{ on: "2026-11-10", value: a }, { on: "2026-11-20", value: b }] });
    const series = [s("a", 50, 52, 10), s("b", 50, 60, 10), s("c", 10, 5), s("d", 0, 3), s("e", 7, 7, 10), s("f", 40, 41, 50)];
    const agenda = buildReviewAgenda(input({ series }));
    // shares: a 0.2, b 1.0 (to target 10), c 0.5 (|start|), d 3 (scale 1), e 0 (flat), f 0.02
    expect(agenda.kpis.map((k) => [k.reason, k.id, k.change])).toEqual([["movedMost", "d", 3], ["movedMost", "b", 10], ["movedMost", "c", -5]]);
    // No point in the period: no movement; a series whose first point is in the period moves from it.
    const late: AgendaSeries = { id: "late", kind: "NPS", points: [{ on: "2026-11-17", value: 1 }, { on: "2026-11-19", value: 9 }] };
    const still: AgendaSeries = { id: "still", kind: "NPS", points: [{ on: "2026-11-01", value: 1 }, { on: "2026-11-02", value: 9 }] };
    expect(buildReviewAgenda(input({ series: [late, still] })).kpis.map((k) => [k.id, k.start?.on])).toEqual([["late", "2026-11-17"]]);
    expect(buildReviewAgenda(input({ series, movedMost: 1 })).kpis.map((k) => k.id)).toEqual(["d"]);
  });

  it("[RV4] a hand-typed KPI that is red is listed after the series that went off, with no history; one naming a series is read through it", () => {
    const went = csat([{ on: "2026-11-01", value: 85 }, { on: "2026-11-20", value: 60 }]);
    const typed = tp("t1", [{ kind: "CES", value: 5, target: 3 }, { kind: "CSAT", value: 90, target: 80 }, { kind: "NPS", value: 0, target: 40, seriesId: "csat" }, { kind: "NPS", value: 0, target: 40, seriesId: "gone" }]);
    const agenda = buildReviewAgenda(input({ series: [went], touchpoints: [typed] }));
    expect(agenda.kpis.map((k) => [k.reason, k.id, k.direction, k.end?.value])).toEqual([
      ["wentOff", "csat", "up", 60],
      ["offTyped", "m1:t1:3", "up", 0],
      ["offTyped", "m1:t1:0", "down", 5],
    ]);
  });

  it("[RV5] a KPI item names every card that shows its series once, across journeys", () => {
    const went = csat([{ on: "2026-11-01", value: 85 }, { on: "2026-11-20", value: 60 }]);
    const cards = [tp("a", [{ kind: "CSAT", seriesId: "csat" }, { kind: "CSAT", seriesId: "csat" }]), tp("b"), tp("c", [{ kind: "CSAT", seriesId: "csat" }], "done", "m2")];
    const agenda = buildReviewAgenda(input({ series: [went], touchpoints: cards }));
    expect(agenda.kpis[0]?.cards.map((c) => `${c.mapId}/${c.cardId}`)).toEqual(["m1/a", "m2/c"]);
    expect(buildReviewAgenda(input({ series: [went] })).kpis[0]?.cards).toEqual([]);
  });

  it("[RV6] touchpoints overdue on asOf are listed in the order given; due, done and new ones are not", () => {
    const agenda = buildReviewAgenda(input({ touchpoints: [tp("a", [], "due"), tp("b", [], "overdue"), tp("c", [], "done"), tp("d", [], "notDue"), tp("e", [], "overdue", "m2")] }));
    expect(agenda.overdue.map((t) => t.cardId)).toEqual(["b", "e"]);
  });

  it("[RV7] handovers in the period name the previous owner; the same owner twice is no handover; covers overlapping the period are listed", () => {
    const rotations = [
      {
        mapId: "m1",
        mapTitle: "Onboarding",
        periods: [
          { start: "2026-11-02", end: "2026-11-15", ownerId: "ana" },
          { start: "2026-11-16", end: "2026-11-29", ownerId: "ben" },
          { start: "2026-11-20", end: "2026-11-22", ownerId: "cy", cover: true as const },
          { start: "2026-11-30", end: "2026-12-13", ownerId: "ana" },
        ],
      },
      { mapId: "m2", mapTitle: "Support", periods: [{ start: "2026-11-09", end: "2026-11-22", ownerId: "ben" }, { start: "2026-11-23", end: "2026-12-06", ownerId: "ben" }] },
      { mapId: "m3", mapTitle: "Trial", periods: [{ start: "2026-11-16", end: "2026-11-29", ownerId: "cy" }] },
    ];
    expect(handoversIn(rotations, PERIOD.from, PERIOD.to)).toEqual([
      { mapId: "m1", mapTitle: "Onboarding", on: "2026-11-16", until: null, fromOwnerId: "ana", toOwnerId: "ben", cover: false },
      { mapId: "m3", mapTitle: "Trial", on: "2026-11-16", until: null, fromOwnerId: null, toOwnerId: "cy", cover: false },
      { mapId: "m1", mapTitle: "Onboarding", on: "2026-11-20", until: "2026-11-22", fromOwnerId: null, toOwnerId: "cy", cover: true },
    ]);
  });

  it("[RV8] the top five backlog items that are not done, in the backlog's order", () => {
    const backlog = ["a", "b", "c", "d", "e", "f", "g"].map((id, i) => item(id, i % 2 ? "opportunity" : "painPoint", null, id === "b" ? "done" : i === 3 ? "inProgress" : null));
    expect(buildReviewAgenda(input({ backlog })).backlog.map((b) => b.cardId)).toEqual(["a", "c", "d", "e", "f"]);
    expect(buildReviewAgenda(input({ backlog, topBacklog: 2 })).backlog.map((b) => b.cardId)).toEqual(["a", "c"]);
  });

  it("[RV9] new pain points are those created after the last decision before today (else in the period), up to asOf", () => {
    const backlog = [
      item("old", "painPoint", "2026-11-10"),
      item("since", "painPoint", "2026-11-19"),
      item("onLast", "painPoint", "2026-11-18"),
      item("today", "painPoint", TODAY),
      item("done", "painPoint", "2026-11-20", "done"),
      item("opp", "opportunity", "2026-11-20"),
      item("unknown", "painPoint", null),
    ];
    const decisions = [{ on: "2026-11-18" }, { on: "2026-11-05" }, { on: TODAY }];
    expect(lastReviewDay(decisions, TODAY)).toBe("2026-11-18");
    const agenda = buildReviewAgenda(input({ backlog, decisions }));
    expect([agenda.lastReview, agenda.newSince, agenda.newPainPoints.map((b) => b.cardId)]).toEqual(["2026-11-18", "2026-11-19", ["since", "today"]]);
    const first = buildReviewAgenda(input({ backlog, decisions: [{ on: TODAY }] }));
    expect([first.lastReview, first.newSince, first.newPainPoints.map((b) => b.cardId)]).toEqual([null, PERIOD.from, ["since", "onLast", "today"]]);
    const past = buildReviewAgenda(input({ backlog, period: { from: "2026-11-01", to: "2026-11-15" } }));
    expect(past.newPainPoints.map((b) => b.cardId)).toEqual(["old"]);
  });

  it("[RV10] the agenda's cards (what a decision can name) are each listed once, in agenda order", () => {
    const went = csat([{ on: "2026-11-01", value: 85 }, { on: "2026-11-20", value: 60 }]);
    const agenda = buildReviewAgenda(input({ series: [went], touchpoints: [tp("a", [{ kind: "CSAT", seriesId: "csat" }], "overdue")], backlog: [item("p", "painPoint", "2026-11-20")] }));
    expect(agendaCards(agenda).map((c) => c.cardId)).toEqual(["a", "p"]);
  });

  it("[RV11] a review touched the journeys of the cards its decisions of today name; the record has its own id prefix and is not a decision of the review", () => {
    const decisions = [
      { id: "d1", on: TODAY, cards: [{ mapId: "m2", cardId: "x" }, { mapId: "m1", cardId: "y" }] },
      { id: "d2", on: TODAY, cards: [{ mapId: "m2", cardId: "z" }] },
      { id: "d3", on: "2026-11-28", cards: [{ mapId: "m3", cardId: "z" }] },
      { id: reviewRecordId(TODAY, "abc"), on: TODAY, cards: [{ mapId: "m4", cardId: "q" }] },
      { id: "d4", on: TODAY },
    ];
    expect(touchedJourneys(decisions, TODAY)).toEqual(["m2", "m1"]);
    expect(reviewRecordId(TODAY, "abc")).toBe("review-2026-11-29-abc");
    expect(isReviewRecord({ id: "review-2026-11-29-abc" })).toBe(true);
    expect(isReviewRecord({ id: "d1" })).toBe(false);
    expect(reviewVersionLabel(TODAY)).toBe("Review 2026-11-29");
    expect(reviewRecordId(TODAY, "x".repeat(80))).toHaveLength(64);
  });
});
