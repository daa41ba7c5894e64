import { keyResultProgress } from "../../shared/dso";
import { useT } from "../i18n/useT";
import { cardKeyResults } from "./cardDsoIndex";
import { useCardDsoIndex } from "./CardDsoIndexProvider";
import { ReviewMarkBadge } from "./ReviewMarkBadge";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * What ownership says about one card, drawn inside the card on the map: for a touchpoint its
 * mark in this period's review round (reviewed, needs work, due, overdue) and a loud "No owner"
 * while the unowned highlight is on; for any card the key results it serves, with progress.
 * Everything is looked up in the canvas's index (built once per journey, day and setting), so
 * each card does constant work.
 */
export function CardDsoBadges({ cardId }: { cardId: string }) {
  const index = useCardDsoIndex();
  const t = useT();
  const review = index.reviews.get(cardId);
  const keyResults = cardKeyResults(index, cardId);
  const unowned = index.showUnowned && review !== undefined && review.card.ownerTeamId === undefined;
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
            <ToolIcon name="target" size={11} />
            <span className="dso-sr">{keyResult.title}</span>
            {progress === null ? "" : ` ${Math.round(progress * 100)} %`}
          </span>
        );
      })}
    </div>
  );
}
