import { describe, expect, it } from "vitest";
import { linkToSeries, seriesChoices, unlinkSeries } from "../../client/kpi/seriesChoices";
import { readMetric, seriesLibrary } from "../../shared/metrics/seriesMetric";
import { MetricSchema, type Metric } from "../../shared/schema/metric";

const series = [
  { id: "s-nps", kind: "NPS" as const, target: 30, points: [{ on: "2026-03-01", value: 12 }] },
  { id: "s-csat", kind: "CSAT" as const, label: "Support CSAT", target: 80, points: [{ on: "2026-03-01", value: 82 }] },
  { id: "s-csat2", kind: "CSAT" as const },
  { id: "s-effort", kind: "custom" as const, label: "Effort score" },
];

describe("linking a card KPI to a series in the inspector", () => {
  it("[K12] the picker lists series of the KPI's kind first, then the others, in library order", () => {
    const { matching, other } = seriesChoices(series, "CSAT");
    expect(matching.map((s) => s.id)).toEqual(["s-csat", "s-csat2"]);
    expect(other.map((s) => s.id)).toEqual(["s-nps", "s-effort"]);
  });

  it("[K12] linking keeps the typed numbers and takes the series' kind; unlinking shows the typed value again", () => {
    const typed: Metric = { kind: "CSAT", value: 50, target: 60, unit: "%" };
    const linked = linkToSeries(typed, series[0]!);
    expect(linked).toEqual({ kind: "NPS", value: 50, target: 60, unit: "%", seriesId: "s-nps" });
    expect(MetricSchema.safeParse(linked).success).toBe(true);
    const library = seriesLibrary(series);
    expect(readMetric(linked, library, "2026-03-05").metric.value).toBe(12);
    const back = unlinkSeries(linked);
    expect(back).toEqual({ kind: "NPS", value: 50, target: 60, unit: "%" });
    expect(readMetric(back, library, "2026-03-05").metric.value).toBe(50);
  });

  it("[K12] a custom series gives its label to a KPI without one, so the metric stays valid", () => {
    const bare: Metric = { kind: "NPS" };
    const linked = linkToSeries(bare, series[3]!);
    expect(linked).toEqual({ kind: "custom", label: "Effort score", seriesId: "s-effort" });
    expect(MetricSchema.safeParse(linked).success).toBe(true);
    expect(linkToSeries<Metric>({ kind: "custom", label: "Mine" }, series[3]!).label).toBe("Mine");
  });
});
