import { seriesLibrary, withSeriesCurrents } from "../../shared/metrics/seriesMetric";
import { keyResultProgress, objectiveProgress, isShared } from "../../shared/dso/okr";
import { cardsOfTouchpoints, type CardsOf } from "./okrCards";
import { ProgressBar } from "../dso/ProgressBar";
import { TeamChip } from "../dso/TeamChip";
import { useT } from "../i18n/useT";
import { CardLink } from "./CardLink";
import { ResourceState } from "./ResourceState";
import { useWorkspaceResource } from "./useWorkspaceResource";
import { useWorkspaceSession } from "./WorkspaceSession";
import { getTouchpoints } from "./workspaceApi";
import type { WsOkr } from "./readWorkspaceDoc";
import { ViewHead } from "./ViewHead";

/** Mean objective progress of the objectives a team holds or shares; null when none has progress. */
export function teamOkrProgress(teamId: string, okrs: readonly WsOkr[], cardsOf: CardsOf): { objectives: number; progress: number | null } {
  const held = okrs.filter((o) => o.teamIds.includes(teamId));
  const values = held.map((o) => objectiveProgress(o, cardsOf)).filter((p): p is number => p !== null);
  return { objectives: held.length, progress: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length };
}

/**
 * The shared OKRs: rolled up per team (objectives held or shared, mean progress), then each
 * objective with its key results' progress and the touchpoints they read, in any journey.
 */
/** Key results whose current is already resolved (K8) are not measured by their cards again. */
const noCards = (): readonly [] => [];

export function OkrRollup() {
  const t = useT();
  const session = useWorkspaceSession();
  const touchpoints = useWorkspaceResource((id, key) => getTouchpoints(id, key, session.today), [session.today]);
  const { teams } = session.doc;
  const { cardsOf, touchpoint } = cardsOfTouchpoints(touchpoints.data?.items ?? []);
  // K8: key results read their series (then their cards) once; progress then uses that current.
  const library = seriesLibrary(session.doc.metrics);
  const okrs = session.doc.okrs.map((okr) => withSeriesCurrents(okr, cardsOf, library, session.today));
  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.okrs.title")} explain={t("workspace.okrs.explain")} />
      {okrs.length === 0 ? (
        <p className="ws-empty">{t("workspace.okrs.empty")}</p>
      ) : (
        <>
          <section className="ws-section" aria-labelledby="ws-okr-teams">
            <h3 id="ws-okr-teams">{t("workspace.okrs.perTeam")}</h3>
            <div className="ws-table-wrap">
              <table className="ws-table ws-stack" aria-labelledby="ws-okr-teams">
                <thead>
                  <tr>
                    <th scope="col">{t("workspace.col.team")}</th>
                    <th scope="col" className="ws-num">{t("workspace.okrs.objectives")}</th>
                    <th scope="col">{t("workspace.okrs.progress")}</th>
                  </tr>
                </thead>
                <tbody>
                  {teams.map((team) => {
                    const r = teamOkrProgress(team.id, okrs, noCards);
                    return (
                      <tr key={team.id}>
                        <th scope="row">
                          <TeamChip team={team} />
                        </th>
                        <td className="ws-num" data-label={t("workspace.okrs.objectives")}>{r.objectives}</td>
                        <td data-label={t("workspace.okrs.progress")}>{r.objectives > 0 ? <ProgressBar value={r.progress} label={t("workspace.okrs.progressOf", { title: team.name })} compact /> : <span className="muted">—</span>}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
          <ResourceState resource={touchpoints} empty={null}>
            <div className="ws-okr-grid">
              {okrs.map((okr) => (
                <article key={okr.id} className="ws-okr" aria-label={okr.objective}>
                  <header className="ws-okr-head">
                    <h3>{okr.objective}</h3>
                    {okr.period && <span className="muted">{okr.period}</span>}
                    {isShared(okr) && <span className="badge">{t("dso.okr.shared", { count: okr.teamIds.length })}</span>}
                  </header>
                  <div className="ws-chips">
                    {okr.teamIds.map((id) => {
                      const team = teams.find((x) => x.id === id);
                      return team ? <TeamChip key={id} team={team} /> : null;
                    })}
                  </div>
                  <ProgressBar value={objectiveProgress(okr, noCards)} label={t("workspace.okrs.progressOf", { title: okr.objective })} />
                  <ul className="ws-kr-list">
                    {okr.keyResults.map((kr) => (
                      <li key={kr.id}>
                        <div className="ws-kr-line">
                          <span>{kr.title}</span>
                          <ProgressBar value={keyResultProgress(kr, [])} label={t("workspace.okrs.progressOf", { title: kr.title })} compact />
                        </div>
                        {kr.cards && kr.cards.length > 0 && (
                          <ul className="ws-kr-cards" aria-label={t("workspace.okrs.linked", { title: kr.title })}>
                            {kr.cards.map((c) => {
                              const tp = touchpoint(c.mapId, c.cardId);
                              return (
                                <li key={`${c.mapId}:${c.cardId}`}>
                                  {tp ? (
                                    <>
                                      <CardLink mapId={c.mapId} cardId={c.cardId} title={tp.title} />
                                      <span className="ws-sub">{tp.mapTitle}</span>
                                    </>
                                  ) : (
                                    <span className="muted">{t("workspace.okrs.notTouchpoint")}</span>
                                  )}
                                </li>
                              );
                            })}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                </article>
              ))}
            </div>
          </ResourceState>
        </>
      )}
    </div>
  );
}
