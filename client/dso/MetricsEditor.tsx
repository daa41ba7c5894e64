import { useId, useState, type ReactNode } from "react";
import { readMetric } from "../../shared/metrics/seriesMetric";
import type { Metric, MetricKind } from "../../shared/schema/metric";
import { useT } from "../i18n/useT";
import { MetricKindOptions } from "./MetricKindOptions";
import { useMap } from "../map/useMap";
import { draftToMetric, emptyMetricDraft, metricToDraft, type MetricDraft, type MetricDraftErrors } from "./metricDraft";
import { ToolIcon } from "../ui/ToolIcon";
import { useMetricLibrary } from "../kpi/MetricLibraryContext";
import { SeriesLink } from "../kpi/SeriesLink";

/**
 * The KPIs of one card, for the editor's inspector: kind, label, value, target and unit per
 * metric, checked as they are typed and written (the card's whole `metrics` list) when a field
 * is left or Enter is pressed, only when the metric is valid. The card itself draws the chips.
 * A KPI linked to a series of the workspace's library (K12) shows the series' value and target
 * read-only (the series is the truth, K7) and can be linked or unlinked here.
 */
export function MetricsEditor({ cardId }: { cardId: string }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, journey: { cards: s.journey.cards } }));
  const t = useT();
  const library = useMetricLibrary();
  const card = session.journey.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const metrics = card.metrics ?? [];
  const write = (next: Metric[]) =>
    session.dispatch([{ type: "updateCard", id: cardId, patch: { metrics: next.length === 0 ? null : next } }]);
  return (
    <fieldset className="dso-metrics" disabled={!session.canEdit}>
      <legend>{t("dso.metrics.title")}</legend>
      {metrics.length === 0 ? <p className="dso-hint">{t("dso.metrics.empty")}</p> : null}
      {metrics.map((metric, index) => {
        const reading = readMetric(metric, library.byId, library.today);
        const save = (m: Metric) => write(metrics.map((old, i) => (i === index ? m : old)));
        const seriesTarget = reading.series && metric.seriesId !== undefined ? library.byId.get(metric.seriesId)?.target : undefined;
        return (
          <MetricRow
            // A change from elsewhere remounts the row, so its draft shows the stored metric.
            key={`${index}:${JSON.stringify(metric)}`}
            initial={metricToDraft(metric)}
            caption={t(`dso.metrics.status.${reading.status ?? "none"}`)}
            tone={reading.status ?? "none"}
            locked={reading.series ? { value: reading.metric.value === undefined ? "" : String(reading.metric.value), ...(seriesTarget !== undefined ? { target: String(seriesTarget) } : {}) } : undefined}
            onSave={save}
            onRemove={() => write(metrics.filter((_, i) => i !== index))}
            extra={<SeriesLink metric={metric} disabled={!session.canEdit} onSave={save} />}
          />
        );
      })}
      {session.canEdit && metrics.length < 20 ? (
        <MetricRow key={`new:${metrics.length}`} initial={emptyMetricDraft()} caption={t("dso.metrics.new")} tone="none" onSave={(m) => write([...metrics, m])} isNew />
      ) : null}
    </fieldset>
  );
}

interface MetricRowProps {
  initial: MetricDraft;
  /** One line above the fields: the stored metric's status against its target, or "New metric". */
  caption: string;
  tone: "green" | "amber" | "red" | "none";
  onSave: (metric: Metric) => void;
  onRemove?: () => void;
  isNew?: boolean;
  /** Fields the metric's series decides (K7): shown read-only with the series' text. */
  locked?: { value?: string; target?: string };
  /** Below the fields: the series link (K12). */
  extra?: ReactNode;
}

function MetricRow({ initial, caption, tone, onSave, onRemove, isNew = false, locked, extra }: MetricRowProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<MetricDraftErrors>({});
  const check = (next: MetricDraft) => {
    const result = draftToMetric(next);
    setErrors(result.ok ? {} : result.errors);
    return result;
  };
  const change = (patch: Partial<MetricDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    check(next);
  };
  const save = (next: MetricDraft = draft) => {
    const result = check(next);
    if (!result.ok) return;
    if (!isNew && JSON.stringify(next) === JSON.stringify(initial)) return;
    onSave(result.metric);
  };
  const commitOnBlur = isNew ? undefined : () => save();
  const enter = (e: React.KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save();
    }
  };
  const field = (name: keyof MetricDraftErrors, label: string, inputMode?: "decimal") => {
    const fixed = name === "value" || name === "target" ? locked?.[name] : undefined;
    return (
    <label className="dso-metric-field">
      <span>{label}</span>
      <input
        value={fixed ?? draft[name]}
        readOnly={fixed !== undefined}
        title={fixed !== undefined ? t(name === "value" ? "kpi.series.readOnly" : "kpi.series.targetFromSeries") : undefined}
        inputMode={inputMode}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}` : undefined}
        onChange={(e) => change({ [name]: e.target.value })}
        onBlur={commitOnBlur}
        onKeyDown={enter}
      />
      {errors[name] ? (
        <span id={`${id}-${name}`} className="dso-error" role="alert">
          {t(errors[name])}
        </span>
      ) : null}
    </label>
    );
  };
  return (
    <div className={isNew ? "dso-metric-row dso-metric-new" : "dso-metric-row"} role="group" aria-label={isNew ? t("dso.metrics.new") : t("dso.metrics.one", { kind: t(`dso.metricKind.${draft.kind}`) })}>
      <span className={`dso-metric-caption dso-status-${tone}`}>{caption}</span>
      <label className="dso-metric-field">
        <span>{t("dso.metrics.kind")}</span>
        <select
          aria-label={t("dso.metrics.kind")}
          value={draft.kind}
          onChange={(e) => {
            const next = { ...draft, kind: e.target.value as MetricKind };
            setDraft(next);
            if (isNew) check(next);
            else save(next);
          }}
        >
          <MetricKindOptions />
        </select>
      </label>
      {field("label", t("dso.metrics.label"))}
      {field("value", t("dso.metrics.value"), "decimal")}
      {field("target", t("dso.metrics.target"), "decimal")}
      {field("unit", t("dso.metrics.unit"))}
      {isNew ? (
        <button type="button" onClick={() => save()}>
          {t("dso.metrics.add")}
        </button>
      ) : (
        <button type="button" className="dso-quiet" onClick={onRemove} aria-label={t("dso.metrics.remove", { kind: t(`dso.metricKind.${draft.kind}`) })}>
          <ToolIcon name="close" size={14} />
        </button>
      )}
      {extra}
    </div>
  );
}
