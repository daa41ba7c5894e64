/**
 * What the workspace page shows of the live workspace document: title, directory, OKRs and
 * decisions. The document reuses the map layout for `teams`, `people` and `okrs`
 * (shared/doc/LAYOUT.md, CONTRACT.md), so the map reader reads them; a key result's cross-journey
 * `cards` and the `decisions` log are read beside it, defensively (bad entries are skipped).
 */
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import type { Okr, KeyResult } from "../../shared/schema/okr";
import type { Person } from "../../shared/schema/person";
import type { Team } from "../../shared/schema/team";

/** A card of some journey of the workspace. */
export interface CardRef {
  readonly mapId: string;
  readonly cardId: string;
}

/** A key result with the cards it reads, across journeys. */
export type WsKeyResult = KeyResult & { readonly cards: readonly CardRef[] };
export type WsOkr = Omit<Okr, "keyResults"> & { readonly keyResults: WsKeyResult[] };

/** One entry of the decision log (workspace.md, Decisions). */
export interface Decision {
  readonly id: string;
  readonly on: string;
  readonly title: string;
  readonly text?: string;
  readonly teamIds?: readonly string[];
  readonly cards?: readonly CardRef[];
  readonly by?: string;
}

export interface WorkspaceDocView {
  readonly title: string;
  readonly teams: readonly Team[];
  readonly people: readonly Person[];
  readonly okrs: readonly WsOkr[];
  /** Newest first. */
  readonly decisions: readonly Decision[];
}

function cardRefs(value: unknown): CardRef[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (c): c is CardRef => typeof c === "object" && c !== null && typeof (c as CardRef).mapId === "string" && typeof (c as CardRef).cardId === "string",
  );
}

function plain(value: unknown): Record<string, unknown> | null {
  if (value instanceof Y.Map) return value.toJSON() as Record<string, unknown>;
  return null;
}

function readDecisions(doc: Y.Doc): Decision[] {
  const out: Decision[] = [];
  doc.getMap("decisions").forEach((value, id) => {
    const d = plain(value);
    if (!d || typeof d.on !== "string" || typeof d.title !== "string") return;
    out.push({
      id,
      on: d.on,
      title: d.title,
      text: typeof d.text === "string" ? d.text : undefined,
      teamIds: Array.isArray(d.teamIds) ? d.teamIds.filter((t): t is string => typeof t === "string") : undefined,
      cards: cardRefs(d.cards),
      by: typeof d.by === "string" ? d.by : undefined,
    });
  });
  return out.sort((a, b) => b.on.localeCompare(a.on) || a.id.localeCompare(b.id));
}

/** Reads the workspace document; never throws. */
export function readWorkspaceDoc(doc: Y.Doc): WorkspaceDocView {
  const { journey } = docToJourney(doc);
  const okrMap = doc.getMap("okrs");
  const okrs: WsOkr[] = (journey.okrs ?? []).map((okr) => {
    const krMap = plain(okrMap.get(okr.id))?.keyResults as Record<string, Record<string, unknown>> | undefined;
    return { ...okr, keyResults: okr.keyResults.map((kr) => ({ ...kr, cards: cardRefs(krMap?.[kr.id]?.cards) })) };
  });
  return { title: journey.title, teams: journey.teams ?? [], people: journey.people ?? [], okrs, decisions: readDecisions(doc) };
}
