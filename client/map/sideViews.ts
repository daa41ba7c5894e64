import { DSO_VIEWS } from "../dso";
import { HISTORY_VIEW } from "../history";
import { KPI_VIEW } from "../kpi";
import type { SideView } from "./SidePanel";

/** The views of other areas shown as tabs beside the map (DSO: overview, backlog, OKRs, reviews, teams; KPIs; History). */
export const SIDE_VIEWS: readonly SideView[] = [...DSO_VIEWS, KPI_VIEW, HISTORY_VIEW];
