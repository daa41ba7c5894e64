/**
 * The projection of one map (API-RULES.md WA7): what the workspace's cross-journey views need
 * of it, small enough to keep for 200 maps and read without their documents. It is the map's
 * journey restricted to its touchpoints, pain points and opportunities (with their fields),
 * their reviews, the stages and lanes (names and map order), the rotation and the cards'
 * creation days. The views are computed from projections on request, so they follow the day
 * asked about and the workspace's directory as it is now (WS4).
 */
import type { CreatedDays } from "../dso/reviews";
import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";

/** The stored summary of one map. */
export interface MapProjection {
  readonly v: 1;
  /** The slim journey: stages, lanes, the DSO-relevant cards, their reviews, rotation, status, group, tags. */
  readonly journey: Journey;
  /** Creation days: the map's, and the cards' (D14). */
  readonly created: { readonly map?: string; readonly cards: Readonly<Record<string, string>> };
  /** ISO time of the map's last stored change. */
  readonly updatedAt: string;
}

const KINDS: ReadonlySet<Card["kind"]> = new Set(["touchpoint", "painPoint", "opportunity"]);

/** The projection of a map's (composed) journey. Pure. */
export function projectMap(journey: Journey, created: CreatedDays, updatedAt: string): MapProjection {
  const cards = journey.cards.filter((c) => KINDS.has(c.kind));
  const ids = new Set(cards.map((c) => c.id));
  const slim: Journey = { format: journey.format, version: journey.version, title: journey.title, stages: journey.stages, lanes: journey.lanes, cards };
  if (journey.status !== undefined) slim.status = journey.status;
  if (journey.group !== undefined) slim.group = journey.group;
  if (journey.tags !== undefined) slim.tags = journey.tags;
  if (journey.rotation !== undefined) slim.rotation = journey.rotation;
  const reviews = (journey.reviews ?? []).filter((r) => ids.has(r.cardId));
  if (reviews.length > 0) slim.reviews = reviews;
  const createdCards: Record<string, string> = {};
  for (const id of ids) {
    const day = created.cards?.get(id);
    if (day !== undefined) createdCards[id] = day;
  }
  return { v: 1, journey: slim, created: created.map === undefined ? { cards: createdCards } : { map: created.map, cards: createdCards }, updatedAt };
}

/** The creation days of a projection, as the review rules take them. */
export function createdDaysOf(p: MapProjection): CreatedDays {
  return { map: p.created.map, cards: new Map(Object.entries(p.created.cards)) };
}
