import { useMemo } from "react";
import { metricStatus } from "../../../shared/dso/kpi";
import type { Metric } from "../../../shared/schema/metric";
import type { MessageKey } from "../../i18n/catalogue";
import { useLanguage } from "../../i18n/useLanguage";
import { useT } from "../../i18n/useT";
import { metricChipText } from "../metricChip";

/** How many metric chips a card shows; the rest are counted ("+2"). */
const SHOWN = 2;

/**
 * A card's KPIs as small chips: a short name and value/target, coloured red, amber or green by
 * the core's rule (SPEC.md KPI status). The tooltip holds the full name, numbers and units.
 */
export function MetricChips({ metrics, all = false }: { metrics: readonly Metric[]; all?: boolean }) {
  const t = useT();
  const { lang } = useLanguage();
  const num = useMemo(() => {
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return (n: number) => format.format(n);
  }, [lang]);
  const shown = all ? metrics : metrics.slice(0, SHOWN);
  return (
    <>
      {shown.map((m, i) => {
        const status = metricStatus(m);
        const kindName = t(`dso.metricKind.${m.kind}` as MessageKey);
        const name = m.kind === "custom" ? (m.label ?? kindName) : m.label ? `${m.label} (${kindName})` : kindName;
        const withUnit = (n: number | undefined) => (n === undefined ? t("editor.metric.none") : `${num(n)}${m.unit ? ` ${m.unit}` : ""}`);
        const tip = t("editor.metric.tip", { name, value: withUnit(m.value), target: withUnit(m.target), status: t(`dso.metrics.status.${status ?? "none"}`) });
        return (
          <span key={i} className={`chip chip-metric metric-${status ?? "none"}`} title={tip}>
            {metricChipText(m, t(`editor.metric.short.${m.kind}` as MessageKey), num)}
            {all && <span className="visually-hidden">{tip}</span>}
          </span>
        );
      })}
      {metrics.length > shown.length && <span className="chip">+{metrics.length - shown.length}</span>}
    </>
  );
}
