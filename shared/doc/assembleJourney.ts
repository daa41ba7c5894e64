/**
 * Building a valid journey out of entities already read one by one: order the lists, enforce
 * the list limits, resolve references (cascading: a card in a missing stage is skipped, then
 * the links, reviews and comments on it, and its id in key results), and keep the file under
 * the size limit. The references are resolved by THE references table (WS3,
 * `shared/workspace/references.ts`): a `drop` row skips the item, a `clear` row leaves the
 * field out; only the rotation, objectives and replies keep their own summary rules. Deterministic: the same entities give the same journey and problems,
 * whatever order they were read in, so the caching reader and `docToJourney` agree exactly.
 */
import type * as Y from "yjs";
import type { Journey } from "../schema/journey";
import type { CollectionName, OptionalList } from "./layout";
import type { DocProblem, DocReading } from "./docProblem";
import { COLLECTION_LIMITS, type Item, type ParsedEntity } from "./parseEntity";
import { compareOrdered } from "./order";
import { readMeta, readRotation, type RawRotation } from "./readMeta";
import { fitSize, type Sized } from "./fitSize";
import { resolveReplies } from "./resolveReplies";
import { repairItem, type DocKind, type Reference } from "../workspace/references";

/** Every collection's entities as read, keyed by id. */
export type ParsedCollections = Readonly<Record<CollectionName, ReadonlyMap<string, ParsedEntity>>>;

type Ok = Extract<ParsedEntity, { ok: true }>;

function sortedValid(name: CollectionName, parsed: ReadonlyMap<string, ParsedEntity>, problems: DocProblem[]): Ok[] {
  const ok: Ok[] = [];
  const bad: Extract<ParsedEntity, { ok: false }>[] = [];
  for (const p of parsed.values()) {
    if (p.ok) ok.push(p);
    else bad.push(p);
  }
  bad.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const b of bad) problems.push({ collection: name, id: b.id, message: `${b.message}; skipped` });
  ok.sort(compareOrdered);
  for (const o of ok) for (const note of o.notes) problems.push({ collection: name, id: o.id, message: note });
  return ok;
}

function limited(name: CollectionName, list: Sized[], problems: DocProblem[]): Sized[] {
  const limit = COLLECTION_LIMITS[name];
  if (limit === undefined || list.length <= limit) return list;
  for (const cut of list.slice(limit)) {
    problems.push({ collection: name, id: cut.value.id, message: `beyond the limit of ${limit} ${name}; skipped` });
  }
  return list.slice(0, limit);
}

/** The document each collection lives in, in the references table's terms. */
const DOC_OF: Partial<Record<CollectionName, DocKind>> = { teams: "workspace", people: "workspace", okrs: "workspace" };

function idSet(list: readonly Sized[]): Set<string> {
  const ids = new Set<string>();
  for (const s of list) ids.add(s.value.id);
  return ids;
}

/**
 * Assembles the journey. `meta` and `rotation` are the document's top-level maps
 * (`undefined` when the name holds another shared type); `rootProblems` come first.
 */
