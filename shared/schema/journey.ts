import { z } from "zod";
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
  description: text(0, 10_000).optional(),
  persona: PersonaSchema.optional(),
  status: JourneyStatusSchema.optional(),
  group: text(0, 120).optional(),
  tags: z.array(text(0, 60)).max(20).optional(),
  stages: z.array(StageSchema),
  lanes: z.array(LaneSchema),
  cards: z.array(CardSchema),
  links: z.array(LinkSchema).optional(),
  teams: z.array(TeamSchema).optional(),
  people: z.array(PersonSchema).optional(),
  rotation: RotationSchema.optional(),
  okrs: z.array(OkrSchema).optional(),
  reviews: z.array(ReviewSchema).optional(),
  comments: z.array(CommentSchema).optional(),
});
export type Journey = z.infer<typeof JourneyShapeSchema>;
