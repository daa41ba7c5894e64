import { z } from "zod/mini";
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
    label: z.optional(text(0, 120)),
    value: z.optional(z.number()),
    target: z.optional(z.number()),
    unit: z.optional(text(0, 20)),
    seriesId: z.optional(IdSchema),
  })
  .check(
    z.superRefine((m, ctx) => {
      if (m.kind === "custom" && m.label === undefined) {
        ctx.addIssue({ code: "custom", path: ["label"], message: "a custom metric needs a label" });
      }
    }),
  );
export type Metric = z.infer<typeof MetricSchema>;
