/**
 * How a workspace lives in its Yjs document (SPEC.md WS2): `meta` (title and
 * `kind: "workspace"`), `teams`, `people` and `okrs` exactly as a map document holds them (so
 * the entity readers and command handlers work on it), plus `metrics` and `decisions`, two more
 * `Y.Map<id, Y.Map>` collections with `order` keys. Reading is defensive like `docToJourney`.
 */
import * as Y from "yjs";
import type { DocProblem } from "../doc/docProblem";
import { fieldSpecs, type FieldSpec } from "../doc/fieldReader";
import { KEY_RESULTS, META, ORDER, asYMap, rootMap } from "../doc/layout";
import { compareOrdered, initialKeys, isOrderKey } from "../doc/order";
import { ENTITY_FIELDS, readFields } from "../doc/parseEntity";
import { cloneJson, newEntityMap } from "../doc/writeEntity";
import type { Origin } from "../commands/origin";
import { ID_PATTERN } from "../schema/common";
import { OkrSchema } from "../schema/okr";
import { repairItem, type Reference } from "./references";
import {
  DecisionSchema, MetricSeriesSchema, WorkspaceKeyResultSchema,
  type Decision, type MetricPoint, type MetricSeries, type Workspace, type WorkspaceOkr,
} from "./schema";

/** `meta.kind` of a workspace document; a map document has none. */
export const WORKSPACE_KIND = "workspace";
/** The workspace's extra collections. */
export const METRICS = "metrics";
export const DECISIONS = "decisions";
/** The title a workspace gets when its document has none. */
export const DEFAULT_WORKSPACE_TITLE = "Untitled workspace";
/** Most key results one objective holds. */
const MAX_KRS = 20;

export const WORKSPACE_KEY_RESULT_FIELDS: readonly FieldSpec[] = fieldSpecs(WorkspaceKeyResultSchema.shape, ["id"]);
export const METRIC_FIELDS: readonly FieldSpec[] = fieldSpecs(MetricSeriesSchema.shape, ["id"]);
export const DECISION_FIELDS: readonly FieldSpec[] = fieldSpecs(DecisionSchema.shape, ["id"]);
const OKR_FIELDS: readonly FieldSpec[] = fieldSpecs(OkrSchema.shape, ["id", KEY_RESULTS]);

/** True when `doc` is a workspace document (its `meta.kind`). */
export function isWorkspaceDoc(doc: Y.Doc): boolean {
  return rootMap(doc, META)?.get("kind") === WORKSPACE_KIND;
}

type Rec = Record<string, unknown> & { id: string };
interface Read { id: string; order: string; value: Rec }

/** The valid entities of a collection map, sorted by `(order, id)`; the rest reported. */
function readList(doc: Y.Doc, name: string, specs: readonly FieldSpec[], problems: DocProblem[], extra?: (map: Y.Map<unknown>, value: Rec) => string | undefined): Read[] {
  const map = rootMap(doc, name);
  if (!map) {
    problems.push({ collection: name, id: "", message: "is not a Y.Map; the list is read as empty" });
    return [];
  }
  const out: Read[] = [];
  map.forEach((raw, id) => {
    const entity = asYMap(raw);
    const order = entity?.get(ORDER);
    let why: string | undefined;
    const value: Rec = { id };
    if (!ID_PATTERN.test(id)) why = "the key is not a valid id";
    else if (!entity) why = "is not a Y.Map";
    else if (!isOrderKey(order)) why = "order: missing or not a fractional index key";
    else why = readFields(specs, entity, value) ?? extra?.(entity, value);
    if (why !== undefined) problems.push({ collection: name, id, message: `${why}; skipped` });
    else out.push({ id, order: order as string, value });
  });
  return out.sort(compareOrdered);
}

function readKeyResults(entity: Y.Map<unknown>, value: Rec): string | undefined {
  const map = asYMap(entity.get(KEY_RESULTS));
  if (!map) return `${KEY_RESULTS}: is not a Y.Map`;
  const kept: Read[] = [];
  map.forEach((raw, id) => {
    const kr = asYMap(raw);
    const order = kr?.get(ORDER);
    const out: Rec = { id };
    if (kr && ID_PATTERN.test(id) && isOrderKey(order) && readFields(WORKSPACE_KEY_RESULT_FIELDS, kr, out) === undefined) {
      kept.push({ id, order, value: out });
    }
  });
  if (kept.length === 0) return `${KEY_RESULTS}: no valid key result`;
  value[KEY_RESULTS] = kept.sort(compareOrdered).slice(0, MAX_KRS).map((k) => k.value);
  return undefined;
}

/** Points sorted by date, one per date (the last written wins), at most the limit. */
function cleanPoints(series: Rec): void {
  const points = series["points"] as MetricPoint[] | undefined;
  if (!points) return;
  const byDay = new Map<string, number>();
  for (const p of points) byDay.set(p.on, p.value);
  series["points"] = [...byDay.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([on, v]) => ({ on, value: v }));
}

/** The workspace a document holds, always valid, and what was left out to make it so. */
export interface WorkspaceReading {
  readonly workspace: Workspace;
  readonly problems: DocProblem[];
}

/**
 * Reads a workspace document. Never throws; whatever does not validate is left out and
 * reported, and references inside the workspace are repaired by the table (WS3). References
 * into journeys (key results' and decisions' `cards`) are kept: only a reader that has the
 * journeys can check them (`composeJourney`, the projection).
 */
