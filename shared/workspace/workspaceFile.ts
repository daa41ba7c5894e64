/**
 * The `baton.workspace` v1 file from a workspace and its maps, and back (SPEC.md WS8, WS9).
 * Journeys get file-local ids by position (`j1`, `j2`, ...), so export, import and export
 * again is the same JSON; key results and decisions name cards as `{journeyId, cardId}`.
 */
import type * as Y from "yjs";
import type { Journey } from "../schema/journey";
import { JOURNEY_FORMAT, JOURNEY_VERSION } from "../schema/journey";
import { readMapInWorkspace } from "./compose";
import {
  WORKSPACE_FORMAT, WORKSPACE_VERSION,
  type CardRef, type FileCardRef, type Workspace, type WorkspaceFile, type WorkspaceJourney,
} from "./schema";

/** The file-local id of the journey at `index`. */
export const fileJourneyId = (index: number): string => `j${index + 1}`;

/** One map of the workspace, for the export: its id and its document. */
export interface MapDocument {
  readonly id: string;
  readonly doc: Y.Doc;
}

function toFileCards(cards: readonly CardRef[] | undefined, local: ReadonlyMap<string, string>): FileCardRef[] | undefined {
  if (cards === undefined) return undefined;
  return cards.flatMap((c) => {
    const journeyId = local.get(c.mapId);
    return journeyId === undefined ? [] : [{ journeyId, cardId: c.cardId }];
  });
}

function withCards<T extends { cards?: unknown }>(item: T, cards: unknown[] | undefined): T {
  const out = { ...item };
  delete out.cards;
  return cards === undefined ? out : { ...out, cards };
}

/**
 * The workspace file of `workspace` and its maps in workspace order. Each journey is read with
 * the workspace's directory; references to cards that are gone are left out.
 */
export function exportWorkspaceFile(workspace: Workspace, maps: readonly MapDocument[]): WorkspaceFile {
  const local = new Map(maps.map((m, i) => [m.id, fileJourneyId(i)]));
  const cardsOf = new Map<string, Set<string>>();
  const journeys: WorkspaceJourney[] = maps.map((m, i) => {
    const journey = readMapInWorkspace(m.doc, workspace, m.id).journey;
    cardsOf.set(m.id, new Set(journey.cards.map((c) => c.id)));
    const { format: _f, version: _v, teams: _t, people: _p, okrs: _o, ...rest } = journey;
    return { id: fileJourneyId(i), ...rest };
  });
  const live = (cards: readonly CardRef[] | undefined): CardRef[] | undefined => cards?.filter((c) => cardsOf.get(c.mapId)?.has(c.cardId) ?? false);
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    title: workspace.title,
    teams: workspace.teams,
    people: workspace.people,
    okrs: workspace.okrs.map((okr) => ({ ...okr, keyResults: okr.keyResults.map((kr) => withCards(kr, toFileCards(live(kr.cards), local))) })) as WorkspaceFile["okrs"],
    metrics: workspace.metrics,
    decisions: workspace.decisions.map((d) => withCards(d, toFileCards(live(d.cards), local))) as WorkspaceFile["decisions"],
    journeys,
  };
}

/** A valid workspace file as a workspace and its journeys' own parts, with map ids `mapIds[i]` for `journeys[i]`. */
export function importWorkspaceFile(file: WorkspaceFile, mapIds: readonly string[]): { workspace: Workspace; journeys: { mapId: string; journey: Journey }[] } {
  const byLocal = new Map(file.journeys.map((j, i) => [j.id, mapIds[i] as string]));
  const toRefs = (cards: readonly FileCardRef[] | undefined): CardRef[] | undefined =>
    cards?.flatMap((c) => {
      const mapId = byLocal.get(c.journeyId);
      return mapId === undefined ? [] : [{ mapId, cardId: c.cardId }];
    });
  const workspace: Workspace = {
    title: file.title,
    teams: file.teams,
    people: file.people,
    okrs: (file.okrs ?? []).map((okr) => ({ ...okr, keyResults: okr.keyResults.map((kr) => withCards(kr, toRefs(kr.cards))) })) as Workspace["okrs"],
    metrics: file.metrics ?? [],
    decisions: (file.decisions ?? []).map((d) => withCards(d, toRefs(d.cards))) as Workspace["decisions"],
  };
  const journeys = file.journeys.map((j, i) => {
    const { id: _id, ...rest } = j;
    return { mapId: mapIds[i] as string, journey: { format: JOURNEY_FORMAT, version: JOURNEY_VERSION, ...rest } as Journey };
  });
  return { workspace, journeys };
}
