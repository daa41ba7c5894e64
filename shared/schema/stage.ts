import { z } from "zod/mini";
import { IdSchema, text } from "./common";

/** A column of the map. Order is array order, left to right. */
export const StageSchema = z.strictObject({
  id: IdSchema,
  name: text(1, 120),
  description: z.optional(text(0, 2_000)),
});
export type Stage = z.infer<typeof StageSchema>;