export function docToWorkspace(doc: Y.Doc): WorkspaceReading {
  const problems: DocProblem[] = [];
  const meta = rootMap(doc, META);
  const rawTitle = meta?.get("title");
  const title = typeof rawTitle === "string" && rawTitle.length >= 1 && rawTitle.length <= 200 ? rawTitle : DEFAULT_WORKSPACE_TITLE;
  if (title !== rawTitle) problems.push({ collection: META, id: "title", message: `missing or invalid; "${title}" is used` });

  const teams = readList(doc, "teams", ENTITY_FIELDS.teams, problems).map((r) => r.value);
  const teamIds = new Set(teams.map((t) => t.id));
  const peopleRaw = readList(doc, "people", ENTITY_FIELDS.people, problems).map((r) => r.value);
  const metricsRaw = readList(doc, METRICS, METRIC_FIELDS, problems).map((r) => r.value);
  const okrsRaw = readList(doc, "okrs", OKR_FIELDS, problems, readKeyResults).map((r) => r.value);
  const decisionsRaw = readList(doc, DECISIONS, DECISION_FIELDS, problems);

  const personIds = new Set(peopleRaw.map((p) => p.id));
  const metricIds = new Set(metricsRaw.map((m) => m.id));
  const exists = (r: Reference, id: string): boolean | undefined => {
    if (r.to.doc !== "workspace") return undefined;
    const set = r.to.list === "teams" ? teamIds : r.to.list === "people" ? personIds : r.to.list === "metrics" ? metricIds : undefined;
    return set ? set.has(id) : undefined;
  };
  const repaired = <T extends Rec>(list: string, items: T[]): T[] =>
    items.flatMap((item) => {
      const notes: string[] = [];
      const out = repairItem("workspace", list, item, exists, notes);
      for (const n of notes) problems.push({ collection: list, id: item.id, message: out ? `${n}` : `${n}; skipped` });
      return out ? [out] : [];
    });

  const people = repaired("people", peopleRaw);
  const metrics = repaired("metrics", metricsRaw);
  for (const m of metrics) cleanPoints(m);
  const okrs = repaired("okrs", okrsRaw).map((okr) => ({
    ...okr,
    [KEY_RESULTS]: repaired("keyResults", okr[KEY_RESULTS] as Rec[]),
  }));
  // Decisions: newest first (by day), then list order.
  const decisions = repaired(
    "decisions",
    decisionsRaw.sort((a, b) => (a.value["on"] === b.value["on"] ? compareOrdered(a, b) : (a.value["on"] as string) > (b.value["on"] as string) ? -1 : 1)).map((r) => r.value),
  );
  const workspace: Workspace = {
    title,
    teams: teams as unknown as Workspace["teams"],
    people: people as unknown as Workspace["people"],
    okrs: okrs as unknown as WorkspaceOkr[],
    metrics: metrics as unknown as MetricSeries[],
    decisions: decisions as unknown as Decision[],
  };
  return { workspace, problems };
}

/**
 * The directory alone (teams, and people repaired against them), read exactly as
 * `docToWorkspace` reads it but without the metrics library: the cross-journey views need only
 * which teams and people exist (WS4), and reading 500 series' points for that costs hundreds of
 * milliseconds per request.
 */
export function docToDirectory(doc: Y.Doc): Pick<Workspace, "teams" | "people"> {
  const problems: DocProblem[] = [];
  const teams = readList(doc, "teams", ENTITY_FIELDS.teams, problems).map((r) => r.value);
  const peopleRaw = readList(doc, "people", ENTITY_FIELDS.people, problems).map((r) => r.value);
  const teamIds = new Set(teams.map((t) => t.id));
  const personIds = new Set(peopleRaw.map((p) => p.id));
  const exists = (r: Reference, id: string): boolean | undefined =>
    r.to.doc !== "workspace" ? undefined : r.to.list === "teams" ? teamIds.has(id) : r.to.list === "people" ? personIds.has(id) : undefined;
  const people = peopleRaw.flatMap((item) => {
    const out = repairItem("workspace", "people", item, exists, []);
    return out ? [out] : [];
  });
  return { teams: teams as unknown as Workspace["teams"], people: people as unknown as Workspace["people"] };
}

/** Writes `workspace` into the (empty) workspace part of `doc`. Call inside a transaction. */
export function writeWorkspace(doc: Y.Doc, workspace: Workspace): void {
  const meta = rootMap(doc, META);
  meta?.set("kind", WORKSPACE_KIND);
  meta?.set("title", workspace.title);
  const write = (name: string, items: readonly { id: string }[], build: (item: { id: string }, order: string) => Y.Map<unknown>): void => {
    const map = rootMap(doc, name);
    if (!map) return;
    const keys = initialKeys(items.length);
    items.forEach((item, i) => map.set(item.id, build(item, keys[i] as string)));
  };
  const plain = (item: { id: string }, order: string): Y.Map<unknown> => newEntityMap(item, order);
  write("teams", workspace.teams, plain);
  write("people", workspace.people, plain);
  write(METRICS, workspace.metrics, plain);
  write(DECISIONS, workspace.decisions, plain);
  write("okrs", workspace.okrs, (item, order) => {
    const okr = item as WorkspaceOkr;
    const map = newEntityMap(okr, order, ["id", KEY_RESULTS]);
    const krs = new Y.Map<unknown>();
    const keys = initialKeys(okr.keyResults.length);
    okr.keyResults.forEach((kr, i) => krs.set(kr.id, newEntityMap(cloneJson(kr), keys[i])));
    map.set(KEY_RESULTS, krs);
    return map;
  });
}

/** A new workspace document holding `workspace`, written in one transaction with origin `import`. */
export function workspaceToDoc(workspace: Workspace, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const origin: Origin = "import";
  doc.transact(() => writeWorkspace(doc, workspace), origin);
  return doc;
}
