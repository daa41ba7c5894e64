import { z } from "zod/mini";
import { IdSchema, TimeSchema, text } from "./common";

export const REVIEW_STATUSES = ["ok", "needsWork"] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** One entry of the review log: who looked at which card, when, and what they found. */
export const ReviewSchema = z.strictObject({
  id: IdSchema,
  cardId: IdSchema,
  reviewerId: IdSchema,
  at: TimeSchema,
  status: ReviewStatusSchema,
  note: z.optional(text(0, 2_000)),
});
export type Review = z.infer<typeof ReviewSchema>;
