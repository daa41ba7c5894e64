import type { MouseEvent, PointerEvent } from "react";
import { useT } from "../i18n/useT";
import { canAddDot, isVotable, talliesVisible } from "../../shared/workshop/voting";
import { ToolIcon } from "../ui/ToolIcon";
import { useCardWorkshopIndexNow, useCardWorkshopSlice } from "./CardWorkshopIndexProvider";

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
  // This card's badges as plain data: a remote edit of another card renders nothing here.
  const view = useCardWorkshopSlice((index) => {
    const { round, myBallot } = index;
    const card = index.cards.get(cardId);
    const comments = index.comments.get(cardId) ?? NO_COMMENTS;
    const voting = card !== undefined && round !== null && isVotable(card, round.target);
    const mine = voting ? (myBallot[cardId] ?? 0) : 0;
    return {
      title: card?.title ?? null,
      comments: comments.count,
      open: comments.open,
      presenting: index.presenting,
      voting,
      phase: round?.phase ?? null,
      mine,
      total: voting ? (index.totals.get(cardId) ?? 0) : 0,
      canAdd: voting && index.canVote && round !== null && canAddDot(round, myBallot, card) === null,
      canRemove: voting && index.canVote && round?.phase === "open" && mine > 0,
      tallies: voting && round !== null && talliesVisible(round),
    };
  });
  const indexNow = useCardWorkshopIndexNow();
  if (view.title === null) return null;
  const title = view.title;
  const { mine, total, open } = view;
  const dot = (type: "addDot" | "removeDot") => {
    const index = indexNow();
    if (!index?.round) return;
    index.dispatch([{ type, roundId: index.round.id, voter: index.token, cardId }], "workshop");
  };
  const openThread = () => indexNow()?.ui.update(() => ({ commentsCardId: cardId }));

  return (
    <div className="ws-badges nodrag nopan" onPointerDown={stop} onClick={stop} onDoubleClick={stop}>
      {(view.comments > 0 || !view.presenting) && (
        <button
          type="button"
          className={`ws-badge ws-badge-comments${view.comments === 0 ? " ws-badge-empty" : ""}`}
          aria-label={t("workshop.comments.open", { n: view.comments, title })}
          title={t("workshop.comments.title")}
          onClick={openThread}
        >
          <ToolIcon name="comment" size={13} />
          {view.comments > 0 && <span className={open > 0 ? "ws-badge-count" : "ws-badge-count ws-badge-resolved"}>{view.comments}</span>}
        </button>
      )}
      {view.voting && (view.phase === "open" || total > 0) && (
        <span className="ws-badge ws-badge-vote" role="group" aria-label={t("workshop.vote.cardGroup", { title })}>
          {view.canRemove && (
            <button type="button" className="ws-dot-btn" aria-label={t("workshop.vote.removeDot", { title })} onClick={() => dot("removeDot")}>
              −
            </button>
          )}
          {(mine > 0 || view.phase === "open") && (
            <span className="ws-my-dots" data-testid="my-dots" data-count={mine} aria-label={t("workshop.vote.myDots", { n: mine })}>
              {mine > 0 ? Array.from({ length: Math.min(mine, 10) }, (_, i) => <span key={i} className="ws-dot" />) : <span className="ws-dot ws-dot-empty" />}
              {mine > 10 && <span className="ws-dot-more">+{mine - 10}</span>}
            </span>
          )}
          {view.canAdd && (
            <button type="button" className="ws-dot-btn" aria-label={t("workshop.vote.addDot", { title })} onClick={() => dot("addDot")}>
              +
            </button>
          )}
          {view.tallies && (total > 0 || view.phase === "open") && (
            <span className="ws-tally" data-testid="tally" data-count={total} aria-label={t("workshop.vote.tally", { n: total })}>
              {t("workshop.vote.tallyShort", { n: total })}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
