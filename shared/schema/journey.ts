import { z } from "zod/mini";
import { text } from "./common";
import { PersonaSchema } from "./persona";
import { StageSchema } from "./stage";
import { LaneSchema } from "./lane";
import { CardSchema } from "./card";
import { LinkSchema } from "./link";
import { TeamSchema } from "./team";
import { PersonSchema } from "./person";
import { RotationSchema } from "./rotation";
import { OkrSchema } from "./okr";
import { ReviewSchema } from "./review";
import { CommentSchema } from "./comment";

/** Where a journey is in its life (workspace.md, "Journey file additions"). */
export const JOURNEY_STATUSES = ["draft", "researching", "live", "archived"] as const;
export const JourneyStatusSchema = z.enum(JOURNEY_STATUSES);
export type JourneyStatus = z.infer<typeof JourneyStatusSchema>;

export const JOURNEY_FORMAT = "baton.journey";
export const JOURNEY_VERSION = 1;

/**
 * The shape of a `baton.journey` v1 file (journey-format.md), field by field. It checks types,
 * strictness and per-field limits only; list sizes, unique ids and references are checked by
 * `validateJourney`, which is the one entry point every reader uses.
 */
export const JourneyShapeSchema = z.strictObject({
  format: z.literal(JOURNEY_FORMAT),
  version: z.literal(JOURNEY_VERSION),
  title: text(1, 200),
  description: z.optional(text(0, 10_000)),
  persona: z.optional(PersonaSchema),
  status: z.optional(JourneyStatusSchema),
  group: z.optional(text(0, 120)),
  tags: z.optional(z.array(text(0, 60)).check(z.maxLength(20))),
  stages: z.array(StageSchema),
  lanes: z.array(LaneSchema),
  cards: z.array(CardSchema),
  links: z.optional(z.array(LinkSchema)),
  teams: z.optional(z.array(TeamSchema)),
  people: z.optional(z.array(PersonSchema)),
  rotation: z.optional(RotationSchema),
  okrs: z.optional(z.array(OkrSchema)),
  reviews: z.optional(z.array(ReviewSchema)),
  comments: z.optional(z.array(CommentSchema)),
});
export type Journey = z.infer<typeof JourneyShapeSchema>;
