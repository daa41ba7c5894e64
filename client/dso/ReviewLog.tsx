import { useState } from "react";
import { reviewLog } from "../../shared/dso";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { formatDay, formatTime } from "../i18n/formatDate";
import { recentReviewPeriods } from "./recentReviewPeriods";
import { usePersonName } from "./usePersonName";
import { ToolIcon } from "../ui/ToolIcon";

const PERIODS_OFFERED = 12;

/**
 * The review log, newest first (SPEC.md D8): for one period (this one, one before, or all) and
 * one card or every card; the card selected on the map is one click away.
 */
export function ReviewLog() {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, focusCard: s.focusCard, selection: s.selection, today: s.today }));
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const { lang } = useLanguage();
  const periods = recentReviewPeriods(journey, session.today, PERIODS_OFFERED);
  const [periodStart, setPeriodStart] = useState<string | null>(null);
  const [cardId, setCardId] = useState("all");
  const period = periodStart === "all" ? undefined : (periods.find((p) => p.start === periodStart) ?? periods[0]);
  const reviewedIds = new Set((journey.reviews ?? []).map((r) => r.cardId));
  const cards = journey.cards.filter((c) => reviewedIds.has(c.id) || c.kind === "touchpoint");
  const entries = reviewLog(journey, { ...(period ? { period } : {}), ...(cardId === "all" ? {} : { cardId }) });
  const cardTitle = (id: string) => journey.cards.find((c) => c.id === id)?.title ?? id;
  const personName = usePersonName();
  const selected = session.selection.length === 1 ? session.selection[0] : undefined;
  return (
    <section className="dso-section" aria-labelledby="dso-log-title">
      <h3 id="dso-log-title">{t("dso.log.title")}</h3>
      <div className="dso-add dso-wrap">
        <label>
          {t("dso.log.period")}{" "}
          <select aria-label={t("dso.log.period")} value={period ? period.start : "all"} onChange={(e) => setPeriodStart(e.target.value)}>
            {periods.map((p, i) => (
              <option key={p.start} value={p.start}>
                {i === 0 ? `${t("dso.log.thisPeriod")}: ` : ""}
                {formatDay(p.start, lang, true)} – {formatDay(p.end, lang, true)}
              </option>
            ))}
            <option value="all">{t("dso.log.allPeriods")}</option>
          </select>
        </label>
        <label>
          {t("dso.log.card")}{" "}
          <select aria-label={t("dso.log.card")} value={cardId} onChange={(e) => setCardId(e.target.value)}>
            <option value="all">{t("dso.log.allCards")}</option>
            {cards.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        {selected !== undefined && selected !== cardId && cards.some((c) => c.id === selected) ? (
          <button type="button" className="dso-link" onClick={() => setCardId(selected)}>
            {t("dso.log.selectedCard")}
          </button>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p className="dso-hint">{t("dso.log.empty")}</p>
      ) : (
        <table className="dso-table dso-log" aria-label={t("dso.log.title")}>
          <thead>
            <tr>
              <th scope="col">{t("dso.log.when")}</th>
              <th scope="col">{t("dso.log.card")}</th>
              <th scope="col">{t("dso.log.reviewer")}</th>
              <th scope="col">{t("dso.log.result")}</th>
              {session.canEdit ? (
                <th scope="col">
                  <span className="dso-sr">{t("common.delete")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {entries.map(({ review: r }) => (
              <tr key={r.id}>
                <td>{formatTime(r.at, lang)}</td>
                <td>
                  <button type="button" className="dso-link" onClick={() => session.focusCard(r.cardId)}>
                    {cardTitle(r.cardId)}
                  </button>
                </td>
                <td>{personName(r.reviewerId)}</td>
                <td>
                  <span className={`dso-pill dso-mark-${r.status === "ok" ? "reviewed" : "needsWork"}`}>{t(r.status === "ok" ? "dso.status.ok" : "dso.status.needsWork")}</span>
                  {r.note ? <div className="dso-note">{r.note}</div> : null}
                </td>
                {session.canEdit ? (
                  <td>
                    <button type="button" className="dso-quiet" aria-label={t("dso.log.delete", { title: cardTitle(r.cardId) })} onClick={() => session.dispatch([{ type: "deleteReview", id: r.id }])}>
                      <ToolIcon name="close" size={14} />
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
