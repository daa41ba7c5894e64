import type { SideView } from "./SidePanel";

/** The views of other areas shown as tabs beside the map (DSO: backlog, overview, OKRs, reviews, teams). */
export const SIDE_VIEWS: readonly SideView[] = [];
