import { z } from "zod";
import { IdSchema, text } from "./common";

export const METRIC_KINDS = [
  "NPS", "CSAT", "CES", "churnRate", "retention", "CLV", "conversion",
  "timeToResolution", "firstContactResolution", "custom",
] as const;
export const MetricKindSchema = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof MetricKindSchema>;

/**
 * A KPI on a card. Numbers are finite; a `custom` metric needs a `label`. `seriesId` names a
 * series of the workspace's metrics library whose latest value the card then shows (K7).
 */
export const MetricSchema = z
  .strictObject({
    kind: MetricKindSchema,
    label: text(0, 120).optional(),
    value: z.number().optional(),
    target: z.number().optional(),
    unit: text(0, 20).optional(),
    seriesId: IdSchema.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === "custom" && m.label === undefined) {
      ctx.addIssue({ code: "custom", path: ["label"], message: "a custom metric needs a label" });
    }
  });
export type Metric = z.infer<typeof MetricSchema>;
