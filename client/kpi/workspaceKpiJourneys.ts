/**
 * The workspace-wide KPI overview's input (shared/review/RULES.md RV13): the touchpoints of every
 * journey (the server's projection, `GET /api/workspaces/:id/touchpoints`, already in workspace
 * order and map order) as the journeys `kpiRows` reads, and the series of the library that no
 * card shows. Pure.
 */
import type { Card } from "../../shared/schema/card";
import type { Metric } from "../../shared/schema/metric";
import type { KpiJourney, KpiRow, KpiSeries } from "./kpiRows";

/** A touchpoint as the projection lists it (the workspace page's `WsTouchpoint` fits). */
export interface ProjectedTouchpoint {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly cardId: string;
  readonly title: string;
  readonly ownerTeamId: string | null;
  readonly metrics: readonly Metric[];
}

/**
 * One `KpiJourney` per map, in the order the maps first appear, with its touchpoints as cards in
 * the order given (the projection's map order). Stages and lanes are left empty: the order is
 * already the map's, and `kpiRows` keeps the cards' order within a journey.
 */
export function touchpointJourneys(touchpoints: readonly ProjectedTouchpoint[]): KpiJourney[] {
  const byMap = new Map<string, { title: string; cards: Card[] }>();
  for (const tp of touchpoints) {
    if (tp.metrics.length === 0) continue;
    let j = byMap.get(tp.mapId);
    if (!j) byMap.set(tp.mapId, (j = { title: tp.mapTitle, cards: [] }));
    const card: Card = { id: tp.cardId, kind: "touchpoint", title: tp.title, stageId: "", laneId: "", metrics: [...tp.metrics] };
    if (tp.ownerTeamId !== null) card.ownerTeamId = tp.ownerTeamId;
    j.cards.push(card);
  }
  return [...byMap.entries()].map(([mapId, j]) => ({ mapId, title: j.title, journey: { stages: [], lanes: [], cards: j.cards } }));
}

/** RV13: the series of the library that no row shows (no card's KPI names them), in library order. */
export function seriesWithoutCards<S extends KpiSeries>(library: readonly S[], rows: readonly KpiRow[]): S[] {
  const shown = new Set(rows.map((r) => r.seriesId).filter((id): id is string => id !== undefined));
  return library.filter((s) => !shown.has(s.id));
}
