import type { Route } from "../Route";
import { createMapRoutes } from "./createMap";
import { exportSvgRoutes } from "./exportSvg";
import { healthRoutes } from "./health";
import { historyRoutes } from "./history";
import { mapAdminRoutes } from "./mapAdmin";
import { mapReadRoutes } from "./mapRead";
import { mapWriteRoutes } from "./mapWrite";
import { commandRoutes } from "./commands";
import { workspaceRoutes } from "./workspaces";
import { workspaceViewRoutes } from "./workspaceViews";
import { metricFeedRoutes } from "./metricFeed";
import { metricPointRoutes } from "./metricPoints";
import { workspaceHistoryRoutes } from "./workspaceHistory";
import { participantLinkRoutes } from "./participantLink";
import { workspaceDocumentRoutes } from "./workspaceDocument";

/**
 * The route table: one module per route group, one line each. To add a group (e.g. the SVG
 * export), write `routes/<group>.ts` exporting `Route[]` and add it here.
 */
export const routes: readonly Route[] = [
  ...healthRoutes,
  ...createMapRoutes,
  ...mapReadRoutes,
  ...mapWriteRoutes,
  ...mapAdminRoutes,
  ...exportSvgRoutes,
  ...workspaceRoutes,
  ...workspaceViewRoutes,
  ...commandRoutes,
  ...metricFeedRoutes,
  ...metricPointRoutes,
  ...historyRoutes,
  ...workspaceHistoryRoutes,
  ...participantLinkRoutes,
  ...workspaceDocumentRoutes,
];
