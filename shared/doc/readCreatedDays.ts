/**
 * Reading the creation days of a map (LAYOUT.md L12) for the review rules (SPEC.md D14).
 */
import type * as Y from "yjs";
import { isCalendarDate } from "../schema/common";
import type { CreatedDays } from "../dso/reviews";
import { CREATED, MAP_CREATED, rootMap } from "./layout";

/**
 * The map's creation day and each card's, as the document's `created` map holds them. Values
 * that are not calendar days are ignored (read defensively, never thrown); entries of cards
 * that no longer exist are harmless (the rules look cards up by id).
 */
export function readCreatedDays(doc: Y.Doc): CreatedDays {
  const created = rootMap(doc, CREATED);
  const cards = new Map<string, string>();
  let map: string | undefined;
  if (!created) return { cards };
  for (const [key, value] of created.entries()) {
    if (typeof value !== "string" || !isCalendarDate(value)) continue;
    if (key === MAP_CREATED) map = value;
    else cards.set(key, value);
  }
  return { map, cards };
}
