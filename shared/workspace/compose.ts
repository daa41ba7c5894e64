/**
 * Composition (WS4, WS5): a map inside a workspace is read with the workspace's directory, and
 * exported as a self-contained `baton.journey` v1 file; a journey file imported into a
 * workspace is split into the map's own part and the commands that merge its directory into
 * the workspace (teams and people by id, then by exact name; nothing of the file is dropped).
 */
import type * as Y from "yjs";
import { clearJourney, writeJourney } from "../doc/journeyToDoc";
import { META, META_LISTS, rootMap } from "../doc/layout";
import type { Command } from "../commands/command";
import { docToJourney, type Directory } from "../doc/docToJourney";
import type { DocReading } from "../doc/docProblem";
import { initialKeys } from "../doc/order";
import type { Item, ParsedEntity } from "../doc/parseEntity";
import type { Journey } from "../schema/journey";
import type { KeyResult, Okr } from "../schema/okr";
import { utf8Bytes } from "../validation/walk";
import type { Workspace, WorkspaceKeyResult, WorkspaceOkr } from "./schema";

/** The journey key result of a workspace key result, seen from map `mapId`. */
export function keyResultForMap(kr: WorkspaceKeyResult, mapId: string): KeyResult {
  const { cards, metricId: _metricId, ...rest } = kr;
  const out: KeyResult = { ...rest };
  if (cards !== undefined) out.cardIds = cards.filter((c) => c.mapId === mapId).map((c) => c.cardId);
  return out;
}

/** True when a key result of `okr` points at a card of `mapId`. */
export function okrTouchesMap(okr: WorkspaceOkr, mapId: string): boolean {
  return okr.keyResults.some((kr) => kr.cards?.some((c) => c.mapId === mapId) ?? false);
}

function entities<T extends { id: string }>(items: readonly T[]): Map<string, ParsedEntity> {
  const keys = initialKeys(items.length);
  const out = new Map<string, ParsedEntity>();
  items.forEach((value, i) => {
    out.set(value.id, { ok: true, id: value.id, order: keys[i] as string, value: value as unknown as Item, bytes: utf8Bytes(JSON.stringify(value)), notes: [] });
  });
  return out;
}

/**
 * The directory a map reads from its workspace: every team and person, and the objectives
 * whose key results point at the map's cards (all objectives when `allOkrs`, WS5), their key
 * results holding only this map's cards as `cardIds`.
 */
export function directoryFor(workspace: Workspace, mapId: string, allOkrs = false): Directory {
  const okrs: Okr[] = workspace.okrs
    .filter((okr) => allOkrs || okrTouchesMap(okr, mapId))
    .map((okr) => ({ ...okr, keyResults: okr.keyResults.map((kr) => keyResultForMap(kr, mapId)) }));
  return { teams: entities(workspace.teams), people: entities(workspace.people), okrs: entities(okrs) };
}

/** The journey of a map inside a workspace, read with the full directory (WS4). */
export function readMapInWorkspace(mapDoc: Y.Doc, workspace: Workspace, mapId: string, allOkrs = false): DocReading<Journey> {
  return docToJourney(mapDoc, directoryFor(workspace, mapId, allOkrs));
}

/**
 * The self-contained journey file of map `mapId` (WS5): the map's own content, the teams and
 * people it references (cards' owner teams, rotation owners, reviewers, their teams, the
 * objectives' teams) and the objectives whose key results point at its cards. When the map is
 * the workspace's only journey (`only`), the whole directory and every objective are written,
 * so a journey file taken into a new workspace and out again is the same JSON (F14).
 */
export function composeJourney(mapDoc: Y.Doc, workspace: Workspace, mapId: string, only = false): DocReading<Journey> {
  const reading = readMapInWorkspace(mapDoc, workspace, mapId, only);
  if (only) return reading;
  const j = reading.journey;
  const people = new Set<string>();
  for (const id of j.rotation?.ownerIds ?? []) people.add(id);
  for (const o of j.rotation?.overrides ?? []) people.add(o.ownerId);
  for (const r of j.reviews ?? []) people.add(r.reviewerId);
  const teams = new Set<string>();
  for (const c of j.cards) if (c.ownerTeamId !== undefined) teams.add(c.ownerTeamId);
  for (const o of j.okrs ?? []) for (const t of o.teamIds) teams.add(t);
  for (const p of j.people ?? []) if (people.has(p.id) && p.teamId !== undefined) teams.add(p.teamId);
  const journey: Journey = { ...j };
  if (j.teams) journey.teams = j.teams.filter((t) => teams.has(t.id));
  if (j.people) journey.people = j.people.filter((p) => people.has(p.id));
  return { journey, problems: reading.problems };
}

