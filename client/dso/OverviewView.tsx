import { daysBetween, isShared, objectiveProgress, ownershipCoverage, rotationStatus } from "../../shared/dso";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { openBacklogByTeam } from "./backlogView";
import { EmotionChart } from "./EmotionChart";
import { formatDay } from "../i18n/formatDate";
import { ProgressBar } from "./ProgressBar";
import { ReviewMarkBadge } from "./ReviewMarkBadge";
import { createdDays, reviewRound } from "./reviewView";
import { ShowUnownedToggle } from "./ShowUnownedToggle";
import { TeamChip } from "./TeamChip";
import { teamColor } from "./teamPalette";
import { usePersonName } from "./usePersonName";

/**
 * The ownership overview, the page a journey owner opens at handover: who owns the journey
 * now, how much of it has owners, this period's review round, the OKRs, the open backlog per
 * team and how the customer feels along the way. Every tile says in one line what it means.
 */
export function OverviewView() {
  const session = useMap((s) => ({ doc: s.doc, focusCard: s.focusCard, today: s.today }));
  // The overview sums up the whole journey: it renders again on each of its changes.
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const { lang } = useLanguage();
  const { today } = session;
  const nameOf = usePersonName();
  const coverage = ownershipCoverage(journey);
  const round = reviewRound(journey, today, createdDays(session.doc, journey));
  const backlog = openBacklogByTeam(journey);
  const maxOpen = Math.max(1, ...backlog.map((b) => b.open + b.inProgress));
  const state = journey.rotation && today >= journey.rotation.startsOn ? rotationStatus(journey.rotation, today) : null;
  const overdue = round.items.filter((i) => i.mark === "overdue");
  const needsWork = round.items.filter((i) => i.mark === "needsWork");
  return (
    <div className="dso-view">
      <section className="dso-section dso-intro">
        <h2>{t("dso.overview.title")}</h2>
        <p className="dso-explain">{t("dso.overview.explain")}</p>
      </section>
      <div className="dso-tiles">
        <section className="dso-tile" aria-labelledby="dso-tile-owner">
          <h3 id="dso-tile-owner">{t("dso.overview.ownerTitle")}</h3>
          <p className="dso-explain">{t("dso.overview.ownerExplain")}</p>
          {state ? (
            <>
              <p className="dso-big">{nameOf(state.ownerId)}</p>
              <p>
                {t("dso.overview.ownerPeriod", { from: formatDay(state.periodStart, lang), to: formatDay(state.periodEnd, lang) })}
              </p>
              <p>
                {t("dso.overview.handover", {
                  next: nameOf(state.nextOwnerId),
                  day: formatDay(state.handoverOn, lang),
                  count: daysBetween(today, state.handoverOn),
                })}
              </p>
            </>
          ) : (
            <p className="dso-hint">{t("dso.rotation.none")}</p>
          )}
        </section>
        <section className="dso-tile" aria-labelledby="dso-tile-coverage">
          <h3 id="dso-tile-coverage">{t("dso.overview.coverageTitle")}</h3>
          <p className="dso-explain">{t("dso.overview.coverageExplain")}</p>
          <p className="dso-big">{t("dso.ownership.count", { owned: coverage.owned, count: coverage.total })}</p>
          <ProgressBar value={coverage.ratio} label={t("dso.overview.coverageTitle")} />
          <ShowUnownedToggle />
        </section>
        <section className="dso-tile" aria-labelledby="dso-tile-reviews">
          <h3 id="dso-tile-reviews">{t("dso.overview.reviewsTitle")}</h3>
          <p className="dso-explain">{t("dso.overview.reviewsExplain")}</p>
          <p className="dso-big">{t("dso.overview.reviewsDone", { done: round.reviewed, total: round.total })}</p>
          <ProgressBar value={round.total === 0 ? null : round.reviewed / round.total} label={t("dso.overview.reviewsTitle")} />
          <p className="dso-muted">
            {t("dso.overview.reviewsPeriod", { from: formatDay(round.period.start, lang), to: formatDay(round.period.end, lang) })}
          </p>
          <p>
            {t("dso.overview.needsWorkCount", { count: round.needsWork })} · {t("dso.overview.overdueCount", { count: round.overdue })}
          </p>
          {needsWork.length > 0 ? (
            <>
              <p className="dso-muted">{t("dso.overview.needsWorkList")}</p>
              <ul className="dso-list">
                {needsWork.map(({ card, thisPeriod }) => (
                  <li key={card.id}>
                    <ReviewMarkBadge mark="needsWork" />{" "}
                    <button type="button" className="dso-link" onClick={() => session.focusCard(card.id)}>
                      {card.title}
                    </button>
                    {thisPeriod[0]?.note ? <q className="dso-note">{thisPeriod[0].note}</q> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {overdue.length > 0 ? (
            <>
              <p className="dso-muted">{t("dso.overview.overdueList")}</p>
              <ul className="dso-list">
                {overdue.map(({ card }) => (
                  <li key={card.id} className="dso-row">
                    <ReviewMarkBadge mark="overdue" />
                    <button type="button" className="dso-link" onClick={() => session.focusCard(card.id)}>
                      {card.title}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section className="dso-tile" aria-labelledby="dso-tile-okrs">
          <h3 id="dso-tile-okrs">{t("dso.overview.okrTitle")}</h3>
          <p className="dso-explain">{t("dso.overview.okrExplain")}</p>
          {(journey.okrs ?? []).length === 0 ? <p className="dso-hint">{t("dso.okr.empty")}</p> : null}
          {(journey.okrs ?? []).map((okr) => (
            <div key={okr.id} className="dso-overview-okr">
              <div className="dso-row dso-wrap">
                <span className="dso-grow">{okr.objective}</span>
                {isShared(okr) ? <span className="dso-pill dso-shared">{t("dso.okr.shared", { count: okr.teamIds.length })}</span> : null}
                {okr.teamIds.map((id) => {
                  const team = journey.teams?.find((x) => x.id === id);
                  return <span key={id} className="dso-swatch" style={{ background: teamColor(team) }} title={team?.name} />;
                })}
              </div>
              <ProgressBar value={objectiveProgress(okr)} label={okr.objective} />
            </div>
          ))}
        </section>
        <section className="dso-tile" aria-labelledby="dso-tile-backlog">
          <h3 id="dso-tile-backlog">{t("dso.overview.backlogTitle")}</h3>
          <p className="dso-explain">{t("dso.overview.backlogExplain")}</p>
          {backlog.length === 0 ? <p className="dso-hint">{t("dso.overview.backlogEmpty")}</p> : null}
          <ul className="dso-bars">
            {backlog.map(({ team, open, inProgress }) => (
              <li key={team?.id ?? "none"}>
                <span className="dso-bar-label">{team ? <TeamChip team={team} /> : t("dso.owner.none")}</span>
                <span className="dso-bar" style={{ width: `${((open + inProgress) / maxOpen) * 100}%`, background: teamColor(team) }} aria-hidden="true" />
                <span className="dso-bar-value">{t("dso.overview.backlogCounts", { open, inProgress })}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="dso-tile" aria-labelledby="dso-tile-emotion">
          <h3 id="dso-tile-emotion">{t("dso.overview.emotionTitle")}</h3>
          <p className="dso-explain">{t("dso.overview.emotionExplain")}</p>
          <EmotionChart />
        </section>
      </div>
    </div>
  );
}
