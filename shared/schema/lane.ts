import { z } from "zod/mini";
import { IdSchema, text } from "./common";

/** What a lane is for; any card kind may still sit in any lane. */
export const LANE_KINDS = ["actions", "touchpoints", "emotions", "painPoints", "opportunities", "backstage", "notes"] as const;
export const LaneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKindSchema>;

/** A row of the map. Order is array order, top to bottom. */
export const LaneSchema = z.strictObject({
  id: IdSchema,
  name: text(1, 120),
  kind: LaneKindSchema,
});
export type Lane = z.infer<typeof LaneSchema>;
