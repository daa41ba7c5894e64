import type { Metric } from "../../schema/metric";
import type { Team } from "../../schema/team";
import type { SvgLabels } from "./labels";

/** How a metric badge is coloured: against its target, or grey without one. */
export type MetricLight = "green" | "amber" | "red" | "none";

/** What every part of the renderer may look up while it draws one journey. */
export interface RenderContext {
  readonly labels: SvgLabels;
  readonly teams: ReadonlyMap<string, Team>;
  readonly metricLight: (metric: Metric) => MetricLight;
}
