import { useState } from "react";
import { objectiveProgress } from "../../shared/dso/okr";
import { ProgressBar } from "../dso/ProgressBar";
import { TeamChip } from "../dso/TeamChip";
import { MetricChips } from "../flow/nodes/MetricChips";
import { useT } from "../i18n/useT";
import { CardLink } from "./CardLink";
import { KpiHealthBar } from "./KpiHealthBar";
import { cardsOfTouchpoints, type CardsOf } from "./okrCards";
import { ResourceState } from "./ResourceState";
import { ReviewStateBadge } from "./ReviewStateBadge";
import { teamRollups, type TeamRollup } from "./teamRollup";
import { useWorkspaceResource } from "./useWorkspaceResource";
import { useWorkspaceSession } from "./WorkspaceSession";
import { getTouchpoints, getWorkspaceBacklog } from "./workspaceApi";
import { ViewHead } from "./ViewHead";

/**
 * Teams across journeys: one row per team (journeys, touchpoints, KPI health, reviews due, open
 * backlog items, OKRs), and for the chosen team its touchpoints with KPIs and review state, its
 * backlog items and the OKRs it holds or shares.
 */
export function TeamsOverview() {
  const t = useT();
  const session = useWorkspaceSession();
  const touchpoints = useWorkspaceResource((id, key) => getTouchpoints(id, key, session.today), [session.today]);
  const backlog = useWorkspaceResource(getWorkspaceBacklog, []);
  const [chosen, setChosen] = useState<string | null>(null);
  const { cardsOf } = cardsOfTouchpoints(touchpoints.data?.items ?? []);
  const rollups = teamRollups(session.doc.teams, touchpoints.data?.items ?? [], backlog.data?.items ?? [], session.doc.okrs);
  const selected = rollups.find((r) => (r.team?.id ?? null) === chosen) ?? rollups[0];
  const both = { data: touchpoints.data && backlog.data, error: touchpoints.error ?? backlog.error };
  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.teams.title")} explain={t("workspace.teams.explain")} />
      <ResourceState resource={both} empty={rollups.length === 0 ? t("workspace.teams.empty") : null}>
        <div className="ws-table-wrap">
          <table className="ws-table ws-stack" aria-label={t("workspace.teams.title")}>
            <thead>
              <tr>
                <th scope="col">{t("workspace.col.team")}</th>
                <th scope="col" className="ws-num">{t("workspace.teams.journeys")}</th>
                <th scope="col" className="ws-num">{t("workspace.col.touchpoints")}</th>
                <th scope="col">{t("workspace.col.kpis")}</th>
                <th scope="col" className="ws-num">{t("workspace.col.reviews")}</th>
                <th scope="col" className="ws-num">{t("workspace.teams.openItems")}</th>
                <th scope="col" className="ws-num">{t("workspace.view.okrs")}</th>
              </tr>
            </thead>
            <tbody>
              {rollups.map((r) => {
                const id = r.team?.id ?? null;
                const name = r.team?.name ?? t("workspace.teams.noTeam");
                return (
                  <tr key={id ?? "-"} aria-selected={r === selected} className={r === selected ? "is-selected" : undefined}>
                    <th scope="row">
                      <button type="button" className="ws-row-button" aria-pressed={r === selected} onClick={() => setChosen(id)}>
                        {r.team ? <TeamChip team={r.team} /> : <span className="ws-noteam">{name}</span>}
                      </button>
                    </th>
                    <td className="ws-num" data-label={t("workspace.teams.journeys")}>{r.journeys}</td>
                    <td className="ws-num" data-label={t("workspace.col.touchpoints")}>{r.touchpoints.length}</td>
                    <td data-label={t("workspace.col.kpis")}>
                      <KpiHealthBar health={r.kpis} />
                    </td>
                    <td className="ws-num" data-label={t("workspace.col.reviews")}>
                      {r.reviewsDue + r.reviewsOverdue}
                      {r.reviewsOverdue > 0 && <span className="ws-bad-sub">{t("workspace.overdue", { n: r.reviewsOverdue })}</span>}
                    </td>
                    <td className="ws-num" data-label={t("workspace.teams.openItems")}>{r.backlog.length}</td>
                    <td className="ws-num" data-label={t("workspace.view.okrs")}>{r.okrs.length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {selected && <TeamDetail rollup={selected} cardsOf={cardsOf} />}
      </ResourceState>
    </div>
  );
}

function TeamDetail({ rollup, cardsOf }: { rollup: TeamRollup; cardsOf: CardsOf }) {
  const t = useT();
  const name = rollup.team?.name ?? t("workspace.teams.noTeam");
  return (
    <section className="ws-detail" aria-label={t("workspace.teams.detail", { team: name })}>
      <h3>{name}</h3>
      <div className="ws-detail-grid">
        <div className="ws-block ws-block-wide">
          <h4>{t("workspace.teams.touchpoints", { n: rollup.touchpoints.length })}</h4>
          {rollup.touchpoints.length === 0 ? (
            <p className="muted">{t("workspace.teams.noTouchpoints")}</p>
          ) : (
            <table className="ws-table ws-compact ws-stack" aria-label={t("workspace.teams.touchpoints", { n: rollup.touchpoints.length })}>
              <thead>
                <tr>
                  <th scope="col">{t("workspace.col.touchpoint")}</th>
                  <th scope="col">{t("workspace.col.journey")}</th>
                  <th scope="col">{t("workspace.col.kpis")}</th>
                  <th scope="col">{t("workspace.col.review")}</th>
                </tr>
              </thead>
              <tbody>
                {rollup.touchpoints.map((tp) => (
                  <tr key={`${tp.mapId}:${tp.cardId}`}>
                    <th scope="row">
                      <CardLink mapId={tp.mapId} cardId={tp.cardId} title={tp.title} />
                    </th>
                    <td data-label={t("workspace.col.journey")}>
                      {tp.mapTitle}
                      <span className="ws-sub">{tp.stageName}</span>
                    </td>
                    <td data-label={t("workspace.col.kpis")}>{tp.metrics.length > 0 ? <div className="ws-chips"><MetricChips metrics={tp.metrics} /></div> : <span className="muted">—</span>}</td>
                    <td data-label={t("workspace.col.review")}>
                      <ReviewStateBadge state={tp.review.state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="ws-block">
          <h4>{t("workspace.teams.backlog", { n: rollup.backlog.length })}</h4>
          {rollup.backlog.length === 0 ? (
            <p className="muted">{t("workspace.teams.noBacklog")}</p>
          ) : (
            <ol className="ws-list">
              {rollup.backlog.slice(0, 12).map((b) => (
                <li key={`${b.mapId}:${b.cardId}`}>
                  <span className={`dso-kind dso-kind-${b.kind}`}>{t(`dso.kind.${b.kind}`)}</span>
                  <CardLink mapId={b.mapId} cardId={b.cardId} title={b.title} />
                  <span className="ws-sub">
                    {b.mapTitle} · {t("workspace.teams.priority", { n: b.priority })}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {rollup.backlog.length > 12 && <p className="muted">{t("workspace.teams.more", { count: rollup.backlog.length - 12 })}</p>}
        </div>
        <div className="ws-block">
          <h4>{t("workspace.teams.okrs", { n: rollup.okrs.length })}</h4>
          {rollup.okrs.length === 0 ? (
            <p className="muted">{t("workspace.teams.noOkrs")}</p>
          ) : (
            <ul className="ws-list">
              {rollup.okrs.map((o) => (
                <li key={o.id}>
                  <span>{o.objective}</span>
                  <ProgressBar value={objectiveProgress(o, cardsOf)} label={t("workspace.okrs.progressOf", { title: o.objective })} compact />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
