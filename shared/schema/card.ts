import { z } from "zod/mini";
import { IdSchema, intIn, text } from "./common";
import { MetricSchema } from "./metric";

export const CARD_KINDS = ["action", "touchpoint", "painPoint", "opportunity", "note"] as const;
export const CardKindSchema = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof CardKindSchema>;

export const CHANNELS = ["web", "app", "email", "phone", "chat", "store", "social", "mail", "other"] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const CARD_STATUSES = ["open", "inProgress", "done"] as const;
export const CardStatusSchema = z.enum(CARD_STATUSES);
export type CardStatus = z.infer<typeof CardStatusSchema>;

/** What sits in a cell (stage x lane). Within one cell, order is the order in `cards`. */
export const CardSchema = z.strictObject({
  id: IdSchema,
  kind: CardKindSchema,
  stageId: IdSchema,
  laneId: IdSchema,
  title: text(1, 500),
  description: z.optional(text(0, 10_000)),
  channel: z.optional(ChannelSchema),
  emotion: z.optional(intIn(-2, 2)),
  severity: z.optional(intIn(1, 5)),
  impact: z.optional(intIn(1, 5)),
  effort: z.optional(intIn(1, 5)),
  status: z.optional(CardStatusSchema),
  ownerTeamId: z.optional(IdSchema),
  metrics: z.optional(z.array(MetricSchema).check(z.maxLength(20))),
  votes: z.optional(z.int().check(z.gte(0))),
});
export type Card = z.infer<typeof CardSchema>;

/** The optional fields of a card, in the order the format page lists them. */
export const CARD_FIELDS = [
  "description", "channel", "emotion", "severity", "impact", "effort", "status", "ownerTeamId", "metrics", "votes",
] as const satisfies readonly (keyof Card)[];
