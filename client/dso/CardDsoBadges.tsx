import { keyResultProgress } from "../../shared/dso";
import { useT } from "../i18n/useT";
import { cardKeyResults } from "./cardDsoIndex";
import { useCardDsoSlice } from "./CardDsoIndexProvider";
import { ReviewMarkBadge } from "./ReviewMarkBadge";
import type { ReviewMark } from "./reviewView";
import { ToolIcon } from "../ui/ToolIcon";

/** What one card's ownership badges show, as plain data (compared by value, so an unrelated edit renders nothing). */
interface DsoBadgeView {
  readonly mark: ReviewMark | null;
  readonly unowned: boolean;
  readonly keyResults: readonly { readonly key: string; readonly title: string; readonly objective: string; readonly progress: number | null }[];
}

/**
 * What ownership says about one card, drawn inside the card on the map: for a touchpoint its
 * mark in this period's review round (reviewed, needs work, due, overdue) and a loud "No owner"
 * while the unowned highlight is on; for any card the key results it serves, with progress.
 * Each card selects its own view from the canvas's index (built once per journey, day and
 * setting), so each card does constant work and renders only when its badges change.
 */
export function CardDsoBadges({ cardId }: { cardId: string }) {
  const t = useT();
  const view = useCardDsoSlice<DsoBadgeView>((index) => {
    const review = index.reviews.get(cardId);
    return {
      mark: review?.mark ?? null,
      unowned: index.showUnowned && review !== undefined && review.card.ownerTeamId === undefined,
      keyResults: cardKeyResults(index, cardId).map(({ okr, keyResult }) => ({
        key: `${okr.id}:${keyResult.id}`,
        title: keyResult.title,
        objective: okr.objective,
        progress: keyResultProgress(keyResult),
      })),
    };
  });
  if (view.mark === null && view.keyResults.length === 0) return null;
  return (
    <div className="dso-card-badges">
      {view.unowned ? (
        <span className="dso-pill dso-unowned" title={t("dso.badge.unownedHelp")}>
          {t("dso.badge.unowned")}
        </span>
      ) : null}
      {view.mark ? <ReviewMarkBadge mark={view.mark} compact /> : null}
      {view.keyResults.map((kr) => (
        <span key={kr.key} className="dso-pill dso-kr-pill" title={t("dso.badge.krHelp", { objective: kr.objective, title: kr.title })}>
          <ToolIcon name="target" size={11} />
          <span className="dso-sr">{kr.title}</span>
          {kr.progress === null ? "" : ` ${Math.round(kr.progress * 100)} %`}
        </span>
      ))}
    </div>
  );
}
