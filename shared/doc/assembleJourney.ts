/**
 * Building a valid journey out of entities already read one by one: order the lists, enforce
 * the list limits, resolve references (cascading: a card in a missing stage is skipped, then
 * the links, reviews and comments on it, and its id in key results), and keep the file under
 * the size limit. Deterministic: the same entities give the same journey and problems,
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

function without(value: Item, key: string): Item {
  const copy: Item = { ...value };
  delete copy[key];
  return copy;
}

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

  const stages = limited("stages", sorted("stages"), problems);
  const lanes = limited("lanes", sorted("lanes"), problems);
  const stageIds = idSet(stages);
  const laneIds = idSet(lanes);
  const teams = sorted("teams");
  const teamIds = idSet(teams);
  const people = sorted("people").map((s) => {
    const teamId = s.value["teamId"];
    if (teamId === undefined || teamIds.has(teamId as string)) return s;
    problems.push({ collection: "people", id: s.value.id, message: `teamId: no team "${String(teamId)}"; field left out` });
    return { ...s, value: without(s.value, "teamId") };
  });
  const personIds = idSet(people);

  const placed = sorted("cards").filter((s) => {
    const { stageId, laneId } = s.value;
    if (!stageIds.has(stageId as string)) skip("cards", s.value, `stageId: no stage "${String(stageId)}"`);
    else if (!laneIds.has(laneId as string)) skip("cards", s.value, `laneId: no lane "${String(laneId)}"`);
    else return true;
    return false;
  });
  const cards = limited("cards", placed, problems).map((s) => {
    const team = s.value["ownerTeamId"];
    if (team === undefined || teamIds.has(team as string)) return s;
    problems.push({ collection: "cards", id: s.value.id, message: `ownerTeamId: no team "${String(team)}"; field left out` });
    return { ...s, value: without(s.value, "ownerTeamId") };
  });
  const cardIds = idSet(cards);

  const linked = sorted("links").filter((s) => {
    const { from, to } = s.value;
    if (!cardIds.has(from as string)) skip("links", s.value, `from: no card "${String(from)}"`);
    else if (!cardIds.has(to as string)) skip("links", s.value, `to: no card "${String(to)}"`);
    else if (from === to) skip("links", s.value, "a link must join two different cards");
    else return true;
    return false;
  });
  const links = limited("links", linked, problems);

  const rotation = resolveRotation(readRotation(rotationMap, problems), personIds, problems);
  const okrs = sorted("okrs").flatMap((s) => resolveOkr(s, teamIds, cardIds, problems));
  const reviews = sorted("reviews").filter((s) => {
    const { cardId, reviewerId } = s.value;
    if (!cardIds.has(cardId as string)) skip("reviews", s.value, `cardId: no card "${String(cardId)}"`);
    else if (!personIds.has(reviewerId as string)) skip("reviews", s.value, `reviewerId: no person "${String(reviewerId)}"`);
    else return true;
    return false;
  });
  const comments = resolveReplies(
    sorted("comments").filter((s) => {
      if (cardIds.has(s.value["cardId"] as string)) return true;
      skip("comments", s.value, `cardId: no card "${String(s.value["cardId"])}"`);
      return false;
    }),
    problems,
  );

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
