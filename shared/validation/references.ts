import { ID_PATTERN, LIMITS } from "../schema/common";
import { REFERENCES, type Reference } from "../workspace/references";
import type { JourneyIssue } from "./issue";

/**
 * Where each list of the references table (WS3) sits in a journey FILE, which carries its own
 * directory and OKRs (journey-format.md; WS5): the directory's lists are at the top, key
 * results inside their objectives, overrides inside the rotation. Lists a journey file does
 * not have (the workspace's metrics and decisions) are absent, so their rows do not apply.
 */
const FILE_SITES: Readonly<Record<string, string>> = {
  "map.stages": "stages",
  "map.lanes": "lanes",
  "map.cards": "cards",
  "map.links": "links",
  "map.reviews": "reviews",
  "map.comments": "comments",
  "map.rotation": "rotation",
  "map.overrides": "rotation.overrides",
  "workspace.teams": "teams",
  "workspace.people": "people",
  "workspace.okrs": "okrs",
  "workspace.keyResults": "okrs[].keyResults",
};

/** In a journey file a key result names cards of its own journey by id (`cardIds`). */
const FILE_FIELDS: Readonly<Record<string, { readonly field: string; readonly shape: Reference["shape"] }>> = {
  "workspace.keyResults.cards": { field: "cardIds", shape: "many" },
};

/** A row of the table as it applies to a journey file. */
export interface FileReference {
  readonly row: Reference;
  /** The referring items' site (`cards`, `rotation.overrides`, `okrs[].keyResults`...). */
  readonly site: string;
  readonly field: string;
  readonly shape: Reference["shape"];
  /** The top-level list of the file the ids must be in. */
  readonly target: string;
}

/** The rows of the references table that apply inside one journey file, in table order. */
export const JOURNEY_FILE_REFERENCES: readonly FileReference[] = REFERENCES.flatMap((row) => {
  const site = FILE_SITES[`${row.from.doc}.${row.from.list}`];
  const target = FILE_SITES[`${row.to.doc}.${row.to.list}`];
  if (site === undefined || target === undefined) return [];
  const renamed = FILE_FIELDS[`${row.from.doc}.${row.from.list}.${row.from.field}`];
  return [{ row, site, field: renamed?.field ?? row.from.field, shape: renamed?.shape ?? row.shape, target }];
});

/** The order the sites are checked in, so problems come in the file's reading order. */
const SITE_ORDER = ["cards", "links", "people", "rotation", "rotation.overrides", "okrs", "okrs[].keyResults", "reviews", "comments"];

/**
 * The rules zod's per-field shape cannot express: list sizes, unique ids, references that
 * resolve to the right list, `from` != `to` on links, and replies on the same card. The
 * references are the rows of THE references table (`shared/workspace/references.ts`, WS3)
 * that apply inside a journey file (`JOURNEY_FILE_REFERENCES`), not a second list of rules.
 *
 * It reads the raw input defensively (a list that is not an array, an item that is not an
 * object, an id that is not a valid id are skipped: the shape check reports those), so it can
 * run next to the shape check and every problem is reported in one go. One pass per list,
 * Maps and Sets only: linear in the size of the file.
 */
