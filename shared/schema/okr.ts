import { z } from "zod";
import { IdSchema, text } from "./common";
import { MetricKindSchema } from "./metric";

/** A measurable result; progress is `(current - baseline) / (target - baseline)` clamped to 0..1. */
export const KeyResultSchema = z.strictObject({
  id: IdSchema,
  title: text(1, 300),
  metric: MetricKindSchema.optional(),
  baseline: z.number().optional(),
  target: z.number(),
  current: z.number().optional(),
  cardIds: z.array(IdSchema).optional(),
});
export type KeyResult = z.infer<typeof KeyResultSchema>;

/** An objective held by one team, or shared by two or more. */
export const OkrSchema = z.strictObject({
  id: IdSchema,
  objective: text(1, 300),
  period: text(0, 40).optional(),
  teamIds: z.array(IdSchema).min(1),
  keyResults: z.array(KeyResultSchema).min(1).max(20),
});
export type Okr = z.infer<typeof OkrSchema>;