/** What importing a journey file into a workspace does (WS5). */
export interface JourneySplit {
  /** The map's own part: the journey with the directory's ids renamed where names matched, without teams, people and OKRs. */
  readonly map: Journey;
  /** The optional lists the file named, so the map's export writes them back (L4). */
  readonly lists: readonly ("teams" | "people" | "okrs")[];
  /** Commands for the workspace document that merge the file's teams, people and objectives. */
  readonly workspaceCommands: Command[];
}

/**
 * Splits a valid journey file for a map `mapId` of `workspace` (WS5). Teams and people match
 * by id, then by exact name; the rest are added. Objectives are added with their key results
 * pointing at `mapId`'s cards; an objective whose id exists gets the file's key results merged
 * in (an existing key result gains the cards; a new one is added).
 */
export function splitJourney(journey: Journey, workspace: Workspace, mapId: string): JourneySplit {
  const commands: Command[] = [];
  const teamIds = renames(journey.teams ?? [], workspace.teams);
  const personIds = renames(journey.people ?? [], workspace.people);
  const team = (id: string): string => teamIds.get(id) ?? id;
  const person = (id: string): string => personIds.get(id) ?? id;
  const knownTeams = new Set(workspace.teams.map((t) => t.id));
  for (const t of journey.teams ?? []) if (!teamIds.has(t.id) && !knownTeams.has(t.id)) commands.push({ type: "addTeam", team: t });
  const knownPeople = new Set(workspace.people.map((p) => p.id));
  for (const p of journey.people ?? []) {
    if (personIds.has(p.id) || knownPeople.has(p.id)) continue;
    commands.push({ type: "addPerson", person: p.teamId === undefined ? p : { ...p, teamId: team(p.teamId) } });
  }
  const existing = new Map(workspace.okrs.map((o) => [o.id, o]));
  for (const okr of journey.okrs ?? []) {
    const keyResults: WorkspaceKeyResult[] = okr.keyResults.map(({ cardIds, ...kr }) =>
      cardIds === undefined ? kr : { ...kr, cards: cardIds.map((cardId) => ({ mapId, cardId })) },
    );
    const had = existing.get(okr.id);
    if (!had) {
      commands.push({ type: "addOkr", okr: { ...okr, teamIds: okr.teamIds.map(team), keyResults } as unknown as Okr });
      continue;
    }
    for (const kr of keyResults) {
      const old = had.keyResults.find((k) => k.id === kr.id);
      if (!old) commands.push({ type: "addKeyResult", okrId: okr.id, keyResult: kr as unknown as KeyResult });
      else {
        const added = (kr.cards ?? []).filter((c) => !(old.cards ?? []).some((o) => o.mapId === c.mapId && o.cardId === c.cardId));
        if (added.length > 0) commands.push({ type: "updateKeyResult", okrId: okr.id, id: kr.id, patch: { cards: [...(old.cards ?? []), ...added] } as unknown as Partial<KeyResult> });
      }
    }
  }
  const map: Journey = { ...journey, cards: journey.cards.map((c) => (c.ownerTeamId === undefined || !teamIds.has(c.ownerTeamId) ? c : { ...c, ownerTeamId: team(c.ownerTeamId) })) };
  delete map.teams;
  delete map.people;
  delete map.okrs;
  if (journey.rotation) {
    map.rotation = { ...journey.rotation, ownerIds: journey.rotation.ownerIds.map(person) };
    if (journey.rotation.overrides) map.rotation.overrides = journey.rotation.overrides.map((o) => ({ ...o, ownerId: person(o.ownerId) }));
  }
  if (journey.reviews) map.reviews = journey.reviews.map((r) => ({ ...r, reviewerId: person(r.reviewerId) }));
  const lists = (["teams", "people", "okrs"] as const).filter((name) => journey[name] !== undefined);
  return { map, lists, workspaceCommands: commands };
}

/**
 * Writes the map's part of a split journey into `doc` (replacing its journey), remembering the
 * directory lists the file named. Call inside a transaction; the journey was validated whole
 * before it was split, so its references resolve in the map plus the workspace.
 */
export function writeMapPart(doc: Y.Doc, split: Pick<JourneySplit, "map" | "lists">): void {
  clearJourney(doc);
  writeJourney(doc, split.map);
  const meta = rootMap(doc, META);
  if (!meta) return;
  const had = meta.get(META_LISTS);
  const lists = [...new Set([...(Array.isArray(had) ? (had as string[]) : []), ...split.lists])];
  if (lists.length > 0) meta.set(META_LISTS, lists);
}

/** File id -> workspace id for entries that match a workspace entry by exact name but not by id. */
function renames(items: readonly { id: string; name: string }[], known: readonly { id: string; name: string }[]): Map<string, string> {
  const ids = new Set(known.map((k) => k.id));
  const byName = new Map<string, string>();
  for (const k of known) if (!byName.has(k.name)) byName.set(k.name, k.id);
  const out = new Map<string, string>();
  for (const item of items) {
    if (ids.has(item.id)) continue;
    const match = byName.get(item.name);
    if (match !== undefined) out.set(item.id, match);
  }
  return out;
}
