import { DSO_VIEWS } from "../dso";
import { HISTORY_VIEW } from "../history";
import { KPI_VIEW } from "../kpi";
import { AboutJourney } from "./AboutJourney";
import type { SideView } from "./SidePanel";

/** "About this journey": title, description and persona (PL7). */
const ABOUT_VIEW: SideView = { id: "about", labelKey: "layout.aboutTab", Component: AboutJourney };

/** The views shown as tabs beside the map: about this journey; DSO: overview, backlog, OKRs, reviews, teams; KPIs; History. */
export const SIDE_VIEWS: readonly SideView[] = [ABOUT_VIEW, ...DSO_VIEWS, KPI_VIEW, HISTORY_VIEW];
