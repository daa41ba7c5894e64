import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { addDays } from "../../shared/dso/days";
import { AGENDA_SECTIONS, agendaCards, buildReviewAgenda, type AgendaCard } from "../../shared/review/reviewAgenda";
import { defaultReviewPeriod, type ReviewPeriod } from "../../shared/review/reviewPeriod";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { ResourceState } from "../workspace/ResourceState";
import { useWorkspaceResource } from "../workspace/useWorkspaceResource";
import { useSocketHold, useWorkspaceSession, WorkspaceSessionContext } from "../workspace/WorkspaceSession";
import { seriesWithWindow } from "../kpi/pointsWindow";
import { usePointsWindow } from "../kpi/usePointsWindow";
import { getRotations, getTouchpoints, getWorkspaceBacklog } from "../workspace/workspaceApi";
import { AgendaSectionView, type CardPicker } from "./AgendaSections";
import { PeriodPicker } from "./PeriodPicker";
import { ReviewDecisions } from "./ReviewDecisions";
import { useFinishReview } from "./useFinishReview";
import { useReviewPresentation } from "./useReviewPresentation";
import "../kpi/kpi.css";
import "./review.css";
import { ViewHead } from "../workspace/ViewHead";

/**
 * The cross-functional review (`/w/<id>/review`, shared/review/RULES.md): a period (the current
 * rotation period by default, RV1), the agenda built from the workspace's data for it, the
 * room's decisions and "Finish review"; presentable full screen (RV12).
 */
export function ReviewView() {
  const session = useWorkspaceSession();
  // WP13: the socket opens once the agenda is on screen (it waits for answers of its own), not while it is drawn.
  const releaseSocket = useSocketHold();
  const today = session.today;
  const current = useWorkspaceResource((id, key) => getRotations(id, key, today, today), [today]);
  const [chosen, setChosen] = useState<ReviewPeriod | null>(null);
  const period = chosen ?? (current.data ? defaultReviewPeriod(current.data.maps, today) : null);
  useEffect(() => {
    if (current.error || (current.data && !period)) releaseSocket();
  }, [current.error, current.data, period, releaseSocket]);
  if (!period) return <ResourceState resource={current} empty={null}>{null}</ResourceState>;
  return <Review period={period} isDefault={chosen === null} onPeriod={setChosen} onDrawn={releaseSocket} />;
}

const cardKey = (c: AgendaCard) => `${c.mapId}\u0000${c.cardId}`;

/**
 * The review reads its period's points (RV2, RV3: the value before the period, the moves in it),
 * not just the latest ones the workspace page holds (WK7): its agenda and its sections see the
 * library with them.
 */
function Review(props: { period: ReviewPeriod; isDefault: boolean; onPeriod(p: ReviewPeriod | null): void; onDrawn(): void }) {
  const outer = useWorkspaceSession();
  const asOf = props.period.to < outer.today ? props.period.to : outer.today;
  const points = usePointsWindow(outer.id, outer.key, { to: asOf, from: props.period.from }, outer.changes);
  // The agenda reads the library's definitions: built once the document (its answer or the synced document, WA18) is here, never without its KPIs first.
  const session = useMemo(() => (points && outer.docReady ? { ...outer, doc: { ...outer.doc, metrics: seriesWithWindow(outer.doc.metrics, points) } } : null), [outer, points]);
  if (!session) return <ResourceState resource={{ data: null, error: null }} empty={null}>{null}</ResourceState>;
  return (
    <WorkspaceSessionContext.Provider value={session}>
      <ReviewBody {...props} />
    </WorkspaceSessionContext.Provider>
  );
}

