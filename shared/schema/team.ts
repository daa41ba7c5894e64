import { z } from "zod/mini";
import { IdSchema, text } from "./common";

export const ColorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { message: "must be a colour #rrggbb" }));

/** A team that can own touchpoints and hold OKRs. */
export const TeamSchema = z.strictObject({
  id: IdSchema,
  name: text(1, 120),
  color: z.optional(ColorSchema),
});
export type Team = z.infer<typeof TeamSchema>;
