/**
 * The cards of each cell (stage x lane) in `(order, id)` order, built once per batch on first
 * use and kept up to date by the card handlers, so a batch of moves on a 20,000-card map scans
 * the cards once instead of once per move.
 */
import type * as Y from "yjs";
import { asYMap, ORDER } from "../doc/layout";
import { compareOrdered, isOrderKey, type Ordered } from "../doc/order";

/** The cards of every cell of one document. */
export interface CellIndex {
  /** The order keys of the cell's cards, sorted, leaving out `exceptId`. */
  orders(stageId: string, laneId: string, exceptId?: string): string[];
  /** Records that card `id` now sits in a cell with key `order` (or nowhere, with `undefined`). */
  place(id: string, cell: { stageId: string; laneId: string; order: string } | undefined): void;
}

const cellKey = (stageId: string, laneId: string): string => `${stageId}\u0000${laneId}`;

/** Indexes the cards map `cards` as it is now. */
export function buildCellIndex(cards: Y.Map<unknown> | undefined): CellIndex {
  const cells = new Map<string, Ordered[]>();
  const where = new Map<string, string>();
  const insert = (key: string, entry: Ordered): void => {
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareOrdered(list[mid] as Ordered, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, entry);
    where.set(entry.id, key);
  };
  cards?.forEach((raw, id) => {
    const map = asYMap(raw);
    const stageId = map?.get("stageId");
    const laneId = map?.get("laneId");
    const order = map?.get(ORDER);
    if (typeof stageId === "string" && typeof laneId === "string" && isOrderKey(order)) {
      let list = cells.get(cellKey(stageId, laneId));
      if (!list) cells.set(cellKey(stageId, laneId), (list = []));
      list.push({ id, order });
      where.set(id, cellKey(stageId, laneId));
    }
  });
  for (const list of cells.values()) list.sort(compareOrdered);

  return {
    orders(stageId, laneId, exceptId) {
      const list = cells.get(cellKey(stageId, laneId)) ?? [];
      return list.filter((e) => e.id !== exceptId).map((e) => e.order);
    },
    place(id, cell) {
      const old = where.get(id);
      if (old !== undefined) {
        const list = cells.get(old);
        const i = list ? list.findIndex((e) => e.id === id) : -1;
        if (list && i >= 0) list.splice(i, 1);
        where.delete(id);
      }
      if (cell) insert(cellKey(cell.stageId, cell.laneId), { id, order: cell.order });
    },
  };
}
