/**
 * The one validator of `baton.workspace` v1 files (workspace.md; SPEC.md WS8): strict like the
 * journey file, every problem by JSON path. Each journey is checked with the journey file's
 * own reference rules (with the workspace's teams and people as its directory); the
 * workspace-level references are checked row by row from the references table (WS3).
 */
import { ID_PATTERN, LIMITS } from "../schema/common";
import type { JourneyIssue } from "../validation/issue";
import { checkReferences } from "../validation/references";
import { capArrays } from "../validation/cappedSchema";
import { walkJson } from "../validation/walk";
import { fromZodIssues } from "../validation/zodIssues";
import { MAX_ISSUES } from "../validate";
import { REFERENCES, type Reference } from "./references";
import { WORKSPACE_LIMITS, WorkspaceFileShapeSchema, type WorkspaceFile } from "./schema";

/** The outcome of validating a workspace file. */
export type WorkspaceFileResult = { ok: true; file: WorkspaceFile } | { ok: false; issues: JourneyIssue[] };

const CHECKED_SHAPE = capArrays(WorkspaceFileShapeSchema);
const MIB = 1024 * 1024;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === "string" && ID_PATTERN.test(v);
const listOf = (o: Rec, key: string): unknown[] => (Object.hasOwn(o, key) && Array.isArray(o[key]) ? (o[key] as unknown[]) : []);

/** Items of a list with their paths; `keyResults` are those of every objective. */
function itemsOf(raw: Rec, list: string): { item: Rec; path: string }[] {
  const out: { item: Rec; path: string }[] = [];
  if (list === "keyResults") {
    listOf(raw, "okrs").forEach((okr, i) => {
      if (isRec(okr)) listOf(okr, "keyResults").forEach((kr, j) => isRec(kr) && out.push({ item: kr, path: `okrs[${i}].keyResults[${j}]` }));
    });
    return out;
  }
  listOf(raw, list).forEach((item, i) => isRec(item) && out.push({ item, path: `${list}[${i}]` }));
  return out;
}

/** Ids of a list (first index), reporting duplicates on the later item. */
function uniqueIds(items: readonly { item: Rec; path: string }[], base: string, issues: JourneyIssue[]): Set<string> {
  const seen = new Map<string, string>();
  for (const { item, path } of items) {
    const id = item["id"];
    if (!isId(id)) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else issues.push({ path: `${path}.id`, message: `duplicate id "${id}" (also ${first})` });
  }
  void base;
  return new Set(seen.keys());
}

/** Every reference problem of the workspace file `raw` (read defensively). */
export function checkWorkspaceReferences(raw: Rec): JourneyIssue[] {
  const issues: JourneyIssue[] = [];
  const ids: Record<string, Set<string>> = {};
  for (const list of ["teams", "people", "okrs", "metrics", "decisions", "journeys"]) ids[list] = uniqueIds(itemsOf(raw, list), list, issues);
  itemsOf(raw, "okrs").forEach(({ item, path }) => uniqueIds(listOf(item, "keyResults").filter(isRec).map((kr, j) => ({ item: kr, path: `${path}.keyResults[${j}]` })), "keyResults", issues));

  // Each journey with the journey file's rules; the directory lives at the top.
  const cards = new Set<string>();
  const directory = { teams: raw["teams"], people: raw["people"] };
  listOf(raw, "journeys").forEach((journey, i) => {
    if (!isRec(journey)) return;
    if (walkJson(journey).tooLarge) issues.push({ path: `journeys[${i}]`, message: `is larger than ${LIMITS.jsonBytes / MIB} MiB of JSON (one journey's limit, F12)` });
    for (const c of listOf(journey, "cards")) if (isRec(c) && isId(c["id"]) && isId(journey["id"])) cards.add(`${journey["id"]}/${c["id"]}`);
    for (const issue of checkReferences({ ...journey, ...directory })) {
      if (issue.path.startsWith("teams") || issue.path.startsWith("people")) continue;
      issues.push({ path: `journeys[${i}].${issue.path}`, message: issue.message });
    }
  });

  // Metric points: sorted by date, one per date (WS7).
  for (const { item, path } of itemsOf(raw, "metrics")) {
    const points = listOf(item, "points");
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1];
      const b = points[k];
      if (isRec(a) && isRec(b) && typeof a["on"] === "string" && typeof b["on"] === "string" && b["on"] <= a["on"]) {
        issues.push({ path: `${path}.points[${k}].on`, message: "points must be sorted by date, one per date" });
        break;
      }
    }
  }

  // Workspace-level references, row by row from the table.
  const target = (r: Reference): Set<string> => (r.to.list === "cards" ? cards : (ids[r.to.list] ?? new Set()));
  for (const r of REFERENCES) {
    if (r.from.doc !== "workspace") continue;
    for (const { item, path } of itemsOf(raw, r.from.list)) {
      if (!Object.hasOwn(item, r.from.field)) continue;
      const value = item[r.from.field];
      const at = `${path}.${r.from.field}`;
      if (r.shape === "one") {
        if (isId(value) && !target(r).has(value)) issues.push({ path: at, message: `no ${r.noun} "${value}"` });
        continue;
      }
      if (!Array.isArray(value)) continue;
      value.forEach((v, k) => {
        if (r.shape === "many") {
          if (isId(v) && !target(r).has(v)) issues.push({ path: `${at}[${k}]`, message: `no ${r.noun} "${v}"` });
        } else if (isRec(v) && isId(v["journeyId"]) && isId(v["cardId"])) {
          if (!ids["journeys"]?.has(v["journeyId"])) issues.push({ path: `${at}[${k}].journeyId`, message: `no journey "${v["journeyId"]}"` });
          else if (!cards.has(`${v["journeyId"]}/${v["cardId"]}`)) issues.push({ path: `${at}[${k}].cardId`, message: `no card "${v["cardId"]}" in journey "${v["journeyId"]}"` });
        }
      });
    }
  }
  return issues;
}

/**
 * Checks `input` against every rule of the workspace file. Never throws; on success `file` is
 * a fresh copy without extra keys.
 */
export function validateWorkspaceFile(input: unknown): WorkspaceFileResult {
  try {
    if (!isRec(input)) return { ok: false, issues: [{ path: "", message: "must be an object" }] };
    const walk = walkJson(input, WORKSPACE_LIMITS.jsonBytes);
    if (walk.tooLarge) return { ok: false, issues: [...walk.issues, { path: "", message: `is larger than ${WORKSPACE_LIMITS.jsonBytes / MIB} MiB of JSON` }] };
    const shape = CHECKED_SHAPE.safeParse(input);
    const issues: JourneyIssue[] = [...walk.issues];
    if (!shape.success) for (const i of fromZodIssues(shape.error.issues, input)) issues.push(i);
    for (const i of checkWorkspaceReferences(input)) issues.push(i);
    if (issues.length === 0 && shape.success) return { ok: true, file: shape.data };
    if (issues.length === 0) issues.push({ path: "", message: "is not a workspace file" });
    if (issues.length > MAX_ISSUES) {
      issues.length = MAX_ISSUES;
      issues.push({ path: "", message: `more problems not listed (only the first ${MAX_ISSUES} are shown)` });
    }
    return { ok: false, issues };
  } catch (error) {
    return { ok: false, issues: [{ path: "", message: `could not be read (${error instanceof Error ? error.name : "unknown error"})` }] };
  }
}
