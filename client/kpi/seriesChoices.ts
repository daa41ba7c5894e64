import type { MetricKind } from "../../shared/schema/metric";
import type { KpiSeries } from "./kpiRows";

/**
 * K12: the series a KPI may link to, for the inspector's picker: those of the KPI's own kind
 * first, then the others, each group in the library's order.
 */
export function seriesChoices(series: readonly KpiSeries[], kind: MetricKind): { matching: KpiSeries[]; other: KpiSeries[] } {
  return { matching: series.filter((s) => s.kind === kind), other: series.filter((s) => s.kind !== kind) };
}

/**
 * K12: a metric linked to `series`: `seriesId` set, and the kind (with a custom series' label
 * when the metric has none) taken from the series when the series has a kind, so the chip
 * names what it shows. Typed value, target and unit are kept (K7 shows the series' instead).
 */
export function linkToSeries<M extends { kind: MetricKind; label?: string; seriesId?: string }>(metric: M, series: KpiSeries): M {
  const out: M = { ...metric, seriesId: series.id };
  if (series.kind !== undefined && series.kind !== metric.kind) {
    out.kind = series.kind;
    if (series.kind === "custom" && out.label === undefined) out.label = series.label ?? series.id;
  }
  return out;
}

/** K12: the metric without its series link; its typed value shows again. */
export function unlinkSeries<M extends { seriesId?: string }>(metric: M): M {
  const out: M = { ...metric };
  delete out.seriesId;
  return out;
}
