import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { formatDay } from "../i18n/formatDate";
import { IAmPicker } from "./IAmPicker";
import { ProgressBar } from "./ProgressBar";
import { ReviewLog } from "./ReviewLog";
import { ReviewQueue } from "./ReviewQueue";
import { createdDays, reviewRound } from "./reviewView";
import { useMe } from "./useMe";

/**
 * Review mode: pick who you are, see what you have to review in this period and review it;
 * below, the log of every review by period and by card.
 */
export function ReviewsView() {
  const session = useMap((s) => ({ doc: s.doc, today: s.today }));
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const { lang } = useLanguage();
  const { me } = useMe();
  const round = reviewRound(journey, session.today, createdDays(session.doc, journey));
  const team = me?.teamId ? journey.teams?.find((x) => x.id === me.teamId) : undefined;
  const isOwner = me !== undefined && round.ownerId === me.id;
  return (
    <div className="dso-view">
      <section className="dso-section" aria-labelledby="dso-reviews-title">
        <h2 id="dso-reviews-title">{t("dso.review.title")}</h2>
        <p className="dso-explain">{t("dso.review.explain")}</p>
        {journey.rotation ? null : <p className="dso-hint">{t("dso.review.monthly")}</p>}
        <p>
          {t("dso.review.periodLine", {
            from: formatDay(round.period.start, lang, true),
            to: formatDay(round.period.end, lang, true),
            done: round.reviewed,
            count: round.total,
          })}
        </p>
        <ProgressBar value={round.total === 0 ? null : round.reviewed / round.total} label={t("dso.overview.reviewsTitle")} />
        <IAmPicker />
        {me ? (
          <p className="dso-role">
            {isOwner ? t("dso.review.youOwner") : null} {team ? t("dso.review.youTeam", { team: team.name }) : null}
            {!isOwner && !team ? t("dso.review.youNeither") : null}
          </p>
        ) : (
          <p className="dso-hint">{t("dso.review.pickFirst")}</p>
        )}
      </section>
      {me ? <ReviewQueue me={me} /> : null}
      <ReviewLog />
    </div>
  );
}
