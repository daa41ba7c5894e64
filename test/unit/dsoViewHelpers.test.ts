import { describe, expect, it } from "vitest";
import { backlogItems } from "../../shared/dso";
import type { Journey } from "../../shared/schema/journey";
import { backlogRows, NO_FILTER, openBacklogByTeam } from "../../client/dso/backlogView";
import { draftToMetric, emptyMetricDraft, metricToDraft, parseNumberInput } from "../../client/dso/metricDraft";
import { moveItem } from "../../client/dso/moveItem";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

describe("client/dso backlogView", () => {
  it("[D11] without filters the table is the core's backlog order", () => {
    expect(backlogRows(example, NO_FILTER).map((r) => r.card.id)).toEqual(backlogItems(example).map((i) => i.card.id));
    expect(backlogRows(example, NO_FILTER).map((r) => r.card.id)).toEqual(["p2", "o1", "p1", "o2", "p3"]);
  });

  it("[D11] filters by team, status and stage; 'none' keeps only items without an owner team", () => {
    expect(backlogRows(example, { ...NO_FILTER, teamId: "care" }).map((r) => r.card.id)).toEqual(["o2", "p3"]);
    expect(backlogRows(example, { ...NO_FILTER, status: "inProgress" }).map((r) => r.card.id)).toEqual(["p2"]);
    expect(backlogRows(example, { ...NO_FILTER, stageId: "setup", status: "open" }).map((r) => r.card.id)).toEqual(["o1"]);
    const withLoose: Journey = { ...example, cards: [...example.cards, { id: "p9", kind: "painPoint", stageId: "aware", laneId: "pain", title: "Nobody's" }] };
    expect(backlogRows(withLoose, { ...NO_FILTER, teamId: "none" }).map((r) => r.card.id)).toEqual(["p9"]);
  });

  it("[D11] open backlog by team counts open and in-progress items (missing status = open), never done ones", () => {
    const journey: Journey = {
      ...example,
      cards: example.cards.map((c) => (c.id === "p3" ? { ...c, status: "done" as const } : c.id === "o2" ? { ...c, status: undefined } : c)),
    };
    expect(openBacklogByTeam(journey).map((r) => [r.team?.id, r.open, r.inProgress])).toEqual([
      ["product", 1, 1],
      ["growth", 1, 0],
      ["care", 1, 0],
    ]);
  });
});

describe("client/dso metricDraft", () => {
  it("reads numbers as people type them, decimal comma included, and refuses the rest", () => {
    expect(parseNumberInput(" 4,5 ")).toBe(4.5);
    expect(parseNumberInput("-3")).toBe(-3);
    expect(parseNumberInput("1e3")).toBe(1000);
    expect(parseNumberInput("")).toBeUndefined();
    for (const bad of ["abc", "1,2,3", "1e999", "12px", "--1", "NaN", "Infinity"]) expect(parseNumberInput(bad)).toBeNull();
  });

  it("[F21] turns a valid draft into a metric, leaving empty optional fields out", () => {
    expect(draftToMetric({ kind: "CSAT", label: "", value: "4,3", target: "4.5", unit: "1-5" })).toEqual({
      ok: true,
      metric: { kind: "CSAT", value: 4.3, target: 4.5, unit: "1-5" },
    });
    expect(draftToMetric(emptyMetricDraft("NPS"))).toEqual({ ok: true, metric: { kind: "NPS" } });
    const stored = { kind: "conversion" as const, label: "Article to pricing page", value: 3.1, target: 5, unit: "%" };
    expect(draftToMetric(metricToDraft(stored))).toEqual({ ok: true, metric: stored });
  });

  it("[F21][F22] names every wrong field: a custom metric needs a label, numbers are finite, label and unit have limits", () => {
    expect(draftToMetric({ kind: "custom", label: "", value: "x", target: "1e999", unit: "u".repeat(21) })).toEqual({
      ok: false,
      errors: { label: "dso.metrics.error.customLabel", value: "dso.metrics.error.number", target: "dso.metrics.error.number", unit: "dso.metrics.error.unitLong" },
    });
    expect(draftToMetric({ kind: "NPS", label: "l".repeat(121), value: "", target: "", unit: "" })).toEqual({ ok: false, errors: { label: "dso.metrics.error.labelLong" } });
  });
});

describe("client/dso moveItem", () => {
  it("moves one roster entry and keeps the others in order", () => {
    expect(moveItem(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveItem(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(moveItem(["a", "b"], 1, 9)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });
});
