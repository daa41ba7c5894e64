import type { Journey } from "../../shared/schema/journey";
import { gridLayout, type GridLayout } from "./gridLayout";

const sameArray = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i] as T));

/**
 * `true` when two layouts place everything at the same spot: the same stage columns, lane rows
 * and card ids in each cell in order (card positions follow from those).
 */
export function sameLayout(a: GridLayout, b: GridLayout): boolean {
  if (a === b) return true;
  if (a.width !== b.width || a.height !== b.height || a.lanesTop !== b.lanesTop || a.cells.size !== b.cells.size) return false;
  if (!sameArray(a.stages, b.stages, (x, y) => x.id === y.id && x.x === y.x && x.width === y.width && x.cols === y.cols)) return false;
  if (!sameArray(a.lanes, b.lanes, (x, y) => x.id === y.id && x.y === y.y && x.height === y.height)) return false;
  for (const [key, ids] of a.cells) {
    const other = b.cells.get(key);
    if (!other || !sameArray(ids, other, Object.is)) return false;
  }
  return true;
}

/**
 * A `gridLayout` that returns the previous layout object while nothing moved (a card's title
 * edited, its owner changed), so what depends on the layout by identity (the grid node, the
 * headers, the stage columns) does not render again.
 */
export function createStableLayout(): (journey: Pick<Journey, "stages" | "lanes" | "cards">) => GridLayout {
  let last: GridLayout | null = null;
  return (journey) => {
    const next = gridLayout(journey);
    if (last && sameLayout(last, next)) return last;
    last = next;
    return next;
  };
}
