/** Traffic-light status of a card's metric against its target (SPEC.md D12). */
import type { Metric, MetricKind } from "../schema/metric";

/** Metric kinds where a lower value is better; every other kind is better higher. */
export const LOWER_IS_BETTER: ReadonlySet<MetricKind> = new Set<MetricKind>(["churnRate", "CES", "timeToResolution"]);

/** The amber band: a miss of at most this share of `|target|`. */
export const AMBER_SHARE = 0.1;

/** `green`: on or beyond target; `amber`: just missed; `red`: missed by more. */
export type MetricStatus = "green" | "amber" | "red";

/**
 * Status of a metric (D12): null without `value` or `target`. The miss is how far the value falls
 * short of the target in the metric's good direction (lower is better for churnRate, CES and
 * timeToResolution; higher for the rest). `green` when the miss is <= 0, `amber` when it is at most
 * 10% of `|target|`, `red` otherwise. With target 0 there is no amber band.
 */
export function metricStatus(metric: Metric): MetricStatus | null {
  if (metric.value === undefined || metric.target === undefined) return null;
  const miss = LOWER_IS_BETTER.has(metric.kind) ? metric.value - metric.target : metric.target - metric.value;
  if (miss <= 0) return "green";
  return miss <= AMBER_SHARE * Math.abs(metric.target) ? "amber" : "red";
}
