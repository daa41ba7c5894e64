import { z } from "zod/mini";
import { IdSchema, text } from "./common";
import { MetricKindSchema } from "./metric";

/** A measurable result; progress is `(current - baseline) / (target - baseline)` clamped to 0..1. */
export const KeyResultSchema = z.strictObject({
  id: IdSchema,
  title: text(1, 300),
  metric: z.optional(MetricKindSchema),
  baseline: z.optional(z.number()),
  target: z.number(),
  current: z.optional(z.number()),
  cardIds: z.optional(z.array(IdSchema)),
});
export type KeyResult = z.infer<typeof KeyResultSchema>;

/** An objective held by one team, or shared by two or more. */
export const OkrSchema = z.strictObject({
  id: IdSchema,
  objective: text(1, 300),
  period: z.optional(text(0, 40)),
  teamIds: z.array(IdSchema).check(z.minLength(1)),
  keyResults: z.array(KeyResultSchema).check(z.minLength(1), z.maxLength(20)),
});
export type Okr = z.infer<typeof OkrSchema>;
