import { useCallback, useMemo } from "react";
import type { MetricStatus } from "../../shared/dso/kpi";
import type { Metric } from "../../shared/schema/metric";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";

/** A KPI's target status in words on its colour (never colour alone). */
export function KpiStatus({ status }: { status: MetricStatus | null }) {
  const t = useT();
  const s = status ?? "none";
  return <span className={`kpi-status kpi-status-${s}`}>{t(`review.status.${s}`)}</span>;
}

/** A KPI's name (its label with its kind, or the kind) and numbers in the page's language, with the unit. */
export function useKpiFormat(): { name: (m: Pick<Metric, "kind" | "label">) => string; withUnit: (n: number | undefined, unit: string | undefined) => string } {
  const t = useT();
  const { lang } = useLanguage();
  const format = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const name = useCallback(
    (m: Pick<Metric, "kind" | "label">) => {
      const kindName = t(`dso.metricKind.${m.kind}` as MessageKey);
      return m.kind === "custom" ? (m.label ?? kindName) : m.label ? `${m.label} (${kindName})` : kindName;
    },
    [t],
  );
  const withUnit = useCallback((n: number | undefined, unit: string | undefined) => (n === undefined ? "—" : `${format.format(n)}${unit ? ` ${unit}` : ""}`), [format]);
  return { name, withUnit };
}
