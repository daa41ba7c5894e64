import { useCallback, useMemo } from "react";
import type { MetricStatus } from "../../shared/dso/kpi";
import type { Metric, MetricKind } from "../../shared/schema/metric";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage } from "../i18n/useLanguage";
import { useT, type T } from "../i18n/useT";

/** A KPI's target status in words on its colour (never colour alone). */
export function KpiStatus({ status }: { status: MetricStatus | null }) {
  const t = useT();
  const s = status ?? "none";
  return <KpiStatusChip status={status} text={t(`review.status.${s}`)} />;
}

/** {@link KpiStatus} with its words given: a long list asks for the four words once (`useKpiTableText`), not once per row. */
export function KpiStatusChip({ status, text }: { status: MetricStatus | null; text: string }) {
  return <span className={`kpi-status kpi-status-${status ?? "none"}`}>{text}</span>;
}

/** One number format per language for every KPI shown (a format is slow to make: ~15 ms for the page's first). */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format;
}

/** Names KPIs with `t`, asking it once per kind. */
function kpiNamer(t: T): (m: Pick<Metric, "kind" | "label">) => string {
  const kinds = new Map<MetricKind, string>();
  return (m) => {
    let kindName = kinds.get(m.kind);
    if (kindName === undefined) {
      kindName = t(`dso.metricKind.${m.kind}` as MessageKey);
      kinds.set(m.kind, kindName);
    }
    return m.kind === "custom" ? (m.label ?? kindName) : m.label ? `${m.label} (${kindName})` : kindName;
  };
}

/**
 * A KPI's name (its label with its kind, or the kind) and numbers in the page's language, with
 * the unit. One number format per language and one message per kind, however many KPIs are named.
 */
export function useKpiFormat(): { name: (m: Pick<Metric, "kind" | "label">) => string; withUnit: (n: number | undefined, unit: string | undefined) => string } {
  const t = useT();
  const { lang } = useLanguage();
  const format = numberFormat(lang);
  const name = useMemo(() => kpiNamer(t), [t]);
  const withUnit = useCallback((n: number | undefined, unit: string | undefined) => (n === undefined ? "—" : `${format.format(n)}${unit ? ` ${unit}` : ""}`), [format]);
  return { name, withUnit };
}
