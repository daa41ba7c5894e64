import type { Person } from "../../shared/schema/person";
import type { Review } from "../../shared/schema/review";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { formatTime } from "../i18n/formatDate";
import { ReviewForm } from "./ReviewForm";
import { MetricChips } from "../flow/nodes/MetricChips";
import { ReviewMarkBadge } from "./ReviewMarkBadge";
import { createdDays, personalQueue } from "./reviewView";
import { usePersonName } from "./usePersonName";

/**
 * What `me` has to review in this period (SPEC.md D7): as journey owner every touchpoint not
 * yet reviewed, as a team member their team's; overdue first. Each item says where it is, why
 * it is mine and what the last review found, and carries the review form. The ones already
 * reviewed this period follow, collapsed.
 */
export function ReviewQueue({ me }: { me: Person }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, doc: s.doc, focusCard: s.focusCard, today: s.today }));
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const { lang } = useLanguage();
  const queue = personalQueue(journey, me.id, session.today, createdDays(session.doc, journey));
  const stageName = (id: string) => journey.stages.find((s) => s.id === id)?.name ?? "";
  const teamName = (id: string | undefined) => journey.teams?.find((team) => team.id === id)?.name ?? t("dso.owner.none");
  const personName = usePersonName();
  const lastLine = (last: Review | undefined) =>
    last
      ? t("dso.review.lastReview", { when: formatTime(last.at, lang), who: personName(last.reviewerId), status: t(last.status === "ok" ? "dso.status.ok" : "dso.status.needsWork") })
      : t("dso.review.neverReviewed");
  const responsible = queue.isOwner || queue.teamId !== null;
  return (
    <section className="dso-section" aria-labelledby="dso-queue-title">
      <h3 id="dso-queue-title">{t("dso.review.queueTitle", { count: queue.todo.length })}</h3>
      {!responsible ? <p className="dso-hint">{t("dso.review.nothing")}</p> : null}
      {responsible && queue.todo.length === 0 ? <p className="dso-done">{t("dso.review.allDone")}</p> : null}
      {queue.todo.length > 0 ? <p className="dso-explain">{t("dso.review.legend")}</p> : null}
      <ul className="dso-queue" aria-label={t("dso.review.todoList")}>
        {queue.todo.map(({ card, state, reasons, review }) => (
          <li key={card.id} className={`dso-queue-item dso-queue-${state}`} aria-label={card.title}>
            <div className="dso-row">
              <strong className="dso-grow">{card.title}</strong>
              <ReviewMarkBadge mark={state} />
            </div>
            <div className="dso-muted">
              {stageName(card.stageId)} · {teamName(card.ownerTeamId)} · {reasons.includes("owner") ? t("dso.review.becauseOwner") : t("dso.review.becauseTeam")} ·{" "}
              <button type="button" className="dso-link" onClick={() => session.focusCard(card.id)} aria-label={t("dso.showOnMapNamed", { title: card.title })}>
                {t("dso.showOnMap")}
              </button>
            </div>
            {card.metrics && card.metrics.length > 0 ? (
              <div className="dso-kpis" role="group" aria-label={t("dso.review.kpis", { title: card.title })}>
                <MetricChips metrics={card.metrics} all />
              </div>
            ) : null}
            <div className="dso-muted">
              {lastLine(review.last)}
              {review.last?.note ? <q className="dso-note">{review.last.note}</q> : null}
            </div>
            {session.canEdit ? <ReviewForm cardId={card.id} cardTitle={card.title} reviewerId={me.id} /> : null}
          </li>
        ))}
      </ul>
      {queue.done.length > 0 ? (
        <details className="dso-done-list">
          <summary>{t("dso.review.doneThisPeriod", { count: queue.done.length })}</summary>
          <ul className="dso-list">
            {queue.done.map((item) => (
              <li key={item.card.id} className="dso-row">
                <span className="dso-grow">{item.card.title}</span>
                <span className="dso-muted">{lastLine(item.thisPeriod[0])}</span>
                <ReviewMarkBadge mark={item.mark} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
