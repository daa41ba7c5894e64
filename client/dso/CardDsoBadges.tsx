import { keyResultProgress, keyResultsForCard } from "../../shared/dso";
import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";
import { ReviewMarkBadge } from "./ReviewMarkBadge";
import { touchpointReviewState } from "./reviewView";
import { useShowUnowned } from "./useShowUnowned";

/**
 * What ownership says about one card, drawn inside the card on the map: for a touchpoint its
 * mark in this period's review round (reviewed, needs work, due, overdue) and a loud "No owner"
 * while the unowned highlight is on; for any card the key results it serves, with progress.
 * The review round behind it is computed once per journey and day, not once per card.
 */
export function CardDsoBadges({ cardId }: { cardId: string }) {
  const session = useMapSession();
  const t = useT();
  const [showUnowned] = useShowUnowned();
  const review = touchpointReviewState(session.journey, cardId, session.today);
  const keyResults = keyResultsForCard(session.journey, cardId);
  const unowned = showUnowned && review !== undefined && review.card.ownerTeamId === undefined;
  if (!review && keyResults.length === 0) return null;
  return (
    <div className="dso-card-badges">
      {unowned ? (
        <span className="dso-pill dso-unowned" title={t("dso.badge.unownedHelp")}>
          {t("dso.badge.unowned")}
        </span>
      ) : null}
      {review ? <ReviewMarkBadge mark={review.mark} compact /> : null}
      {keyResults.map(({ okr, keyResult }) => {
        const progress = keyResultProgress(keyResult);
        return (
          <span key={`${okr.id}:${keyResult.id}`} className="dso-pill dso-kr-pill" title={t("dso.badge.krHelp", { objective: okr.objective, title: keyResult.title })}>
            <span aria-hidden="true">◎</span>
            <span className="dso-sr">{keyResult.title}</span>
            {progress === null ? "" : ` ${Math.round(progress * 100)} %`}
          </span>
        );
      })}
    </div>
  );
}
