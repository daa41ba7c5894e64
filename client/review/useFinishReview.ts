import { useCallback, useState } from "react";
import type { ReviewPeriod } from "../../shared/review/reviewPeriod";
import { isReviewRecord, reviewRecordId, reviewVersionLabel, touchedJourneys } from "../../shared/review/reviewPeriod";
import { freshId } from "../flow/freshId";
import { nameVersion } from "../history/historyApi";
import { useT } from "../i18n/useT";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import { postWorkspaceCommands } from "../workspace/workspaceApi";

/** What the last "Finish review" did. */
export type FinishState =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "done"; readonly saved: readonly string[]; readonly failed: readonly { readonly title: string; readonly message: string }[] }
  | { readonly kind: "failed"; readonly message: string };

/**
 * RV11: "Finish review" saves a named version `Review <today>` of each journey the decisions of
 * today name (the workspace editor key works for each map), then adds one review record to the
 * decisions log naming the period and the journeys saved. A journey whose version failed is
 * reported and left out of the record, so finishing again retries it.
 * @param titleOf a journey's title by map id (the agenda knows them), the id when unknown
 */
export function useFinishReview(period: ReviewPeriod, titleOf: (mapId: string) => string): { state: FinishState; finish(): void } {
  const t = useT();
  const session = useWorkspaceSession();
  const [state, setState] = useState<FinishState>({ kind: "idle" });
  const { decisions } = session.doc;
  const finish = useCallback(() => {
    const today = session.today;
    const label = reviewVersionLabel(today);
    const touched = touchedJourneys(decisions, today);
    const ofToday = decisions.filter((d) => d.on === today && !isReviewRecord(d));
    setState({ kind: "working" });
    void (async () => {
      const results = await Promise.allSettled(touched.map((mapId) => nameVersion(mapId, session.key, label)));
      const saved = touched.filter((_, i) => results[i]?.status === "fulfilled");
      const failed = touched.flatMap((mapId, i) => {
        const r = results[i];
        return r?.status === "rejected" ? [{ title: titleOf(mapId), message: r.reason instanceof Error ? r.reason.message : String(r.reason) }] : [];
      });
      const cards = ofToday.flatMap((d) => d.cards ?? []).filter((c, i, all) => all.findIndex((x) => x.mapId === c.mapId && x.cardId === c.cardId) === i);
      const teamIds = [...new Set(ofToday.flatMap((d) => d.teamIds ?? []))];
      const journeys = saved.map(titleOf).join(", ");
      const text = [
        t("review.record.period", { from: period.from, to: period.to }),
        t("review.record.decisions", { count: ofToday.length }),
        saved.length > 0 ? t("review.record.versions", { label, journeys }) : t("review.record.noVersions"),
      ].join("\n");
      const record = { id: reviewRecordId(today, freshId().slice(0, 12)), on: today, title: label, text, ...(teamIds.length > 0 ? { teamIds } : {}), ...(cards.length > 0 ? { cards: cards.slice(0, 500) } : {}) };
      try {
        const res = await postWorkspaceCommands(session.id, session.key, [{ type: "addDecision", decision: record }]);
        if (res.skipped.length > 0) throw new Error(res.skipped.map((s) => s.reason).join("; "));
        session.changes.notify();
        setState({ kind: "done", saved: saved.map(titleOf), failed });
      } catch (e: unknown) {
        setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
      }
    })();
  }, [decisions, period.from, period.to, session, t, titleOf]);
  return { state, finish };
}
