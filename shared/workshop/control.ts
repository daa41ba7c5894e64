import { z } from "zod/mini";
import { IdSchema } from "../schema/common";

/**
 * Who runs a voting round or the timer (W15, W16): the person who started it, until someone
 * takes over explicitly (as in Miro). A controller is a random id the facilitator's device draws
 * once (never a key) and the name others see.
 */
export const ControllerSchema = z.strictObject({ id: IdSchema, name: z.string().check(z.minLength(1), z.maxLength(120)) });
/** The person in charge of a round or the timer. */
export type Controller = z.infer<typeof ControllerSchema>;

/**
 * Whether `by` may control something run by `owner`: always when nobody is recorded (a round or
 * timer from before W15, or started through the API without a name), else only its controller.
 */
export function mayControl(owner: Controller | null, by: Controller | undefined): boolean {
  return owner === null || (by !== undefined && by.id === owner.id);
}
