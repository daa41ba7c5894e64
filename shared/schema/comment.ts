import { z } from "zod";
import { IdSchema, TimeSchema, text } from "./common";

/** A comment on a card; a reply names the comment it answers, on the same card. */
export const CommentSchema = z.strictObject({
  id: IdSchema,
  cardId: IdSchema,
  author: text(1, 120),
  text: text(1, 5_000),
  at: TimeSchema,
  resolved: z.boolean().optional(),
  replyTo: IdSchema.optional(),
});
export type Comment = z.infer<typeof CommentSchema>;
