/**
 * KPIs read from the workspace's metrics library on the map page (shared/metrics/RULES.md
 * K9-K13): the side view listing every KPI of the journey, the context the page fills with the
 * library, and the pure rows the workspace page's overview shares (`kpiRows`).
 */
import { lazy } from "react";
import type { SideView } from "../map/SidePanel";
import { withLaterMessages } from "../i18n/pageI18n";

/** The KPIs tab beside the map, downloaded when first opened. */
export const KPI_VIEW: SideView = { id: "kpis", labelKey: "kpi.view", Component: lazy(() => withLaterMessages(import("./KpiOverviewView")).then((m) => ({ default: m.KpiOverviewView }))) };
