import { z } from "zod/mini";
import { IdSchema, text } from "./common";

/** An arrow between two different cards. */
export const LinkSchema = z.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  label: z.optional(text(0, 200)),
});
export type Link = z.infer<typeof LinkSchema>;
