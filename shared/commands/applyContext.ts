/**
 * What a handler sees of the document it writes: the collections, entity lookup, the order
 * keys of lists, and the cards of each cell.
 */
import type * as Y from "yjs";
import { COLLECTIONS, META, ORDER, ROTATION, asYMap, rootMap, type CollectionName } from "../doc/layout";
import { compareOrdered, isOrderKey, keyAtIndex, type Ordered } from "../doc/order";
import { buildCellIndex, type CellIndex } from "./cellIndex";

/** The document seen by the handlers of one `applyCommands` batch. */
export interface ApplyContext {
  readonly doc: Y.Doc;
  /** A collection map, or `undefined` when a foreign client put another type under its name. */
  collection(name: CollectionName): Y.Map<unknown> | undefined;
  /** `meta`, or `undefined` when it is not a `Y.Map`. */
  meta(): Y.Map<unknown> | undefined;
  /** `rotation`, or `undefined` when it is not a `Y.Map`. */
  rotation(): Y.Map<unknown> | undefined;
  /** The entity map stored under `id`, if it is one. */
  entity(name: CollectionName, id: unknown): Y.Map<unknown> | undefined;
  /** The key that puts an item at `index` of the ordered entries of `map` (`exceptId` not counted). */
  keyAt(map: Y.Map<unknown>, index: number | undefined, exceptId?: string): string;
  /** The cards of each cell (built on first use, then kept up to date by the card handlers). */
  cells(): CellIndex;
  /** True when the document is a workspace's (`meta.kind`, W2): its key results point at cards of any map. */
  isWorkspace(): boolean;
  /**
   * True when a team or person `id` exists: in the workspace's directory for a map inside a
   * workspace (WS4), else in the document.
   */
  resolves(name: "teams" | "people", id: unknown): boolean;
  /** The workspace's directory when the document is a map inside a workspace. */
  readonly directory: ApplyDirectory | undefined;
  /** A top-level `Y.Map` by name (`metrics`, `decisions` of a workspace), if it is one. */
  root(name: string): Y.Map<unknown> | undefined;
}

/** The order keys of the entity maps in `map`, sorted by `(order, id)`, leaving out `exceptId`. */
export function sortedOrders(map: Y.Map<unknown>, exceptId?: string): string[] {
  const entries: Ordered[] = [];
  map.forEach((raw, id) => {
    if (id === exceptId) return;
    const order = asYMap(raw)?.get(ORDER);
    if (isOrderKey(order)) entries.push({ id, order });
  });
  return entries.sort(compareOrdered).map((e) => e.order);
}

/** The ids of a workspace's teams and people, for a map inside it (WS4). */
export interface ApplyDirectory {
  readonly teams: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
}

/** A context over `doc`; create one per batch (the cell index lives as long as it does). */
export function createApplyContext(doc: Y.Doc, directory?: ApplyDirectory): ApplyContext {
  const roots = new Map<string, Y.Map<unknown> | undefined>();
  const root = (name: string): Y.Map<unknown> | undefined => {
    if (!roots.has(name)) roots.set(name, rootMap(doc, name));
    return roots.get(name);
  };
  let cells: CellIndex | undefined;
  return {
    doc,
    collection: (name) => (COLLECTIONS.includes(name) ? root(name) : undefined),
    meta: () => root(META),
    rotation: () => root(ROTATION),
    entity: (name, id) => (typeof id === "string" ? asYMap(root(name)?.get(id)) : undefined),
    keyAt: (map, index, exceptId) => keyAtIndex(sortedOrders(map, exceptId), index),
    cells: () => (cells ??= buildCellIndex(root("cards"))),
    isWorkspace: () => root(META)?.get("kind") === "workspace",
    resolves: (name, id) => (directory ? typeof id === "string" && directory[name].has(id) : typeof id === "string" && asYMap(root(name)?.get(id)) !== undefined),
    directory,
    root,
  };
}
