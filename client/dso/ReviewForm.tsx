import { useState } from "react";
import type { ReviewStatus } from "../../shared/schema/review";
import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";
import { freshId } from "../flow/freshId";
import { ToolIcon } from "../ui/ToolIcon";

const NOTE_MAX = 2_000;

/**
 * "OK" or "Needs work", with an optional note, on one card, by `reviewerId`, now. Stored as a
 * new entry of the review log (`addReview`); earlier reviews stay in the log.
 */
export function ReviewForm({ cardId, cardTitle, reviewerId }: { cardId: string; cardTitle: string; reviewerId: string }) {
  const session = useMapSession();
  const t = useT();
  const [note, setNote] = useState("");
  const submit = (status: ReviewStatus) => {
    const review = {
      id: freshId(),
      cardId,
      reviewerId,
      at: new Date(session.now()).toISOString(),
      status,
      ...(note.trim() === "" ? {} : { note }),
    };
    session.dispatch([{ type: "addReview", review }]);
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
      </div>
    </div>
  );
}