export function checkReferences(raw: unknown): JourneyIssue[] {
  const issues: JourneyIssue[] = [];
  if (!isRecord(raw)) return issues;

  checkSize(raw, "stages", LIMITS.stages, issues);
  checkSize(raw, "lanes", LIMITS.lanes, issues);
  checkSize(raw, "cards", LIMITS.cards, issues);
  checkSize(raw, "links", LIMITS.links, issues);

  const ids = new Map<string, ReadonlyMap<string, number> | null>();
  for (const list of ["stages", "lanes", "cards", "links", "teams", "people", "okrs", "reviews", "comments"]) ids.set(list, collectIds(raw, list, issues));

  // A list that is present but not a list is unknown: references to it are not reported.
  const check = (path: string, value: unknown, target: string, noun: string): void => {
    const known = ids.get(target);
    if (known != null && isId(value) && !known.has(value)) issues.push({ path, message: `no ${noun} "${value}"` });
  };
  const commentCard = new Map<string, unknown>();
  forEachItem(raw, "comments", (c) => {
    if (isId(c["id"]) && !commentCard.has(c["id"])) commentCard.set(c["id"], c["cardId"]);
  });

  for (const site of SITE_ORDER) {
    const rows = JOURNEY_FILE_REFERENCES.filter((r) => r.site === site);
    forEachAt(raw, site, (item, p) => {
      for (const r of rows) {
        if (!own(item, r.field)) continue;
        if (r.shape === "one") check(`${p}.${r.field}`, item[r.field], r.target, r.row.noun);
        else forEachValue(item, r.field, (id, q) => check(`${p}.${q}`, id, r.target, r.row.noun));
      }
      // The rules that are not references.
      if (site === "links" && isId(item["from"]) && item["from"] === item["to"]) {
        issues.push({ path: `${p}.to`, message: "must differ from from (a link joins two different cards)" });
      }
      if (site === "okrs") uniqueIds(item, "keyResults", p, issues);
      if (site === "comments" && own(item, "replyTo")) {
        const target = item["replyTo"];
        if (isId(target) && commentCard.has(target) && isId(item["cardId"]) && commentCard.get(target) !== item["cardId"]) {
          issues.push({ path: `${p}.replyTo`, message: `answers comment "${target}", which is on another card` });
        }
      }
    });
  }
  return issues;
}

/** Calls `fn` with every object item at `site` of the file and its JSON path. */
function forEachAt(raw: Rec, site: string, fn: (item: Rec, path: string) => void): void {
  if (site === "rotation") {
    if (own(raw, "rotation") && isRecord(raw["rotation"])) fn(raw["rotation"], "rotation");
    return;
  }
  if (site === "rotation.overrides") {
    const rotation = own(raw, "rotation") ? raw["rotation"] : undefined;
    if (isRecord(rotation)) forEachItem(rotation, "overrides", (o, p) => fn(o, `rotation.${p}`));
    return;
  }
  if (site === "okrs[].keyResults") {
    forEachItem(raw, "okrs", (okr, p) => forEachItem(okr, "keyResults", (kr, q) => fn(kr, `${p}.${q}`)));
    return;
  }
  forEachItem(raw, site, fn);
}

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isId(v: unknown): v is string {
  return typeof v === "string" && ID_PATTERN.test(v);
}

function own(o: Rec, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

function listOf(o: Rec, key: string): unknown[] | undefined {
  if (!own(o, key)) return undefined;
  const v = o[key];
  return Array.isArray(v) ? v : undefined;
}

function checkSize(raw: Rec, key: string, max: number, issues: JourneyIssue[]): void {
  const list = listOf(raw, key);
  if (list && list.length > max) {
    issues.push({ path: key, message: `has ${list.length} items; at most ${max} are allowed` });
  }
}

/** Calls `fn` with every object item of `o[key]` and its path `key[i]`. */
function forEachItem(o: Rec, key: string, fn: (item: Rec, path: string) => void): void {
  const list = listOf(o, key);
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (isRecord(item)) fn(item, `${key}[${i}]`);
  }
}

/** Calls `fn` with every value of the array `o[key]` and its path `key[i]`. */
function forEachValue(o: Rec, key: string, fn: (value: unknown, path: string) => void): void {
  const list = listOf(o, key);
  if (!list) return;
  for (let i = 0; i < list.length; i++) fn(list[i], `${key}[${i}]`);
}

/**
 * The ids of `raw[key]` (id -> first index), reporting duplicates as they are met; empty when
 * the list is absent, null when it is present but not a list.
 */
function collectIds(raw: Rec, key: string, issues: JourneyIssue[]): Map<string, number> | null {
  if (own(raw, key) && !Array.isArray(raw[key])) return null;
  return uniqueIds(raw, key, "", issues);
}

function uniqueIds(o: Rec, key: string, prefix: string, issues: JourneyIssue[]): Map<string, number> {
  const seen = new Map<string, number>();
  const base = prefix === "" ? key : `${prefix}.${key}`;
  forEachItem(o, key, (item, p) => {
    const id = item["id"];
    if (!isId(id)) return;
    const index = Number(p.slice(key.length + 1, -1));
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else issues.push({ path: `${prefix === "" ? "" : `${prefix}.`}${p}.id`, message: `duplicate id "${id}" (also ${base}[${first}])` });
  });
  return seen;
}
