/**
 * THE table of references (WS3): which field points at which list, in which document, and what
 * happens when the target goes. It drives the workspace file's reference reports
 * (`validateWorkspaceFile`), the repairs of the workspace and composed-journey readers
 * (`docToWorkspace`, `composeJourney`) and the cascades of the workspace's delete commands.
 * The journey's own references (F7) are listed too, so the table is the one place that says
 * what points where: the journey file's validator (`shared/validation/references.ts`) and the
 * live map's reader (`shared/doc/assembleJourney.ts`) read their rules from it.
 */

/** The two kinds of document: a journey (map) and its workspace. */
export type DocKind = "map" | "workspace";

/**
 * What happens to the referring item when the target is missing or deleted:
 * - `drop`: the referring item goes (a card in a deleted stage, a review of a deleted card);
 * - `clear`: the optional field is removed (a card's owner team);
 * - `filter`: the id is removed from the list; `whenEmpty` says what an emptied list does.
 */
export type OnMissing = "drop" | "clear" | "filter";

/** One reference. `from` and `to` name lists as `doc.list` (`keyResults` are inside `okrs`). */
export interface Reference {
  readonly from: { readonly doc: DocKind; readonly list: string; readonly field: string };
  readonly to: { readonly doc: DocKind; readonly list: string };
  /** `one`: a single id; `many`: a list of ids; `cards`: a list of `{mapId, cardId}`. */
  readonly shape: "one" | "many" | "cards";
  readonly onMissing: OnMissing;
  /** For `filter`: an emptied list drops the referring item (`drop`) or stays empty (`keep`). */
  readonly whenEmpty?: "drop" | "keep";
  /** The noun of the target, for messages (`no team "t9"`). */
  readonly noun: string;
}

const ref = (
  from: `${DocKind}.${string}.${string}`,
  to: `${DocKind}.${string}`,
  shape: Reference["shape"],
  onMissing: OnMissing,
  noun: string,
  whenEmpty?: "drop" | "keep",
): Reference => {
  const [fd, fl, ff] = from.split(".") as [DocKind, string, string];
  const [td, tl] = to.split(".") as [DocKind, string];
  return { from: { doc: fd, list: fl, field: ff }, to: { doc: td, list: tl }, shape, onMissing, noun, ...(whenEmpty ? { whenEmpty } : {}) };
};

/** Every reference of the model. */
export const REFERENCES: readonly Reference[] = [
  // Inside a journey (F7, L8, C4-C7).
  ref("map.cards.stageId", "map.stages", "one", "drop", "stage"),
  ref("map.cards.laneId", "map.lanes", "one", "drop", "lane"),
  ref("map.links.from", "map.cards", "one", "drop", "card"),
  ref("map.links.to", "map.cards", "one", "drop", "card"),
  ref("map.reviews.cardId", "map.cards", "one", "drop", "card"),
  ref("map.comments.cardId", "map.cards", "one", "drop", "card"),
  ref("map.comments.replyTo", "map.comments", "one", "drop", "comment"),
  // From a journey into its workspace's directory (cross-document, WS4).
  ref("map.cards.ownerTeamId", "workspace.teams", "one", "clear", "team"),
  ref("map.rotation.ownerIds", "workspace.people", "many", "filter", "person", "drop"),
  ref("map.overrides.ownerId", "workspace.people", "one", "drop", "person"),
  ref("map.reviews.reviewerId", "workspace.people", "one", "drop", "person"),
  // Inside the workspace.
  ref("workspace.people.teamId", "workspace.teams", "one", "clear", "team"),
  ref("workspace.okrs.teamIds", "workspace.teams", "many", "filter", "team", "drop"),
  ref("workspace.keyResults.metricId", "workspace.metrics", "one", "clear", "metric series"),
  ref("workspace.metrics.ownerTeamId", "workspace.teams", "one", "clear", "team"),
  ref("workspace.decisions.teamIds", "workspace.teams", "many", "filter", "team", "keep"),
  ref("workspace.decisions.by", "workspace.people", "one", "clear", "person"),
  // From the workspace into its journeys (cross-document, WS4).
  ref("workspace.keyResults.cards", "map.cards", "cards", "filter", "card", "keep"),
  ref("workspace.decisions.cards", "map.cards", "cards", "filter", "card", "keep"),
];

/** The references whose target is `doc.list`. */
export function referencesTo(doc: DocKind, list: string): Reference[] {
  return REFERENCES.filter((r) => r.to.doc === doc && r.to.list === list);
}

/** The references held by items of `doc.list`. */
export function referencesFrom(doc: DocKind, list: string): Reference[] {
  return REFERENCES.filter((r) => r.from.doc === doc && r.from.list === list);
}

type Rec = Record<string, unknown>;

/**
 * Applies the table's repairs to one item of `doc.list`: `exists(ref, id)` says whether a
 * target exists (for `cards` references the id is `mapId/cardId`). Returns the repaired item
 * (the same object when nothing changed), or `null` when the item must go, with one note per
 * repair. Pure; the item is never mutated.
 */
export function repairItem<T extends Rec>(
  doc: DocKind,
  list: string,
  item: T,
  exists: (ref: Reference, id: string) => boolean | undefined,
  notes: string[] = [],
): T | null {
  let out: Rec = item;
  for (const r of referencesFrom(doc, list)) {
    const value = out[r.from.field];
    if (value === undefined) continue;
    if (r.shape === "one") {
      if (exists(r, value as string) !== false) continue;
      notes.push(`${r.from.field}: no ${r.noun} "${String(value)}"`);
      if (r.onMissing === "drop") return null;
      out = { ...out };
      delete out[r.from.field];
      continue;
    }
    const values = value as unknown[];
    const key = (v: unknown): string => (r.shape === "cards" ? `${(v as { mapId: string }).mapId}/${(v as { cardId: string }).cardId}` : (v as string));
    const kept = values.filter((v) => exists(r, key(v)) !== false);
    if (kept.length === values.length) continue;
    notes.push(`${r.from.field}: ${values.length - kept.length} reference(s) to a missing ${r.noun} left out`);
    if (kept.length === 0 && r.whenEmpty === "drop") return null;
    out = { ...out, [r.from.field]: kept };
  }
  return out as T;
}
