import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";

/**
 * The cards as a person reads the map: stage by stage (left to right), within a stage lane by
 * lane (top to bottom), within a cell in file order. Cards whose stage or lane is missing (not
 * possible in a valid journey) come last, in file order, so nothing is dropped.
 */
export function cardsInReadingOrder(journey: Journey): Card[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const missing = Number.MAX_SAFE_INTEGER;
  return journey.cards
    .map((card, i) => ({ card, i, s: stageIndex.get(card.stageId) ?? missing, l: laneIndex.get(card.laneId) ?? missing }))
    .sort((a, b) => a.s - b.s || a.l - b.l || a.i - b.i)
    .map((x) => x.card);
}
