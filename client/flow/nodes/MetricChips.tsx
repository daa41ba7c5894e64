import { useMemo } from "react";
import { readMetric } from "../../../shared/metrics/seriesMetric";
import type { Metric } from "../../../shared/schema/metric";
import type { MessageKey } from "../../i18n/catalogue";
import { formatDay } from "../../i18n/formatDate";
import { useLanguage } from "../../i18n/useLanguage";
import { useT } from "../../i18n/useT";
import { useMetricLibrary } from "../../kpi/MetricLibraryContext";
import { Sparkline } from "../../kpi/Sparkline";
import { metricChipText } from "../metricChip";

/** How many metric chips a card shows; the rest are counted ("+2") and listed in the count's tooltip. */
const SHOWN = 2;

/**
 * A card's KPIs as small chips: a short name and value/target, coloured red, amber or green by
 * the core's rule (SPEC.md KPI status). A KPI that names a series of the workspace's library
 * shows the series' latest value on the page's day, its status in the series' direction and a
 * tiny trend line (K7, K11). The tooltip holds the full name, numbers, units and the series.
 */
export function MetricChips({ metrics, all = false }: { metrics: readonly Metric[]; all?: boolean }) {
  const t = useT();
  const { lang } = useLanguage();
  const library = useMetricLibrary();
  const num = useMemo(() => {
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return (n: number) => format.format(n);
  }, [lang]);
  const chips = metrics.map((raw) => {
    const reading = readMetric(raw, library.byId, library.today);
    const m = reading.metric;
    const status = reading.status;
    const kindName = t(`dso.metricKind.${m.kind}` as MessageKey);
    const name = m.kind === "custom" ? (m.label ?? kindName) : m.label ? `${m.label} (${kindName})` : kindName;
    const withUnit = (n: number | undefined) => (n === undefined ? t("editor.metric.none") : `${num(n)}${m.unit ? ` ${m.unit}` : ""}`);
    let tip = t("editor.metric.tip", { name, value: withUnit(m.value), target: withUnit(m.target), status: t(`dso.metrics.status.${status ?? "none"}`) });
    const series = reading.series && raw.seriesId !== undefined ? library.byId.get(raw.seriesId) : undefined;
    if (reading.series && series) {
      const seriesName = series.label ?? t(`dso.metricKind.${series.kind ?? m.kind}` as MessageKey);
      tip += ` ${reading.series.latest ? t("kpi.tip.series", { series: seriesName, date: formatDay(reading.series.latest.on, lang, true) }) : t("kpi.tip.noPoint", { series: seriesName })}`;
      if (reading.series.change !== null) tip += ` ${t(reading.series.improving === null ? "kpi.tip.trend.flat" : reading.series.improving ? "kpi.tip.trend.up" : "kpi.tip.trend.down")}`;
    }
    return { m, status, tip, trend: reading.series?.trend ?? [], linked: reading.series !== null };
  });
  const shown = all ? chips : chips.slice(0, SHOWN);
  const rest = chips.slice(shown.length);
  return (
    <>
      {shown.map(({ m, status, tip, trend, linked }, i) => (
        <span key={i} className={`chip chip-metric metric-${status ?? "none"}${linked ? " is-series" : ""}`} title={tip} data-series={linked ? "" : undefined}>
          <span className="chip-metric-text">{metricChipText(m, t(`editor.metric.short.${m.kind}` as MessageKey), num)}</span>
          <Sparkline trend={trend} />
          {all && <span className="visually-hidden">{tip}</span>}
        </span>
      ))}
      {rest.length > 0 && (
        <span className="chip" title={rest.map((c) => c.tip).join("\n")}>
          +{rest.length}
        </span>
      )}
    </>
  );
}
