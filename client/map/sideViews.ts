import { DSO_VIEWS } from "../dso";
import type { SideView } from "./SidePanel";

/** The views of other areas shown as tabs beside the map (DSO: overview, backlog, OKRs, reviews, teams). */
export const SIDE_VIEWS: readonly SideView[] = DSO_VIEWS;
