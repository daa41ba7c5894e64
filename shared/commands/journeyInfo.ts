/**
 * Handlers of the journey's `status`, `group` and `tags` (workspace.md, "Journey file
 * additions"; SPEC.md WS1): plain values in `meta`, `null` removes them.
 */
import type { z } from "zod/mini";
import { JourneyShapeSchema } from "../schema/journey";
import { cloneJson } from "../doc/writeEntity";
import type { ApplyContext } from "./applyContext";
import { checkValue } from "./checkValue";
import type { HandlersFor } from "./handler";

function setInfo(ctx: ApplyContext, key: "status" | "group" | "tags", value: unknown): string | undefined {
  const meta = ctx.meta();
  if (!meta) return "the document's meta is not a Y.Map";
  if (value === null) {
    meta.delete(key);
    return undefined;
  }
  const checked = checkValue(JourneyShapeSchema.shape[key].def.innerType as z.core.$ZodType<unknown>, value, key);
  if (typeof checked === "string") return checked;
  meta.set(key, cloneJson(checked.value));
  return undefined;
}

/** `setJourneyStatus`, `setJourneyGroup`, `setJourneyTags`. */
export const journeyInfoHandlers: HandlersFor<"setJourneyStatus" | "setJourneyGroup" | "setJourneyTags"> = {
  setJourneyStatus: (ctx, { status }) => setInfo(ctx, "status", status),
  setJourneyGroup: (ctx, { group }) => setInfo(ctx, "group", group),
  setJourneyTags: (ctx, { tags }) => setInfo(ctx, "tags", tags),
};