export function assembleJourney(
  meta: Y.Map<unknown> | undefined,
  rotationMap: Y.Map<unknown> | undefined,
  parsed: ParsedCollections,
  rootProblems: readonly DocProblem[] = [],
): DocReading<Journey> {
  const problems: DocProblem[] = [...rootProblems];
  const head = readMeta(meta, problems);
  const sorted = (name: CollectionName): Sized[] => sortedValid(name, parsed[name], problems).map((o) => ({ value: o.value, bytes: o.bytes }));
  const skip = (name: CollectionName, item: Item, message: string): void => {
    problems.push({ collection: name, id: item.id, message: `${message}; skipped` });
  };

  const known = new Map<string, ReadonlySet<string>>();
  const exists = (r: Reference, id: string): boolean | undefined => known.get(`${r.to.doc}.${r.to.list}`)?.has(id);
  const resolved = (name: CollectionName, list: readonly Sized[]): Sized[] =>
    list.flatMap((s) => {
      const notes: string[] = [];
      const value = repairItem(DOC_OF[name] ?? "map", name, s.value, exists, notes);
      notes.forEach((note, i) => problems.push({ collection: name, id: s.value.id, message: `${note}; ${value === null && i === notes.length - 1 ? "skipped" : "field left out"}` }));
      return value === null ? [] : [value === s.value ? s : { ...s, value }];
    });

  const stages = limited("stages", sorted("stages"), problems);
  const lanes = limited("lanes", sorted("lanes"), problems);
  known.set("map.stages", idSet(stages));
  known.set("map.lanes", idSet(lanes));
  const teams = sorted("teams");
  known.set("workspace.teams", idSet(teams));
  const people = resolved("people", sorted("people"));
  const personIds = idSet(people);
  known.set("workspace.people", personIds);

  const cards = limited("cards", resolved("cards", sorted("cards")), problems);
  const cardIds = idSet(cards);
  known.set("map.cards", cardIds);
  const teamIds = known.get("workspace.teams") ?? new Set<string>();

  const linked = resolved("links", sorted("links")).filter((s) => {
    if (s.value["from"] !== s.value["to"]) return true;
    skip("links", s.value, "a link must join two different cards");
    return false;
  });
  const links = limited("links", linked, problems);

  const rotation = resolveRotation(readRotation(rotationMap, problems), personIds, problems);
  const okrs = sorted("okrs").flatMap((s) => resolveOkr(s, teamIds, cardIds, problems));
  const reviews = resolved("reviews", sorted("reviews"));
  // Replies (same card, no cycles) have their own rule; the table's `comments.cardId` row here.
  const comments = resolveReplies(resolved("comments", sorted("comments")), problems);

  const lists: Record<"stages" | "lanes" | "cards" | OptionalList, Sized[]> = {
    stages, lanes, cards, links, teams, people, okrs, reviews, comments,
  };
  const fitted = fitSize(head, rotation, lists, problems);
  return { journey: fitted, problems };
}

function resolveRotation(raw: RawRotation | undefined, personIds: ReadonlySet<string>, problems: DocProblem[]): RawRotation | undefined {
  if (!raw) return undefined;
  const ownerIds = raw.ownerIds.filter((id) => personIds.has(id));
  const overrides = raw.overrides?.filter((o) => personIds.has(o.ownerId));
  const dropped = raw.ownerIds.length - ownerIds.length + (raw.overrides?.length ?? 0) - (overrides?.length ?? 0);
  if (dropped === 0) return raw;
  if (ownerIds.length === 0) {
    problems.push({ collection: "rotation", id: "", message: "ownerIds: none of them is a person; rotation left out" });
    return undefined;
  }
  problems.push({ collection: "rotation", id: "", message: `${dropped} owner(s) or override(s) name no person; left out` });
  return overrides === undefined ? { ...raw, ownerIds } : { ...raw, ownerIds, overrides };
}

function resolveOkr(s: Sized, teamIds: ReadonlySet<string>, cardIds: ReadonlySet<string>, problems: DocProblem[]): Sized[] {
  const okr = s.value;
  const teams = (okr["teamIds"] as string[]).filter((id) => teamIds.has(id));
  if (teams.length === 0) {
    problems.push({ collection: "okrs", id: okr.id, message: "teamIds: none of them is a team; skipped" });
    return [];
  }
  let changed = teams.length !== (okr["teamIds"] as string[]).length;
  const keyResults = (okr["keyResults"] as Item[]).map((kr) => {
    const ids = kr["cardIds"] as string[] | undefined;
    if (ids === undefined) return kr;
    const kept = ids.filter((id) => cardIds.has(id));
    if (kept.length === ids.length) return kr;
    changed = true;
    return { ...kr, cardIds: kept };
  });
  if (!changed) return [s];
  problems.push({ collection: "okrs", id: okr.id, message: "references to missing teams or cards left out" });
  return [{ value: { ...okr, teamIds: teams, keyResults }, bytes: s.bytes }];
}
