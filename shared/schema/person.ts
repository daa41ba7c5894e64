import { z } from "zod/mini";
import { IdSchema, text } from "./common";

/** Someone on the rotation roster, a reviewer, a team member. */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: text(1, 120),
  teamId: z.optional(IdSchema),
});
export type Person = z.infer<typeof PersonSchema>;