function ReviewBody({ period, isDefault, onPeriod, onDrawn }: { period: ReviewPeriod; isDefault: boolean; onPeriod(p: ReviewPeriod | null): void; onDrawn(): void }) {
  const t = useT();
  const session = useWorkspaceSession();
  const asOf = period.to < session.today ? period.to : session.today;
  const touchpoints = useWorkspaceResource((id, key) => getTouchpoints(id, key, asOf), [asOf]);
  const backlog = useWorkspaceResource(getWorkspaceBacklog, []);
  const rotations = useWorkspaceResource((id, key) => getRotations(id, key, addDays(period.from, -1), period.to), [period.from, period.to]);
  const { metrics, decisions } = session.doc;
  const ready = touchpoints.data && backlog.data && rotations.data;
  const failed = touchpoints.error ?? backlog.error ?? rotations.error;
  useEffect(() => {
    if (ready || failed) onDrawn();
  }, [ready, failed, onDrawn]);
  const agenda = useMemo(
    () =>
      touchpoints.data && backlog.data && rotations.data
        ? buildReviewAgenda({ period, today: session.today, series: metrics, touchpoints: touchpoints.data.items, backlog: backlog.data.items, rotations: rotations.data.maps, decisions })
        : null,
    [period, session.today, metrics, touchpoints.data, backlog.data, rotations.data, decisions],
  );
  const [picked, setPicked] = useState<AgendaCard[]>([]);
  const picker: CardPicker = useMemo(
    () => ({
      picked: (c) => picked.some((p) => cardKey(p) === cardKey(c)),
      toggle: session.canEdit ? (c) => setPicked((list) => (list.some((p) => cardKey(p) === cardKey(c)) ? list.filter((p) => cardKey(p) !== cardKey(c)) : [...list, c])) : null,
    }),
    [picked, session.canEdit],
  );
  const titles = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of agenda ? agendaCards(agenda) : []) m.set(c.mapId, c.mapTitle);
    for (const b of backlog.data?.items ?? []) m.set(b.mapId, b.mapTitle);
    for (const tp of touchpoints.data?.items ?? []) m.set(tp.mapId, tp.mapTitle);
    return m;
  }, [agenda, backlog.data, touchpoints.data]);
  const titleOf = useCallback((mapId: string) => titles.get(mapId) ?? mapId, [titles]);
  const finish = useFinishReview(period, titleOf);
  const stage = useRef<HTMLDivElement>(null);
  const show = useReviewPresentation(stage, AGENDA_SECTIONS.length);
  const both = { data: ready ? agenda : null, error: touchpoints.error ?? backlog.error ?? rotations.error };
  const section = AGENDA_SECTIONS[show.index] ?? "kpis";

  return (
    <div className="ws-view rv-view">
      <ViewHead title={t("review.title")} explain={t("review.explain")}>
        <button type="button" className="btn btn-primary" onClick={show.start} disabled={!agenda}>
          <ToolIcon name="present" size={16} /> {t("review.present")}
        </button>
      </ViewHead>
      <PeriodPicker key={`${period.from}/${period.to}`} period={period} isDefault={isDefault} onPeriod={onPeriod} />
      <ResourceState resource={both} empty={null}>
        {agenda && (
          <div className="rv-layout">
            <div className="rv-agenda">
              <nav className="rv-toc" aria-label={t("review.toc")}>
                {AGENDA_SECTIONS.map((s) => (
                  <a key={s} href={`#rv-h-${s}`} onClick={(e) => (e.preventDefault(), document.getElementById(`rv-h-${s}`)?.scrollIntoView({ block: "start" }))}>
                    {t(`review.section.${s}`)} <span className="rv-count">{agenda[s].length}</span>
                  </a>
                ))}
              </nav>
              {AGENDA_SECTIONS.map((s) => (
                <AgendaSectionView key={s} agenda={agenda} section={s} picker={picker} />
              ))}
            </div>
            <ReviewDecisions cards={picked} onUnpick={(c) => picker.toggle?.(c)} onRecorded={() => setPicked([])} finish={finish} />
          </div>
        )}
      </ResourceState>
      {show.presenting && agenda && (
        <div ref={stage} className="rv-present" role="dialog" aria-modal="true" aria-label={t("review.presenting")} tabIndex={-1}>
          <div className="rv-present-body">
            <AgendaSectionView agenda={agenda} section={section} picker={{ picked: picker.picked, toggle: null }} headingLevel={2} />
          </div>
          <div className="rv-present-bar">
            <button type="button" className="btn" onClick={() => show.go(-1)} disabled={show.index === 0} aria-label={t("review.prev")}>
              <ToolIcon name="left" size={16} />
            </button>
            <span aria-live="polite">{t("review.step", { n: show.index + 1, total: AGENDA_SECTIONS.length, section: t(`review.section.${section}`) })}</span>
            <button type="button" className="btn" onClick={() => show.go(1)} disabled={show.index === AGENDA_SECTIONS.length - 1} aria-label={t("review.next")}>
              <ToolIcon name="right" size={16} />
            </button>
            <span className="muted rv-keys">{t("review.keys")}</span>
            <button type="button" className="btn" onClick={show.stop}>
              {t("review.stop")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
