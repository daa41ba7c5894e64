import "./kpiMap.css";
import type { Metric } from "../../shared/schema/metric";
import { readMetric } from "../../shared/metrics/seriesMetric";
import type { MessageKey } from "../i18n/catalogue";
import { formatDay } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import type { KpiSeries } from "./kpiRows";
import { useMetricLibrary } from "./MetricLibraryContext";
import { linkToSeries, seriesChoices, unlinkSeries } from "./seriesChoices";
import { Sparkline } from "./Sparkline";

/** How a series is named in pickers and captions: its label, else its kind's name. */
export function useSeriesName(): (series: KpiSeries, fallbackKind?: Metric["kind"]) => string {
  const t = useT();
  return (series, fallbackKind) => series.label ?? t(`dso.metricKind.${series.kind ?? fallbackKind ?? "custom"}` as MessageKey);
}

/**
 * The inspector's link between one card KPI and a series of the workspace's library (K12): a
 * picker (series of the KPI's kind first), an unlink button, and when linked the series' latest
 * value, target, status, direction and a larger trend line with its last points. Renders nothing
 * on a map outside a workspace that has no series (there is nothing to link).
 */
export function SeriesLink({ metric, disabled, onSave }: { metric: Metric; disabled: boolean; onSave: (metric: Metric) => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const library = useMetricLibrary();
  const nameOf = useSeriesName();
  const series = metric.seriesId === undefined ? undefined : library.byId.get(metric.seriesId);
  if (library.series.length === 0 && metric.seriesId === undefined) return null;
  const kindName = t(`dso.metricKind.${metric.kind}`);
  const { matching, other } = seriesChoices(library.series, metric.kind);
  const reading = readMetric(metric, library.byId, library.today);
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const unit = reading.metric.unit ? ` ${reading.metric.unit}` : "";
  const option = (s: KpiSeries) => (
    <option key={s.id} value={s.id}>
      {nameOf(s)}
    </option>
  );
  return (
    <div className="kpi-series-link">
      <div className="kpi-series-pick">
        <label className="dso-metric-field">
          <span>{t("kpi.series.link")}</span>
          <select
            aria-label={t("kpi.series.linkOf", { kind: kindName })}
            value={series ? series.id : ""}
            disabled={disabled}
            onChange={(e) => {
              const next = library.byId.get(e.target.value);
              onSave(next ? linkToSeries(metric, next) : unlinkSeries(metric));
            }}
          >
            <option value="">{t("kpi.series.none")}</option>
            {matching.length > 0 && <optgroup label={t("kpi.series.matching")}>{matching.map(option)}</optgroup>}
            {other.length > 0 && <optgroup label={t("kpi.series.other")}>{other.map(option)}</optgroup>}
          </select>
        </label>
        {metric.seriesId !== undefined && !disabled && (
          <button type="button" className="kpi-unlink" onClick={() => onSave(unlinkSeries(metric))} aria-label={t("kpi.series.unlinkOf", { kind: kindName })}>
            <ToolIcon name="close" size={12} />
            {t("kpi.series.unlink")}
          </button>
        )}
      </div>
      {metric.seriesId !== undefined && !series && <p className="dso-hint">{t("kpi.series.gone", { series: metric.seriesId })}</p>}
      {series && reading.series && (
        <div className={`kpi-series-reading metric-${reading.status ?? "none"}`}>
          <div className="kpi-series-numbers">
            <span className="kpi-series-latest">
              {reading.series.latest ? `${num.format(reading.series.latest.value)}${unit}` : t("kpi.series.noPoint")}
            </span>
            {reading.metric.target !== undefined && (
              <span>
                {t("dso.metrics.target")}: {num.format(reading.metric.target)}
                {unit}
              </span>
            )}
            <span>{t(`dso.metrics.status.${reading.status ?? "none"}`)}</span>
            <span className="dso-muted">
              {reading.series.latest ? t("kpi.series.asOf", { date: formatDay(reading.series.latest.on, lang, true) }) : ""} · {t(`kpi.series.direction.${series.direction ?? "up"}`)}
            </span>
          </div>
          <Sparkline trend={reading.series.trend} width={160} height={36} className="kpi-sparkline-large" />
          {reading.series.trend.length > 0 && (
            <ol className="kpi-series-points" aria-label={t("kpi.series.lastPoints", { series: nameOf(series) })}>
              {reading.series.trend.slice(-5).map((p) => (
                <li key={p.on}>
                  <span>{formatDay(p.on, lang, true)}</span> <strong>{num.format(p.value)}</strong>
                </li>
              ))}
            </ol>
          )}
          <p className="dso-hint">{t("kpi.series.readOnly")}</p>
        </div>
      )}
    </div>
  );
}
