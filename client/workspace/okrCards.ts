/**
 * Key results read their cards' KPIs (WS10). The page knows the KPIs of the workspace's
 * touchpoints (`GET .../touchpoints`), so a key result's cards are resolved through them.
 */
import type { MeasuredCard } from "../../shared/dso/okr";
import type { KeyResultNumbers } from "../../shared/dso/okr";
import type { WorkspaceKeyResult } from "../../shared/workspace/schema";
import type { WsTouchpoint } from "./workspaceApi";

/** The cards a key result reads, as far as the page knows their KPIs. */
export type CardsOf = (kr: KeyResultNumbers) => readonly MeasuredCard[];

/** Resolves key results' `cards` through the touchpoints; unknown cards measure nothing. */
export function cardsOfTouchpoints(touchpoints: readonly WsTouchpoint[]): { cardsOf: CardsOf; touchpoint: (mapId: string, cardId: string) => WsTouchpoint | undefined } {
  const index = new Map(touchpoints.map((tp) => [`${tp.mapId}:${tp.cardId}`, tp]));
  const touchpoint = (mapId: string, cardId: string) => index.get(`${mapId}:${cardId}`);
  const cardsOf: CardsOf = (kr) =>
    ((kr as WorkspaceKeyResult).cards ?? []).map((c) => touchpoint(c.mapId, c.cardId)).filter((c): c is WsTouchpoint => c !== undefined);
  return { cardsOf, touchpoint };
}
