import type { MouseEvent, PointerEvent } from "react";
import { useMapSession } from "../map/useMapSession";
import { useT } from "../i18n/useT";
import { canAddDot, isVotable, talliesVisible } from "../../shared/workshop/voting";
import { openThreadCount } from "../../shared/workshop/threads";
import { useWorkshopDoc } from "./useWorkshopDoc";
import { cardById, commentsOnCard } from "./journeyIndex";
import { useWorkshopUi } from "./workshopUi";
import { voterToken } from "./voterToken";
import { WorkshopIcon } from "./WorkshopIcon";

/** Keeps a click on a badge from selecting, dragging or double-click-creating on the canvas. */
const stop = (e: MouseEvent | PointerEvent) => e.stopPropagation();

/**
 * The workshop's badges inside every card node: the comment count (opens the thread); during
 * a voting round on this card's kind, my dots with add and remove buttons, and the card's tally
 * when it may be seen.
 */
export function CardWorkshopBadges({ cardId }: { cardId: string }) {
  const t = useT();
  const session = useMapSession();
  const { round, ballots } = useWorkshopDoc(session.doc);
  const [, ui] = useWorkshopUi(session.awareness);
  const card = cardById(session.journey, cardId);
  const comments = commentsOnCard(session.journey, cardId);
  const open = openThreadCount(comments, cardId);
  if (!card) return null;

  const voting = round !== null && isVotable(card, round.target);
  const token = voting ? voterToken(session.mapId, round.id) : "";
  const mine = voting ? (ballots.get(token)?.[cardId] ?? 0) : 0;
  const total = voting ? [...ballots.values()].reduce((n, b) => n + (b[cardId] ?? 0), 0) : 0;
  const canAdd = voting && session.canEdit && canAddDot(round, ballots.get(token) ?? {}, card) === null;
  const canRemove = voting && session.canEdit && round.phase === "open" && mine > 0;
  const dot = (type: "addDot" | "removeDot") => {
    if (!round) return;
    session.dispatch([{ type, roundId: round.id, voter: token, cardId }], "workshop");
  };

  return (
    <div className="ws-badges nodrag nopan" onPointerDown={stop} onClick={stop} onDoubleClick={stop}>
      {(comments.length > 0 || !session.presenting) && (
        <button
          type="button"
          className={`ws-badge ws-badge-comments${comments.length === 0 ? " ws-badge-empty" : ""}`}
          aria-label={t("workshop.comments.open", { n: comments.length, title: card.title })}
          title={t("workshop.comments.title")}
          onClick={() => ui.update(() => ({ commentsCardId: cardId }))}
        >
          <WorkshopIcon name="comment" size={13} />
          {comments.length > 0 && <span className={open > 0 ? "ws-badge-count" : "ws-badge-count ws-badge-resolved"}>{comments.length}</span>}
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
