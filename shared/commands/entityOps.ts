/**
 * The steps most handlers share: add an entity at a position, patch some of its fields, move
 * it within its list. Each checks everything before it writes.
 */
import type { z } from "zod/mini";
import type * as Y from "yjs";
import { ORDER, type CollectionName } from "../doc/layout";
import { ENTITY_FIELDS } from "../doc/parseEntity";
import { newEntityMap } from "../doc/writeEntity";
import type { ApplyContext } from "./applyContext";
import { checkPatch, checkValue, type CheckedPatch } from "./checkValue";

/** The word for one entity of each collection, for skip reasons. */
export const NOUN: Readonly<Record<CollectionName, string>> = {
  stages: "stage", lanes: "lane", cards: "card", links: "link", teams: "team",
  people: "person", okrs: "objective", reviews: "review", comments: "comment",
};

/** `no card "c9"` */
export const missing = (name: CollectionName, id: unknown): string => `no ${NOUN[name]} "${String(id)}"`;

/** Why an optional reference `id` into `name` does not resolve, or nothing (also when it is absent). */
export function refProblem(ctx: ApplyContext, name: CollectionName, id: unknown): string | undefined {
  if (id === undefined) return undefined;
  const found = name === "teams" || name === "people" ? ctx.resolves(name, id) : ctx.entity(name, id) !== undefined;
  return found ? undefined : missing(name, id);
}

/** A reference check: why `value` names something that does not exist, or nothing. */
export type RefCheck<T> = (value: T) => string | undefined;

/** Writes a checked patch into an entity map, touching only the keys that change. */
export function writePatch(map: Y.Map<unknown>, patch: CheckedPatch): void {
  for (const [key, value] of patch.set) if (map.get(key) !== value) map.set(key, value);
  for (const key of patch.remove) if (map.has(key)) map.delete(key);
}

/** Adds `item` (validated by `schema`) to `name` at `index` of its list (the end when absent). */
export function addEntity<T extends { id: string }>(
  ctx: ApplyContext,
  name: CollectionName,
  schema: z.core.$ZodType<T>,
  item: unknown,
  options: { index?: number; limit?: number; refs?: RefCheck<T>; write?: (value: T, order: string) => Y.Map<unknown> },
): string | undefined {
  const checked = checkValue(schema, item, NOUN[name]);
  if (typeof checked === "string") return checked;
  const value = checked.value;
  const map = ctx.collection(name);
  if (!map) return `the document's ${name} is not a Y.Map`;
  if (map.has(value.id)) return `${NOUN[name]} "${value.id}" already exists`;
  if (options.limit !== undefined && map.size >= options.limit) return `a map holds at most ${options.limit} ${name}`;
  const bad = options.refs?.(value);
  if (bad !== undefined) return bad;
  const order = ctx.keyAt(map, options.index);
  map.set(value.id, options.write ? options.write(value, order) : newEntityMap(value, order));
  return undefined;
}

/** Patches the fields `allowed` of entity `id`; `refs` checks the patch's references. */
export function updateEntity(
  ctx: ApplyContext,
  name: CollectionName,
  id: unknown,
  patch: unknown,
  allowed: readonly string[],
  refs?: RefCheck<CheckedPatch>,
): string | undefined {
  const map = ctx.entity(name, id);
  if (!map) return missing(name, id);
  const checked = checkPatch(ENTITY_FIELDS[name], patch, allowed);
  if (typeof checked === "string") return checked;
  const bad = refs?.(checked);
  if (bad !== undefined) return bad;
  writePatch(map, checked);
  return undefined;
}

/** Moves entity `id` to `index` of its list (itself not counted). */
export function moveEntity(ctx: ApplyContext, name: CollectionName, id: unknown, index: number): string | undefined {
  const entity = ctx.entity(name, id);
  const map = ctx.collection(name);
  if (!entity || !map) return missing(name, id);
  entity.set(ORDER, ctx.keyAt(map, index, id as string));
  return undefined;
}

/** The fields of `name` a patch may change: all but `fixed` (and the id). */
export function patchable(name: CollectionName, fixed: readonly string[] = []): string[] {
  return ENTITY_FIELDS[name].map((f) => f.key).filter((key) => !fixed.includes(key));
}
