import { useMemo } from "react";
import type { MetricStatus } from "../../shared/dso/kpi";
import { useT, type T } from "../i18n/useT";

/** Where a per-row value goes in a message asked for once (characters no message or value holds). */
const slot = (name: string): string => `\u0000${name}\u0000`;

/** The words of the KPI tables, each asked for once per language (issue 16: i18next's `t` per cell cost ~70 ms for 40 rows). */
export interface KpiTableText {
  readonly col: { readonly kpi: string; readonly status: string; readonly value: string; readonly target: string; readonly trend: string; readonly team: string; readonly journey: string; readonly card: string };
  readonly status: Readonly<Record<MetricStatus | "none", string>>;
  readonly typed: string;
  readonly noTrend: string;
  readonly noTeam: string;
  readonly openJourney: string;
  /** The trend line's label ("{kpi}: the last {n} values, from {from} to {to}"): one message per count, filled per row. */
  readonly trendOf: (kpi: string, from: string, to: string, count: number) => string;
}

/** {@link KpiTableText} in the page's language. */
export function useKpiTableText(): KpiTableText {
  const t = useT();
  return useMemo(() => kpiTableText(t), [t]);
}

/** The words through `t`; the trend label's message once per count. */
function kpiTableText(t: T): KpiTableText {
  const trendTemplates = new Map<number, string>();
  return {
    col: {
      kpi: t("review.kpis.col.kpi"),
      status: t("review.kpis.col.status"),
      value: t("review.kpis.col.value"),
      target: t("review.kpis.col.target"),
      trend: t("review.kpis.col.trend"),
      team: t("workspace.col.team"),
      journey: t("workspace.col.journey"),
      card: t("review.kpis.col.card"),
    },
    status: { red: t("review.status.red"), amber: t("review.status.amber"), green: t("review.status.green"), none: t("review.status.none") },
    typed: t("review.kpis.typed"),
    noTrend: t("review.kpis.noTrend"),
    noTeam: t("dso.owner.none"),
    openJourney: t("workspace.openJourney"),
    trendOf: (kpi, from, to, count) => {
      let template = trendTemplates.get(count);
      if (template === undefined) {
        template = t("review.kpis.trendOf", { kpi: slot("kpi"), from: slot("from"), to: slot("to"), n: count });
        trendTemplates.set(count, template);
      }
      // split/join, not replace: a value's "$" means nothing here.
      return template.split(slot("kpi")).join(kpi).split(slot("from")).join(from).split(slot("to")).join(to);
    },
  };
}
