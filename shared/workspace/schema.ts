/**
 * The workspace model (workspace.md): the `baton.workspace` v1 file and the entities the
 * workspace document holds beside teams and people: shared OKRs whose key results point at
 * cards of any journey, the metrics library and the decisions log. Rules: shared/SPEC.md, WS-rules.
 */
import { z } from "zod/mini";
import { DateSchema, IdSchema, text } from "../schema/common";
import { JourneyShapeSchema } from "../schema/journey";
import { MetricKindSchema } from "../schema/metric";
import { PersonSchema } from "../schema/person";
import { TeamSchema } from "../schema/team";

export const WORKSPACE_FORMAT = "baton.workspace";
export const WORKSPACE_VERSION = 1;

/** Hard limits of one workspace (workspace.md, "The workspace file"). */
export const WORKSPACE_LIMITS = { journeys: 500, jsonBytes: 50 * 1024 * 1024, points: 10_000 } as const;

/** A card of a journey of the workspace, as a key result or a decision names it. */
export const CardRefSchema = z.strictObject({ mapId: IdSchema, cardId: IdSchema });
export type CardRef = z.infer<typeof CardRefSchema>;

/** The same in the workspace file, where journeys have file-local ids. */
export const FileCardRefSchema = z.strictObject({ journeyId: IdSchema, cardId: IdSchema });
export type FileCardRef = z.infer<typeof FileCardRefSchema>;

const keyResultFields = {
  id: IdSchema,
  title: text(1, 300),
  metric: z.optional(MetricKindSchema),
  metricId: z.optional(IdSchema),
  baseline: z.optional(z.number()),
  target: z.number(),
  current: z.optional(z.number()),
};

/** A key result of a shared objective: it may point at cards of any journey, and at a metric series. */
export const WorkspaceKeyResultSchema = z.strictObject({ ...keyResultFields, cards: z.optional(z.array(CardRefSchema)) });
export type WorkspaceKeyResult = z.infer<typeof WorkspaceKeyResultSchema>;
const FileKeyResultSchema = z.strictObject({ ...keyResultFields, cards: z.optional(z.array(FileCardRefSchema)) });

const okrFields = { id: IdSchema, objective: text(1, 300), period: z.optional(text(0, 40)), teamIds: z.array(IdSchema).check(z.minLength(1)) };

/** An objective of the workspace (F31 with WS-rule key results). */
export const WorkspaceOkrSchema = z.strictObject({ ...okrFields, keyResults: z.array(WorkspaceKeyResultSchema).check(z.minLength(1), z.maxLength(20)) });
export type WorkspaceOkr = z.infer<typeof WorkspaceOkrSchema>;
const FileOkrSchema = z.strictObject({ ...okrFields, keyResults: z.array(FileKeyResultSchema).check(z.minLength(1), z.maxLength(20)) });

/** One point of a metric series. */
export const MetricPointSchema = z.strictObject({ on: DateSchema, value: z.number() });
export type MetricPoint = z.infer<typeof MetricPointSchema>;

/**
 * A KPI series of the metrics library. Points sorted by `on`, one per date (WS7), is checked by
 * `validateWorkspaceFile` (a refinement here would stop `capArrays` from rewriting the list).
 */
export const MetricSeriesSchema = z.strictObject({
    id: IdSchema,
    kind: MetricKindSchema,
    label: z.optional(text(0, 120)),
    unit: z.optional(text(0, 20)),
    target: z.optional(z.number()),
    direction: z.optional(z.enum(["up", "down"])),
    ownerTeamId: z.optional(IdSchema),
    points: z.optional(z.array(MetricPointSchema).check(z.maxLength(WORKSPACE_LIMITS.points))),
});
export type MetricSeries = z.infer<typeof MetricSeriesSchema>;

const decisionFields = {
  id: IdSchema,
  on: DateSchema,
  title: text(1, 300),
  text: z.optional(text(0, 5000)),
  teamIds: z.optional(z.array(IdSchema)),
  by: z.optional(IdSchema),
};

/** What a cross-functional review decided. */
export const DecisionSchema = z.strictObject({ ...decisionFields, cards: z.optional(z.array(CardRefSchema)) });
export type Decision = z.infer<typeof DecisionSchema>;
const FileDecisionSchema = z.strictObject({ ...decisionFields, cards: z.optional(z.array(FileCardRefSchema)) });

/** A journey inside the workspace file: the journey object without the directory, plus a file-local id. */
const journeyShape = { ...JourneyShapeSchema.shape } as Partial<typeof JourneyShapeSchema.shape>;
delete journeyShape.format;
delete journeyShape.version;
delete journeyShape.teams;
delete journeyShape.people;
delete journeyShape.okrs;
export const WorkspaceJourneySchema = z.strictObject({ id: IdSchema, ...(journeyShape as Omit<typeof JourneyShapeSchema.shape, "format" | "version" | "teams" | "people" | "okrs">) });
export type WorkspaceJourney = z.infer<typeof WorkspaceJourneySchema>;

/** The shape of a `baton.workspace` v1 file; references are checked by `validateWorkspaceFile`. */
export const WorkspaceFileShapeSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  title: text(1, 200),
  teams: z.array(TeamSchema),
  people: z.array(PersonSchema),
  okrs: z.optional(z.array(FileOkrSchema)),
  metrics: z.optional(z.array(MetricSeriesSchema)),
  decisions: z.optional(z.array(FileDecisionSchema)),
  journeys: z.array(WorkspaceJourneySchema).check(z.maxLength(WORKSPACE_LIMITS.journeys)),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileShapeSchema>;

/** What the workspace document holds (docToWorkspace's answer). */
export interface Workspace {
  title: string;
  teams: z.infer<typeof TeamSchema>[];
  people: z.infer<typeof PersonSchema>[];
  okrs: WorkspaceOkr[];
  metrics: MetricSeries[];
  decisions: Decision[];
}
