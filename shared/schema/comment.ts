import { z } from "zod/mini";
import { IdSchema, TimeSchema, text } from "./common";

/** A comment on a card; a reply names the comment it answers, on the same card. */
export const CommentSchema = z.strictObject({
  id: IdSchema,
  cardId: IdSchema,
  author: text(1, 120),
  text: text(1, 5_000),
  at: TimeSchema,
  resolved: z.optional(z.boolean()),
  replyTo: z.optional(IdSchema),
});
export type Comment = z.infer<typeof CommentSchema>;
