/**
 * Every command type's handler, one module per concern. A new concern adds its members to the
 * `Command` union in command.ts, exports its handlers from its own module
 * (`export const fooHandlers: HandlersFor<"fooThis" | "fooThat"> = {...}`, as workshop.ts does)
 * and spreads them in below; the compiler refuses the table until every type has a handler.
 */
import { cardHandlers } from "./cards";
import { createdHandlers } from "./created";
import type { HandlerTable } from "./handler";
import { linkHandlers } from "./links";
import { metaHandlers } from "./meta";
import { okrHandlers } from "./okrs";
import { replaceJourneyHandlers } from "./replaceJourney";
import { reviewCommentHandlers } from "./reviewsComments";
import { stageLaneHandlers } from "./stagesLanes";
import { teamPeopleHandlers } from "./teamsPeople";
import { workshopHandlers } from "./workshop";
import { journeyInfoHandlers } from "./journeyInfo";
import { workspaceHandlers } from "../workspace/commands";

/** The handler of each command type. */
export const HANDLERS: HandlerTable = {
  ...metaHandlers,
  ...stageLaneHandlers,
  ...cardHandlers,
  ...linkHandlers,
  ...teamPeopleHandlers,
  ...okrHandlers,
  ...reviewCommentHandlers,
  ...replaceJourneyHandlers,
  ...workshopHandlers,
  ...journeyInfoHandlers,
  ...workspaceHandlers,
  ...createdHandlers,
};
