import { z } from "zod/mini";
import { DateSchema, IdSchema, intIn } from "./common";

/** A holiday or a swap: `ownerId` owns every day from `from` to `to`, both inclusive. */
export const OverrideSchema = z
  .strictObject({ from: DateSchema, to: DateSchema, ownerId: IdSchema })
  .check(
    z.superRefine((o, ctx) => {
      if (o.from > o.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    }),
  );
export type Override = z.infer<typeof OverrideSchema>;

/** The rotating journey owner: `ownerIds` take turns of `cadenceDays` days from `startsOn`. */
export const RotationSchema = z.strictObject({
  cadenceDays: intIn(1, 365),
  startsOn: DateSchema,
  ownerIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(100)),
  overrides: z.optional(z.array(OverrideSchema)),
});
export type Rotation = z.infer<typeof RotationSchema>;
