import { useState } from "react";
import type { Person } from "../../shared/schema/person";
import type { ReviewStatus } from "../../shared/schema/review";
import { freshId } from "../flow/freshId";
import { useT } from "../i18n/useT";
import { CardLink } from "./CardLink";
import { ReviewStateBadge } from "./ReviewStateBadge";
import { reviewQueue } from "./reviewQueue";
import { useWorkspaceSession } from "./WorkspaceSession";
import { postMapCommands, type OverviewJourney, type WsTouchpoint } from "./workspaceApi";

/**
 * "I am ...": every touchpoint still to review in every journey I own this period, grouped by
 * journey, overdue first. OK / Needs work adds a review to that journey's log (editors).
 */
export function ReviewQueuePanel({ me, journeys, touchpoints }: { me: Person; journeys: readonly OverviewJourney[]; touchpoints: readonly WsTouchpoint[] }) {
  const t = useT();
  const session = useWorkspaceSession();
  const [error, setError] = useState<string | null>(null);
  const queue = reviewQueue(me.id, journeys, touchpoints);
  const open = queue.reduce((n, q) => n + q.items.length, 0);
  const review = (tp: WsTouchpoint, status: ReviewStatus) => {
    setError(null);
    const command = { type: "addReview", review: { id: freshId(), cardId: tp.cardId, reviewerId: me.id, at: new Date(session.now()).toISOString(), status } } as const;
    postMapCommands(tp.mapId, session.key, [command]).then(
      () => session.changes.notify(),
      (e: unknown) => setError(t("workspace.queue.failed", { title: tp.title, message: e instanceof Error ? e.message : String(e) })),
    );
  };
  return (
    <section className="ws-section ws-queue" aria-labelledby="ws-queue-heading">
      <h3 id="ws-queue-heading">{t("workspace.queue.title", { name: me.name })}</h3>
      <p className="muted">
        {queue.length === 0 ? t("workspace.queue.ownsNothing") : t("workspace.queue.summary", { count: open })}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {queue.map((q) => (
        <div key={q.mapId} className="ws-queue-journey">
          <h4>
            {q.title} <span className="muted">{t("workspace.queue.progress", { done: q.done, total: q.done + q.items.length })}</span>
          </h4>
          {q.items.length === 0 ? (
            <p className="ws-ok">{t("workspace.queue.allDone")}</p>
          ) : (
            <ul className="ws-list" aria-label={t("workspace.queue.listOf", { title: q.title })}>
              {q.items.map((tp) => (
                <li key={tp.cardId} className="ws-queue-item">
                  <ReviewStateBadge state={tp.review.state} />
                  <CardLink mapId={tp.mapId} cardId={tp.cardId} title={tp.title} />
                  <span className="ws-sub">{tp.stageName}</span>
                  {session.canEdit && (
                    <span className="ws-queue-actions">
                      <button type="button" className="btn btn-small" aria-label={t("workspace.queue.ok", { title: tp.title })} onClick={() => review(tp, "ok")}>
                        {t("dso.review.ok")}
                      </button>
                      <button type="button" className="btn btn-small" aria-label={t("workspace.queue.needsWork", { title: tp.title })} onClick={() => review(tp, "needsWork")}>
                        {t("dso.review.needsWork")}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
