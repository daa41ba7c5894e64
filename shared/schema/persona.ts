import { z } from "zod";
import { text } from "./common";

/** Whose journey this is. */
export const PersonaSchema = z.strictObject({
  name: text(1, 120),
  description: text(0, 2_000).optional(),
  goals: z.array(text(0, 500)).max(20).optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;
