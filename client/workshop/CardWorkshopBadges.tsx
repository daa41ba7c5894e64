import type { MouseEvent, PointerEvent } from "react";
import { useT } from "../i18n/useT";
import { canAddDot, isVotable, talliesVisible } from "../../shared/workshop/voting";
import { ToolIcon } from "../ui/ToolIcon";
import { useCardWorkshopIndex } from "./CardWorkshopIndexProvider";

/** Keeps a click on a badge from selecting, dragging or double-click-creating on the canvas. */
const stop = (e: MouseEvent | PointerEvent) => e.stopPropagation();

const NO_COMMENTS = { count: 0, open: 0 };

/**
 * The workshop's badges inside every card node: the comment count (opens the thread); during
 * a voting round on this card's kind, my dots with add and remove buttons, and the card's tally
 * when it may be seen. Everything is looked up in the canvas's index, so each card does
 * constant work however many cards, comments and ballots the map has.
 */
export function CardWorkshopBadges({ cardId }: { cardId: string }) {
  const t = useT();
  const index = useCardWorkshopIndex();
  const { round, token, myBallot, ui } = index;
  const card = index.cards.get(cardId);
  const comments = index.comments.get(cardId) ?? NO_COMMENTS;
  const open = comments.open;
  if (!card) return null;

  const voting = round !== null && isVotable(card, round.target);
  const mine = voting ? (myBallot[cardId] ?? 0) : 0;
  const total = voting ? (index.totals.get(cardId) ?? 0) : 0;
  const canAdd = voting && index.canEdit && canAddDot(round, myBallot, card) === null;
  const canRemove = voting && index.canEdit && round.phase === "open" && mine > 0;
  const dot = (type: "addDot" | "removeDot") => {
    if (!round) return;
    index.dispatch([{ type, roundId: round.id, voter: token, cardId }], "workshop");
  };

  return (
    <div className="ws-badges nodrag nopan" onPointerDown={stop} onClick={stop} onDoubleClick={stop}>
      {(comments.count > 0 || !index.presenting) && (
        <button
          type="button"
          className={`ws-badge ws-badge-comments${comments.count === 0 ? " ws-badge-empty" : ""}`}
          aria-label={t("workshop.comments.open", { n: comments.count, title: card.title })}
          title={t("workshop.comments.title")}
          onClick={() => ui.update(() => ({ commentsCardId: cardId }))}
        >
          <ToolIcon name="comment" size={13} />
          {comments.count > 0 && <span className={open > 0 ? "ws-badge-count" : "ws-badge-count ws-badge-resolved"}>{comments.count}</span>}
        </button>
      )}
      {voting && (round.phase === "open" || total > 0) && (
        <span className="ws-badge ws-badge-vote" role="group" aria-label={t("workshop.vote.cardGroup", { title: card.title })}>
          {canRemove && (
            <button type="button" className="ws-dot-btn" aria-label={t("workshop.vote.removeDot", { title: card.title })} onClick={() => dot("removeDot")}>
              −
            </button>
          )}
          {(mine > 0 || round.phase === "open") && (
            <span className="ws-my-dots" data-testid="my-dots" data-count={mine} aria-label={t("workshop.vote.myDots", { n: mine })}>
              {mine > 0 ? Array.from({ length: Math.min(mine, 10) }, (_, i) => <span key={i} className="ws-dot" />) : <span className="ws-dot ws-dot-empty" />}
              {mine > 10 && <span className="ws-dot-more">+{mine - 10}</span>}
            </span>
          )}
          {canAdd && (
            <button type="button" className="ws-dot-btn" aria-label={t("workshop.vote.addDot", { title: card.title })} onClick={() => dot("addDot")}>
              +
            </button>
          )}
          {talliesVisible(round) && (total > 0 || round.phase === "open") && (
            <span className="ws-tally" data-testid="tally" data-count={total} aria-label={t("workshop.vote.tally", { n: total })}>
              {t("workshop.vote.tallyShort", { n: total })}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
