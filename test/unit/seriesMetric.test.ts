import { describe, expect, it } from "vitest";
import { draftToMetric, metricToDraft } from "../../client/dso/metricDraft";
import { MetricSchema } from "../../shared/schema/metric";
import { keyResultProgress } from "../../shared/dso/okr";
import { keyResultCurrent, readMetric, seriesLibrary, withSeriesCurrents } from "../../shared/metrics/seriesMetric";

const csat = { id: "s-csat", target: 80, unit: "%", points: [{ on: "2026-03-01", value: 70 }, { on: "2026-03-08", value: 76 }, { on: "2026-03-15", value: 82 }] };
const ttr = { id: "s-ttr", target: 10, direction: "down" as const, points: [{ on: "2026-03-01", value: 12 }, { on: "2026-03-02", value: 9 }] };
const library = seriesLibrary([csat, ttr]);

describe("card KPIs read through the metrics library", () => {
  it("[K7] a card metric may name a series: the schema takes an id and refuses anything else", () => {
    expect(MetricSchema.safeParse({ kind: "CSAT", seriesId: "s-csat" }).success).toBe(true);
    expect(MetricSchema.safeParse({ kind: "CSAT", seriesId: "not an id" }).success).toBe(false);
  });

  it("[K7] editing a series-backed metric in the inspector's form keeps its series", () => {
    const stored = { kind: "CSAT" as const, value: 4, target: 4.5, seriesId: "s-csat" };
    expect(draftToMetric({ ...metricToDraft(stored), value: "4,2" })).toEqual({ ok: true, metric: { ...stored, value: 4.2 } });
  });

  it("[K7] shows the series' latest value on or before the day, its target, unit, status and trend", () => {
    const r = readMetric({ kind: "CSAT", value: 50, seriesId: "s-csat" }, library, "2026-03-10");
    expect(r.metric).toEqual({ kind: "CSAT", seriesId: "s-csat", value: 76, target: 80, unit: "%" });
    expect(r.status).toBe("amber");
    expect(r.series?.trend.map((p) => p.value)).toEqual([70, 76]);
    expect(r.series?.improving).toBe(true);
    expect(readMetric({ kind: "CSAT", seriesId: "s-csat" }, library, "2026-03-20").status).toBe("green");
  });

  it("[K7] before the series' first point there is no value (the typed one is not shown), and no status", () => {
    const r = readMetric({ kind: "CSAT", value: 50, target: 60, seriesId: "s-csat" }, library, "2026-02-01");
    expect(r.metric.value).toBeUndefined();
    expect(r.metric.target).toBe(80);
    expect(r.status).toBeNull();
  });

  it("[K7] status follows the series' direction, not the metric kind", () => {
    expect(readMetric({ kind: "CSAT", seriesId: "s-ttr" }, library, "2026-03-01").status).toBe("red");
    expect(readMetric({ kind: "CSAT", seriesId: "s-ttr" }, library, "2026-03-02").status).toBe("green");
  });

  it("[K7] a metric without a series, or naming a series that is gone, reads as typed (D12)", () => {
    const typed = { kind: "NPS" as const, value: 20, target: 40 };
    expect(readMetric(typed, library, "2026-03-10")).toEqual({ metric: typed, status: "red", series: null });
    const gone = { ...typed, seriesId: "s-gone" };
    expect(readMetric(gone, library, "2026-03-10")).toEqual({ metric: gone, status: "red", series: null });
  });

  it("[K8] a key result naming a series takes current from it; else its cards' KPIs (read through the library), else typed", () => {
    expect(keyResultCurrent({ target: 90, current: 1, metricId: "s-csat" }, [], library, "2026-03-10")).toBe(76);
    expect(keyResultCurrent({ target: 90, current: 1, metricId: "s-csat" }, [], library, "2026-01-01")).toBe(1);
    const cards = [{ metrics: [{ kind: "CSAT" as const, value: 10, seriesId: "s-csat" }] }, { metrics: [{ kind: "CSAT" as const, value: 60 }] }];
    expect(keyResultCurrent({ metric: "CSAT", target: 90, current: 1 }, cards, library, "2026-03-15")).toBe(71);
    expect(keyResultCurrent({ metric: "CSAT", target: 90, current: 1, metricId: "s-gone" }, [], library, "2026-03-15")).toBe(1);
  });

  it("[K8] an objective's key results get their current resolved, so progress reads the series", () => {
    const okr = { id: "o1", keyResults: [{ id: "k1", target: 100, current: 1, metricId: "s-csat" }, { id: "k2", target: 10, current: 5 }, { id: "k3", target: 10, metric: "CSAT" as const }] };
    const read = withSeriesCurrents(okr, (kr) => (kr.metric === "CSAT" ? [{ metrics: [{ kind: "CSAT" as const, value: 4 }] }] : []), library, "2026-03-15");
    expect(read.keyResults.map((kr) => kr.current)).toEqual([82, 5, 4]);
    expect(keyResultProgress(read.keyResults[0]!, [])).toBe(0.82);
    expect(okr.keyResults[0]!.current).toBe(1);
  });
});
