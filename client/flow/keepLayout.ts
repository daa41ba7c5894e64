/**
 * Structural sharing for the grid layout (KB22): a layout computed again after an edit that
 * moved nothing (a title, a KPI, a vote) is the previous layout object, so everything keyed on
 * its identity (the grid node, the stage column a follower is fitted to, the canvas navigation)
 * stays as it is and React Flow renders only the card that changed.
 */
import { gridLayout, type GridLayout } from "./gridLayout";

function sameSpans<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as Record<string, unknown> | undefined;
    return y !== undefined && Object.entries(x).every(([k, v]) => y[k] === v);
  });
}

function samePositions(a: GridLayout["cards"], b: GridLayout["cards"]): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.x !== p.x || q.y !== p.y) return false;
  }
  return true;
}

function sameCells(a: GridLayout["cells"], b: GridLayout["cells"]): boolean {
  if (a.size !== b.size) return false;
  for (const [key, ids] of a) {
    const other = b.get(key);
    if (!other || other.length !== ids.length || ids.some((id, i) => other[i] !== id)) return false;
  }
  return true;
}

/** True when two layouts place every stage, lane, cell and card at the same values. */
export function sameLayout(a: GridLayout, b: GridLayout): boolean {
  return (
    a === b ||
    (a.width === b.width &&
      a.height === b.height &&
      a.lanesTop === b.lanesTop &&
      sameSpans(a.stages, b.stages) &&
      sameSpans(a.lanes, b.lanes) &&
      samePositions(a.cards, b.cards) &&
      sameCells(a.cells, b.cells))
  );
}

/** `prev` when `next` places everything where `prev` did, else `next` (KB22). */
export function keepLayout(prev: GridLayout | undefined, next: GridLayout): GridLayout {
  return prev !== undefined && sameLayout(prev, next) ? prev : next;
}

/**
 * `gridLayout` that remembers its last result and returns it again while nothing moved, for a
 * component to keep across renders (`useState(createLayoutDeriver)[0]`). Cheap to call with the
 * same journey again (a store selector runs on every change of the store): it lays out only a
 * journey object it has not seen last.
 */
export function createLayoutDeriver(): (journey: Parameters<typeof gridLayout>[0]) => GridLayout {
  let prev: GridLayout | undefined;
  let seen: Parameters<typeof gridLayout>[0] | undefined;
  return (journey) => {
    if (prev !== undefined && journey === seen) return prev;
    seen = journey;
    prev = keepLayout(prev, gridLayout(journey));
    return prev;
  };
}
