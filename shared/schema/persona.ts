import { z } from "zod/mini";
import { text } from "./common";

/** Whose journey this is. */
export const PersonaSchema = z.strictObject({
  name: text(1, 120),
  description: z.optional(text(0, 2_000)),
  goals: z.optional(z.array(text(0, 500)).check(z.maxLength(20))),
});
export type Persona = z.infer<typeof PersonaSchema>;
