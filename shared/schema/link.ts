import { z } from "zod";
import { IdSchema, text } from "./common";

/** An arrow between two different cards. */
export const LinkSchema = z.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  label: text(0, 200).optional(),
});
export type Link = z.infer<typeof LinkSchema>;
