/**
 * Dynamic Shared Ownership on the map page: what the editor shell mounts.
 *
 * - `DSO_VIEWS`: the views beside or over the map, each with its tab label's message key.
 * - `DsoHeader`: today's journey owner, the next one and the days to the handover (header).
 * - `CardDsoBadges`: inside every card node (review mark, key results, unowned highlight);
 *   `CardDsoIndexProvider` around the canvas builds what they need once for all cards.
 * - `OwnerTeamSelect`, `MetricsEditor`: in the card inspector, each for one `cardId` (imported
 *   lazily by `inspector/inspectorSlots.tsx`, so they are not re-exported here).
 * - `SelectionOwnerAction`: in the selection toolbar; assigns an owner team to the selection
 *   (renders nothing when nothing is selected or for viewers).
 *
 * Everything selects the slices it shows with `useMap(select)` and writes only through the store's `dispatch`.
 */
import { lazy, type ComponentType } from "react";
import type { MessageKey } from "../i18n/catalogue";
import "./dso.css";
import { withLaterMessages } from "../i18n/pageI18n";

export { CardDsoBadges } from "./CardDsoBadges";
export { CardDsoIndexProvider } from "./CardDsoIndexProvider";
export { DsoHeader } from "./DsoHeader";
export { SelectionOwnerAction } from "./SelectionOwnerAction";

/** One DSO view the shell offers beside or over the map. */
export interface DsoView {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly Component: ComponentType;
}

// Each view is downloaded when its tab is first opened (the side panel shows it under Suspense),
// so opening a map does not fetch the DSO views.
export const DSO_VIEWS: readonly DsoView[] = [
  { id: "overview", labelKey: "dso.view.overview", Component: lazy(() => withLaterMessages(import("./OverviewView")).then((m) => ({ default: m.OverviewView }))) },
  { id: "backlog", labelKey: "dso.view.backlog", Component: lazy(() => withLaterMessages(import("./BacklogView")).then((m) => ({ default: m.BacklogView }))) },
  { id: "okrs", labelKey: "dso.view.okrs", Component: lazy(() => withLaterMessages(import("./OkrsView")).then((m) => ({ default: m.OkrsView }))) },
  { id: "reviews", labelKey: "dso.view.reviews", Component: lazy(() => withLaterMessages(import("./ReviewsView")).then((m) => ({ default: m.ReviewsView }))) },
  { id: "teams", labelKey: "dso.view.teams", Component: lazy(() => withLaterMessages(import("./TeamsView")).then((m) => ({ default: m.TeamsView }))) },
];
