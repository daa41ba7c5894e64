/**
 * Creation days (LAYOUT.md L12, SPEC.md D14): the day a card was added in the app and the day
 * the map was created or imported, kept in the top-level `created` map so the review rules know
 * since when a touchpoint is due. The day is always an argument (shared code has no clock).
 */
import { isCalendarDate } from "../schema/common";
import { CREATED, MAP_CREATED, rootMap } from "../doc/layout";
import type { ApplyContext } from "./applyContext";
import type { HandlersFor } from "./handler";

const NO_CREATED = "the document's created is not a Y.Map";

/** Records `day` under `key` unless a day is already there (the first creation wins). */
export function recordCreated(ctx: ApplyContext, key: string, day: unknown): string | undefined {
  if (typeof day !== "string" || !isCalendarDate(day)) return `created day: must be a date YYYY-MM-DD`;
  const created = rootMap(ctx.doc, CREATED);
  if (!created) return NO_CREATED;
  if (!created.has(key)) created.set(key, day);
  return undefined;
}

/** `setMapCreated`: the map's creation (or import) day, written once by the server. */
export const createdHandlers: HandlersFor<"setMapCreated"> = {
  setMapCreated: (ctx, { day }) => recordCreated(ctx, MAP_CREATED, day),
};
