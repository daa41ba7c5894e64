/** Where cards sit on the map, for sorting in reading order (SPEC.md F8). */
import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";

/**
 * A comparator of cards in map order: stage order (left to right), then lane order (top to
 * bottom), then order in `cards`. Cards of unknown stages or lanes sort last.
 */
export function mapOrderComparator(journey: Journey): (a: Card, b: Card) => number {
  const stage = new Map(journey.stages.map((s, i) => [s.id, i] as const));
  const lane = new Map(journey.lanes.map((l, i) => [l.id, i] as const));
  const index = new Map(journey.cards.map((c, i) => [c, i] as const));
  const last = Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    (stage.get(a.stageId) ?? last) - (stage.get(b.stageId) ?? last) ||
    (lane.get(a.laneId) ?? last) - (lane.get(b.laneId) ?? last) ||
    (index.get(a) ?? last) - (index.get(b) ?? last);
}
