/**
 * A card's KPI read through the workspace's metrics library (shared/metrics/RULES.md K7, K8):
 * a metric that names a series shows the series' value on a day, its target status in the
 * series' direction and its trend; a key result that names a series takes `current` from it.
 * Pure: the day and the library are arguments.
 */
import type { MetricStatus } from "../dso/kpi";
import { metricStatus } from "../dso/kpi";
import { currentOf, type KeyResultNumbers, type MeasuredCard } from "../dso/okr";
import type { Metric } from "../schema/metric";
import { readSeries, type SeriesDirection, type SeriesPoint, type SeriesReading } from "./series";

/** A series as far as reading it goes (the workspace's `MetricSeries` fits). */
export interface ReadableSeries {
  readonly id: string;
  readonly target?: number;
  readonly direction?: SeriesDirection;
  readonly unit?: string;
  readonly points?: readonly SeriesPoint[];
}

/** What a card's KPI shows on a day. */
export interface MetricReading {
  /** The metric with `value`, `target` and `unit` as shown (from the series when it has them). */
  readonly metric: Metric;
  readonly status: MetricStatus | null;
  /** The series' reading (trend, change) when the metric names a series that exists; else `null`. */
  readonly series: SeriesReading | null;
}

/**
 * K7: the reading of a card metric on `day`. When `seriesId` names a series of `library`, the
 * value is the series' latest point on or before `day` (K1; none yet means no value, the typed
 * value is not shown), the target and unit are the series' (the metric's own when the series
 * has none), the status follows the series' direction (K2) and the trend is K4's. Otherwise (no
 * `seriesId`, or a series that is gone) the metric reads as typed with D12's status.
 */
export function readMetric(metric: Metric, library: ReadonlyMap<string, ReadableSeries>, day: string): MetricReading {
  const series = metric.seriesId === undefined ? undefined : library.get(metric.seriesId);
  if (!series) return { metric, status: metricStatus(metric), series: null };
  const target = series.target ?? metric.target;
  const reading = readSeries({ points: series.points, target, direction: series.direction }, day);
  const unit = series.unit ?? metric.unit;
  const shown: Metric = { ...metric };
  delete shown.value;
  if (reading.latest) shown.value = reading.latest.value;
  if (target !== undefined) shown.target = target;
  if (unit !== undefined) shown.unit = unit;
  return { metric: shown, status: reading.status, series: reading };
}

/** The library of a workspace by series id. */
export function seriesLibrary(series: readonly ReadableSeries[] | undefined): Map<string, ReadableSeries> {
  return new Map((series ?? []).map((s) => [s.id, s]));
}

/**
 * K8: a key result's current value on `day`. A `metricId` naming a series with a value on or
 * before `day` gives that value (K1); otherwise WS10 (`currentOf`: its cards' KPIs, then the typed
 * `current`), with its cards' KPIs read through the library first (K7).
 */
export function keyResultCurrent(
  kr: KeyResultNumbers & { readonly metricId?: string },
  cards: readonly MeasuredCard[],
  library: ReadonlyMap<string, ReadableSeries>,
  day: string,
): number | undefined {
  const series = kr.metricId === undefined ? undefined : library.get(kr.metricId);
  const latest = series ? readSeries({ points: series.points }, day).latest : null;
  if (latest) return latest.value;
  const read = cards.map((c) => ({ metrics: c.metrics?.map((m) => readMetric(m, library, day).metric) }));
  return currentOf(kr, read);
}

/**
 * K8 for a whole objective: each key result with its `current` resolved on `day` (series, then
 * its cards' KPIs, then typed), so progress can be computed without the cards again.
 */
export function withSeriesCurrents<K extends KeyResultNumbers & { readonly metricId?: string }, O extends { readonly keyResults: readonly K[] }>(
  okr: O,
  cardsOf: (kr: K) => readonly MeasuredCard[],
  library: ReadonlyMap<string, ReadableSeries>,
  day: string,
): O {
  const keyResults = okr.keyResults.map((kr) => {
    const current = keyResultCurrent(kr, cardsOf(kr), library, day);
    const out: K = { ...kr };
    if (current === undefined) delete out.current;
    else out.current = current;
    return out;
  });
  return { ...okr, keyResults };
}
