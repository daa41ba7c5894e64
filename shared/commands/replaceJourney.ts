/**
 * The handler of `replaceJourney`: the document's journey becomes the given one (file import
 * into an existing room, PUT, a template), in the batch's transaction.
 */
import { clearJourney, writeJourney } from "../doc/journeyToDoc";
import { formatIssue, validateJourney } from "../validate";
import type { HandlersFor } from "./handler";

/** Handler of `replaceJourney`; an invalid journey is refused whole, with its first problem. */
export const replaceJourneyHandlers: HandlersFor<"replaceJourney"> = {
  replaceJourney(ctx, { journey }) {
    const checked = validateJourney(journey);
    if (!checked.ok) {
      const [first] = checked.issues;
      const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : "";
      return `journey: ${first ? formatIssue(first) : "invalid"}${more}`;
    }
    clearJourney(ctx.doc);
    writeJourney(ctx.doc, checked.journey);
    return undefined;
  },
};
