/**
 * The workspace model (workspace.md): the `baton.workspace` v1 file and the entities the
 * workspace document holds beside teams and people: shared OKRs whose key results point at
 * cards of any journey, the metrics library and the decisions log. Rules: shared/SPEC.md, WS-rules.
 */
import { z } from "zod";
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
  metric: MetricKindSchema.optional(),
  metricId: IdSchema.optional(),
  baseline: z.number().optional(),
  target: z.number(),
  current: z.number().optional(),
};

/** A key result of a shared objective: it may point at cards of any journey, and at a metric series. */
export const WorkspaceKeyResultSchema = z.strictObject({ ...keyResultFields, cards: z.array(CardRefSchema).optional() });
export type WorkspaceKeyResult = z.infer<typeof WorkspaceKeyResultSchema>;
const FileKeyResultSchema = z.strictObject({ ...keyResultFields, cards: z.array(FileCardRefSchema).optional() });

const okrFields = { id: IdSchema, objective: text(1, 300), period: text(0, 40).optional(), teamIds: z.array(IdSchema).min(1) };

/** An objective of the workspace (F31 with WS-rule key results). */
export const WorkspaceOkrSchema = z.strictObject({ ...okrFields, keyResults: z.array(WorkspaceKeyResultSchema).min(1).max(20) });
export type WorkspaceOkr = z.infer<typeof WorkspaceOkrSchema>;
const FileOkrSchema = z.strictObject({ ...okrFields, keyResults: z.array(FileKeyResultSchema).min(1).max(20) });

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
    label: text(0, 120).optional(),
    unit: text(0, 20).optional(),
    target: z.number().optional(),
    direction: z.enum(["up", "down"]).optional(),
    ownerTeamId: IdSchema.optional(),
    points: z.array(MetricPointSchema).max(WORKSPACE_LIMITS.points).optional(),
});
export type MetricSeries = z.infer<typeof MetricSeriesSchema>;

const decisionFields = {
  id: IdSchema,
  on: DateSchema,
  title: text(1, 300),
  text: text(0, 5000).optional(),
  teamIds: z.array(IdSchema).optional(),
  by: IdSchema.optional(),
};

/** What a cross-functional review decided. */
export const DecisionSchema = z.strictObject({ ...decisionFields, cards: z.array(CardRefSchema).optional() });
export type Decision = z.infer<typeof DecisionSchema>;
const FileDecisionSchema = z.strictObject({ ...decisionFields, cards: z.array(FileCardRefSchema).optional() });

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
  okrs: z.array(FileOkrSchema).optional(),
  metrics: z.array(MetricSeriesSchema).optional(),
  decisions: z.array(FileDecisionSchema).optional(),
  journeys: z.array(WorkspaceJourneySchema).max(WORKSPACE_LIMITS.journeys),
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
