import { ID_PATTERN, LIMITS } from "../schema/common";
import type { JourneyIssue } from "./issue";

/**
 * The rules zod's per-field shape cannot express: list sizes, unique ids, references that
 * resolve to the right list, `from` != `to` on links, and replies on the same card.
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

  const stages = collectIds(raw, "stages", issues);
  const lanes = collectIds(raw, "lanes", issues);
  const cards = collectIds(raw, "cards", issues);
  collectIds(raw, "links", issues);
  const teams = collectIds(raw, "teams", issues);
  const people = collectIds(raw, "people", issues);
  collectIds(raw, "okrs", issues);
  collectIds(raw, "reviews", issues);
  const comments = collectIds(raw, "comments", issues);

  // A list that is present but not a list is unknown: references to it are not reported.
  const ref = (path: string, value: unknown, ids: ReadonlyMap<string, number> | null, noun: string): void => {
    if (ids !== null && isId(value) && !ids.has(value)) issues.push({ path, message: `no ${noun} "${value}"` });
  };

  forEachItem(raw, "cards", (card, p) => {
    ref(`${p}.stageId`, card["stageId"], stages, "stage");
    ref(`${p}.laneId`, card["laneId"], lanes, "lane");
    if (own(card, "ownerTeamId")) ref(`${p}.ownerTeamId`, card["ownerTeamId"], teams, "team");
  });
  forEachItem(raw, "links", (link, p) => {
    ref(`${p}.from`, link["from"], cards, "card");
    ref(`${p}.to`, link["to"], cards, "card");
    if (isId(link["from"]) && link["from"] === link["to"]) {
      issues.push({ path: `${p}.to`, message: "must differ from from (a link joins two different cards)" });
    }
  });
  forEachItem(raw, "people", (person, p) => {
    if (own(person, "teamId")) ref(`${p}.teamId`, person["teamId"], teams, "team");
  });
  const rotation = own(raw, "rotation") ? raw["rotation"] : undefined;
  if (isRecord(rotation)) {
    forEachValue(rotation, "ownerIds", (id, p) => ref(`rotation.${p}`, id, people, "person"));
    forEachItem(rotation, "overrides", (o, p) => ref(`rotation.${p}.ownerId`, o["ownerId"], people, "person"));
  }
  forEachItem(raw, "okrs", (okr, p) => {
    forEachValue(okr, "teamIds", (id, q) => ref(`${p}.${q}`, id, teams, "team"));
    uniqueIds(okr, "keyResults", p, issues);
    forEachItem(okr, "keyResults", (kr, q) => {
      forEachValue(kr, "cardIds", (id, r) => ref(`${p}.${q}.${r}`, id, cards, "card"));
    });
  });
  forEachItem(raw, "reviews", (review, p) => {
    ref(`${p}.cardId`, review["cardId"], cards, "card");
    ref(`${p}.reviewerId`, review["reviewerId"], people, "person");
  });
  const commentCard = new Map<string, unknown>();
  forEachItem(raw, "comments", (c) => {
    if (isId(c["id"]) && !commentCard.has(c["id"])) commentCard.set(c["id"], c["cardId"]);
  });
  forEachItem(raw, "comments", (c, p) => {
    ref(`${p}.cardId`, c["cardId"], cards, "card");
    if (!own(c, "replyTo")) return;
    const target = c["replyTo"];
    ref(`${p}.replyTo`, target, comments, "comment");
    if (isId(target) && commentCard.has(target) && isId(c["cardId"]) && commentCard.get(target) !== c["cardId"]) {
      issues.push({ path: `${p}.replyTo`, message: `answers comment "${target}", which is on another card` });
    }
  });
  return issues;
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
