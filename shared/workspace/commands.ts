/**
 * Commands of the workspace document (WS6): its metrics library and decisions log. The
 * directory (teams, people) and the objectives use the map commands, which work on a
 * workspace document unchanged (its key results take `cards: [{mapId, cardId}]`).
 */
import type { Id } from "../schema/common";
import { isCalendarDate } from "../schema/common";
import type { Patch } from "../commands/command";
import type { ApplyContext } from "../commands/applyContext";
import { checkPatch, checkValue, patchValue } from "../commands/checkValue";
import { writePatch } from "../commands/entityOps";
import type { HandlersFor } from "../commands/handler";
import { asYMap } from "../doc/layout";
import { checkPointRows, upsertPoints } from "../metrics/series";
import { cloneJson, newEntityMap } from "../doc/writeEntity";
import { cascadeWorkspaceDelete } from "./cascade";
import { DecisionSchema, MetricSeriesSchema, WORKSPACE_LIMITS, type Decision, type MetricPoint, type MetricSeries } from "./schema";
import { DECISIONS, DECISION_FIELDS, METRICS, METRIC_FIELDS } from "./workspaceDoc";

/** Every workspace command. */
export type WorkspaceCommand =
  | { type: "addMetricSeries"; series: MetricSeries; index?: number }
  | { type: "updateMetricSeries"; id: Id; patch: Patch<Omit<MetricSeries, "id" | "points">> }
  | { type: "deleteMetricSeries"; id: Id }
  /** Sets the series' value on day `on` (replacing that day's point); `null` removes the point. */
  | { type: "setMetricPoint"; seriesId: Id; on: string; value: number | null }
  /** Upserts many points at once by date (K3, K5: a feed call); refused whole when any point is bad. */
  | { type: "setMetricPoints"; seriesId: Id; points: readonly MetricPoint[] }
  | { type: "addDecision"; decision: Decision; index?: number }
  | { type: "updateDecision"; id: Id; patch: Patch<Omit<Decision, "id">> }
  | { type: "deleteDecision"; id: Id };

const NOT_WORKSPACE = "only a workspace document holds metrics and decisions";

function list(ctx: ApplyContext, name: string): ReturnType<ApplyContext["root"]> | string {
  if (!ctx.isWorkspace()) return NOT_WORKSPACE;
  return ctx.root(name) ?? `the document's ${name} is not a Y.Map`;
}

/** Why a team/person reference does not resolve, or nothing. */
function refs(ctx: ApplyContext, value: { ownerTeamId?: unknown; teamIds?: unknown; by?: unknown }): string | undefined {
  const teams = [...(value.ownerTeamId === undefined ? [] : [value.ownerTeamId]), ...(Array.isArray(value.teamIds) ? value.teamIds : [])];
  const team = teams.find((t) => !ctx.entity("teams", t));
  if (team !== undefined) return `no team "${String(team)}"`;
  if (value.by !== undefined && !ctx.entity("people", value.by)) return `no person "${String(value.by)}"`;
  return undefined;
}

function add(ctx: ApplyContext, name: string, schema: typeof MetricSeriesSchema | typeof DecisionSchema, item: unknown, noun: string, index?: number): string | undefined {
  const map = list(ctx, name);
  if (typeof map === "string" || !map) return map;
  const checked = checkValue(schema as typeof DecisionSchema, item, noun);
  if (typeof checked === "string") return checked;
  const value = checked.value as { id: string };
  if (map.has(value.id)) return `${noun} "${value.id}" already exists`;
  const bad = refs(ctx, value as { ownerTeamId?: unknown; teamIds?: unknown; by?: unknown });
  if (bad !== undefined) return bad;
  map.set(value.id, newEntityMap(value, ctx.keyAt(map, index)));
  return undefined;
}

function update(ctx: ApplyContext, name: string, fields: typeof METRIC_FIELDS, fixed: readonly string[], id: unknown, patch: unknown, noun: string): string | undefined {
  const map = list(ctx, name);
  if (typeof map === "string" || !map) return map;
  const entity = typeof id === "string" ? asYMap(map.get(id)) : undefined;
  if (!entity) return `no ${noun} "${String(id)}"`;
  const checked = checkPatch(fields, patch, fields.map((f) => f.key).filter((k) => !fixed.includes(k)));
  if (typeof checked === "string") return checked;
  const bad = refs(ctx, { ownerTeamId: patchValue(checked, "ownerTeamId"), teamIds: patchValue(checked, "teamIds"), by: patchValue(checked, "by") });
  if (bad !== undefined) return bad;
  writePatch(entity, checked);
  return undefined;
}

function remove(ctx: ApplyContext, name: string, id: unknown, noun: string): string | undefined {
  const map = list(ctx, name);
  if (typeof map === "string" || !map) return map;
  if (typeof id !== "string" || !map.has(id)) return `no ${noun} "${String(id)}"`;
  map.delete(id);
  return undefined;
}

/** Handlers of the workspace commands. */
export const workspaceHandlers: HandlersFor<WorkspaceCommand["type"]> = {
  addMetricSeries: (ctx, { series, index }) => add(ctx, METRICS, MetricSeriesSchema, series, "metric series", index),
  updateMetricSeries: (ctx, { id, patch }) => update(ctx, METRICS, METRIC_FIELDS, ["points"], id, patch, "metric series"),
  deleteMetricSeries(ctx, { id }) {
    const why = remove(ctx, METRICS, id, "metric series");
    if (why === undefined) cascadeWorkspaceDelete(ctx, "metrics", id);
    return why;
  },
  setMetricPoint(ctx, { seriesId, on, value }) {
    const map = list(ctx, METRICS);
    if (typeof map === "string" || !map) return map;
    const series = asYMap(map.get(seriesId));
    if (!series) return `no metric series "${String(seriesId)}"`;
    if (typeof on !== "string" || !isCalendarDate(on)) return "on: must be a date YYYY-MM-DD";
    if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) return "value: must be a finite number or null";
    const raw = series.get("points");
    const existing = Array.isArray(raw) ? (raw as MetricPoint[]) : [];
    // K3: upsert by date, sorted, one per date, at most 10,000 points.
    const merged = value === null ? { points: existing.filter((p) => p.on !== on) } : upsertPoints(existing, [{ on, value }], WORKSPACE_LIMITS.points);
    if (!merged) return `a series holds at most ${WORKSPACE_LIMITS.points} points`;
    const points = merged.points;
    series.set("points", cloneJson(points));
    return undefined;
  },
  setMetricPoints(ctx, { seriesId, points }) {
    const map = list(ctx, METRICS);
    if (typeof map === "string" || !map) return map;
    const series = asYMap(map.get(seriesId));
    if (!series) return `no metric series "${String(seriesId)}"`;
    const checked = checkPointRows(points);
    if (!checked.ok) return checked.issues.map((i) => (i.index < 0 ? i.message : `points[${i.index}]: ${i.message}`)).join("; ");
    const raw = series.get("points");
    const merged = upsertPoints(Array.isArray(raw) ? (raw as MetricPoint[]) : [], checked.points, WORKSPACE_LIMITS.points);
    if (!merged) return `a series holds at most ${WORKSPACE_LIMITS.points} points`;
    series.set("points", cloneJson(merged.points));
    return undefined;
  },
  addDecision: (ctx, { decision, index }) => add(ctx, DECISIONS, DecisionSchema, decision, "decision", index),
  updateDecision: (ctx, { id, patch }) => update(ctx, DECISIONS, DECISION_FIELDS, [], id, patch, "decision"),
  deleteDecision: (ctx, { id }) => remove(ctx, DECISIONS, id, "decision"),
};
