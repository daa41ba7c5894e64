import { useState } from "react";
import type { ReviewStatus } from "../../shared/schema/review";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { freshId } from "../flow/freshId";
import { ToolIcon } from "../ui/ToolIcon";
import { backlogFromReview } from "./backlogFromReview";

const NOTE_MAX = 2_000;

/**
 * "OK" or "Needs work", with an optional note, on one card, by `reviewerId`, now. Stored as a
 * new entry of the review log (`addReview`); earlier reviews stay in the log. "Needs work" with a
 * note can also add a backlog item (a pain point owned by the touchpoint's team, linked to it)
 * in the same step, so one undo takes back both.
 */
export function ReviewForm({ cardId, cardTitle, reviewerId }: { cardId: string; cardTitle: string; reviewerId: string }) {
  const session = useMap((s) => ({ dispatch: s.dispatch, now: s.now }));
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const [note, setNote] = useState("");
  const submit = (status: ReviewStatus, toBacklog = false) => {
    const review = {
      id: freshId(),
      cardId,
      reviewerId,
      at: new Date(session.now()).toISOString(),
      status,
      ...(note.trim() === "" ? {} : { note }),
    };
    const card = journey.cards.find((c) => c.id === cardId);
    const extra = toBacklog && card && note.trim() !== ""
      ? backlogFromReview(journey, card, note, { card: freshId(), link: freshId() }, (title) => t("dso.review.backlogTitle", { title }))
      : [];
    session.dispatch([{ type: "addReview", review }, ...extra]);
    setNote("");
  };
  return (
    <div className="dso-review-form" role="group" aria-label={t("dso.review.formFor", { title: cardTitle })}>
      <input
        className="dso-grow"
        aria-label={t("dso.review.noteFor", { title: cardTitle })}
        placeholder={t("dso.review.notePlaceholder")}
        value={note}
        maxLength={NOTE_MAX}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="dso-buttons">
        <button type="button" className="dso-ok" onClick={() => submit("ok")} aria-label={t("dso.review.okFor", { title: cardTitle })}>
          <ToolIcon name="check" size={14} /> {t("dso.review.ok")}
        </button>
        <button type="button" className="dso-warn" onClick={() => submit("needsWork")} aria-label={t("dso.review.needsWorkFor", { title: cardTitle })}>
          <ToolIcon name="alert" size={14} /> {t("dso.review.needsWork")}
        </button>
        <button
          type="button"
          className="dso-warn"
          disabled={note.trim() === ""}
          title={note.trim() === "" ? t("dso.review.toBacklogNeedsNote") : t("dso.review.toBacklogHelp")}
          onClick={() => submit("needsWork", true)}
          aria-label={t("dso.review.toBacklogFor", { title: cardTitle })}
        >
          <ToolIcon name="plus" size={14} /> {t("dso.review.toBacklog")}
        </button>
      </div>
    </div>
  );
}
