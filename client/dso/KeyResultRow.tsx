import { useState } from "react";
import type { Patch } from "../../shared/commands/command";
import type { MetricKind } from "../../shared/schema/metric";
import type { KeyResult } from "../../shared/schema/okr";
import { useT } from "../i18n/useT";
import { MetricKindOptions } from "./MetricKindOptions";
import { useMap } from "../map/useMap";
import { InlineText } from "./InlineText";
import { NumberInput } from "./NumberInput";
import { ProgressBar } from "./ProgressBar";
import { keyResultProgress } from "../../shared/dso";
import { ToolIcon } from "../ui/ToolIcon";
import type { KeyResultSeriesReading } from "../kpi/useSeriesKeyResults";
import { useSeriesName } from "../kpi/SeriesLink";
import { formatDay } from "../i18n/formatDate";
import { useLanguage } from "../i18n/useLanguage";

/**
 * One key result: title, metric, baseline -> current -> target, its progress by the clamp
 * rule, and the cards it is measured on (linked from the map's touchpoints). When it names a
 * series with a value (`fromSeries`, K13) its current is the series' and read-only here.
 */
export function KeyResultRow({ okrId, keyResult, deletable, fromSeries }: { okrId: string; keyResult: KeyResult; deletable: boolean; fromSeries?: KeyResultSeriesReading }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, focusCard: s.focusCard, journey: { cards: s.journey.cards } }));
  const t = useT();
  const { lang } = useLanguage();
  const seriesName = useSeriesName();
  const [linking, setLinking] = useState("");
  const kr = keyResult;
  const update = (patch: Patch<Omit<KeyResult, "id">>) => session.dispatch([{ type: "updateKeyResult", okrId, id: kr.id, patch }]);
  const linked = kr.cardIds ?? [];
  const cards = session.journey.cards;
  const linkable = cards.filter((c) => c.kind === "touchpoint" && !linked.includes(c.id));
  const setLinked = (ids: string[]) => update({ cardIds: ids.length === 0 ? null : ids });
  const disabled = !session.canEdit;
  return (
    <li className="dso-kr">
      <div className="dso-row">
        <InlineText className="dso-grow dso-kr-title" value={kr.title} label={t("dso.okr.krTitle")} maxLength={300} disabled={disabled} onCommit={(title) => update({ title })} />
        {session.canEdit && deletable ? (
          <button type="button" className="dso-quiet" aria-label={t("dso.okr.deleteKr", { title: kr.title })} onClick={() => session.dispatch([{ type: "deleteKeyResult", okrId, id: kr.id }])}>
            <ToolIcon name="close" size={14} />
          </button>
        ) : null}
      </div>
      <ProgressBar value={keyResultProgress(fromSeries ? { ...kr, current: fromSeries.value } : kr)} label={t("dso.okr.krProgress", { title: kr.title })} />
      <div className="dso-kr-numbers">
        <label>
          <span>{t("dso.okr.metric")}</span>
          <select
            aria-label={t("dso.okr.metricOf", { title: kr.title })}
            value={kr.metric ?? ""}
            disabled={disabled}
            onChange={(e) => update({ metric: e.target.value === "" ? null : (e.target.value as MetricKind) })}
          >
            <option value="">{t("dso.okr.noMetric")}</option>
            <MetricKindOptions />
          </select>
        </label>
        <label>
          <span>{t("dso.okr.baseline")}</span>
          <NumberInput value={kr.baseline} optional label={t("dso.okr.baselineOf", { title: kr.title })} disabled={disabled} onCommit={(v) => update({ baseline: v ?? null })} />
        </label>
        <label>
          <span>{t("dso.okr.current")}</span>
          <NumberInput
            key={fromSeries ? `series:${fromSeries.value}` : "typed"}
            value={fromSeries ? fromSeries.value : kr.current}
            optional
            label={t("dso.okr.currentOf", { title: kr.title })}
            disabled={disabled || fromSeries !== undefined}
            onCommit={(v) => update({ current: v ?? null })}
          />
        </label>
        <label>
          <span>{t("dso.okr.target")}</span>
          <NumberInput value={kr.target} label={t("dso.okr.targetOf", { title: kr.title })} disabled={disabled} onCommit={(v) => (v === undefined ? undefined : update({ target: v }))} />
        </label>
      </div>
      {fromSeries ? (
        <p className="dso-hint dso-kr-series">{t("kpi.okr.fromSeries", { series: seriesName(fromSeries.series, kr.metric), date: formatDay(fromSeries.on, lang, true) })}</p>
      ) : null}
      <div className="dso-kr-cards">
        <span className="dso-muted">{t("dso.okr.linkedCards")}</span>
        {linked.length === 0 ? <span className="dso-muted">{t("dso.okr.noCards")}</span> : null}
        {linked.map((id) => {
          const card = cards.find((c) => c.id === id);
          if (!card) return null;
          return (
            <span key={id} className="dso-card-chip">
              <button type="button" className="dso-link" onClick={() => session.focusCard(id)} aria-label={t("dso.showOnMapNamed", { title: card.title })}>
                {card.title}
              </button>
              {session.canEdit ? (
                <button type="button" className="dso-quiet" aria-label={t("dso.okr.unlink", { title: card.title })} onClick={() => setLinked(linked.filter((x) => x !== id))}>
                  <ToolIcon name="close" size={14} />
                </button>
              ) : null}
            </span>
          );
        })}
        {session.canEdit && linkable.length > 0 ? (
          <select
            aria-label={t("dso.okr.linkCardTo", { title: kr.title })}
            value={linking}
            onChange={(e) => {
              if (e.target.value !== "") setLinked([...linked, e.target.value]);
              setLinking("");
            }}
          >
            <option value="">{t("dso.okr.linkCard")}</option>
            {linkable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        ) : null}
      </div>
    </li>
  );
}
