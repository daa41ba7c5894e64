import { useState } from "react";
import type { Command } from "../../shared/commands/command";
import { CARD_STATUSES } from "../../shared/schema/card";
import { TeamChip } from "../dso/TeamChip";
import { useT } from "../i18n/useT";
import { WHOLE_BACKLOG, type BacklogQuery, type RankedItem } from "./backlogRows";
import { CardLink } from "./CardLink";
import { ResourceState } from "./ResourceState";
import { useWorkspaceResource } from "./useWorkspaceResource";
import { useWorkspaceSession } from "./WorkspaceSession";
import { BACKLOG_PAGE as PAGE, getWorkspaceBacklogPage, postMapCommands, type WsBacklogItem } from "./workspaceApi";
import { ViewHead } from "./ViewHead";
import { TriageCells } from "../ui/TriageCells";

type Patch = Partial<Pick<WsBacklogItem, "impact" | "effort" | "status" | "ownerTeamId">>;

/**
 * One CX backlog across every journey, in one priority order; filters by journey, team, kind
 * and status; impact, effort, status and owner team change in place (editors), written to the
 * journey through its command endpoint, and the order follows live.
 */
export function CentralBacklog() {
  const t = useT();
  const session = useWorkspaceSession();
  const [query, setQuery] = useState<BacklogQuery>(WHOLE_BACKLOG);
  const [error, setError] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const backlog = useWorkspaceResource((id, key) => getWorkspaceBacklogPage(id, key, query, limit), [query.mapId, query.teamId, query.kind, query.status, limit]);
  const rows: readonly RankedItem[] = backlog.data?.items ?? [];
  const total = backlog.data?.total ?? 0;
  const matched = backlog.data?.matched ?? 0;
  const filter = (next: BacklogQuery) => {
    setQuery(next);
    setLimit(PAGE);
  };
  const teams = session.doc.teams;

  const edit = (item: RankedItem, patch: Patch) => {
    setError(null);
    const command: Command = { type: "updateCard", id: item.cardId, patch };
    postMapCommands(item.mapId, session.key, [command]).then(
      (res) => {
        if (res.skipped.length > 0) setError(t("workspace.backlog.skipped", { title: item.title, reason: res.skipped[0]?.reason ?? "" }));
        session.changes.notify();
      },
      (e: unknown) => setError(t("workspace.backlog.failed", { title: item.title, message: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.backlog.title")} explain={t("workspace.backlog.explain")} />
      <div className="ws-filters" role="group" aria-label={t("workspace.backlog.filters")}>
        <label>
          {t("workspace.col.journey")}{" "}
          <select value={query.mapId} onChange={(e) => filter({ ...query, mapId: e.target.value })}>
            <option value="all">{t("workspace.filter.all")}</option>
            {(backlog.data?.journeys ?? []).map((j) => (
              <option key={j.id} value={j.id}>
                {j.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("workspace.col.team")}{" "}
          <select value={query.teamId} onChange={(e) => filter({ ...query, teamId: e.target.value })}>
            <option value="all">{t("workspace.filter.all")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
            <option value="none">{t("dso.owner.none")}</option>
          </select>
        </label>
        <label>
          {t("workspace.col.kind")}{" "}
          <select value={query.kind} onChange={(e) => filter({ ...query, kind: e.target.value as BacklogQuery["kind"] })}>
            <option value="all">{t("workspace.filter.all")}</option>
            <option value="painPoint">{t("dso.kind.painPoint")}</option>
            <option value="opportunity">{t("dso.kind.opportunity")}</option>
          </select>
        </label>
        <label>
          {t("workspace.col.status")}{" "}
          <select value={query.status} onChange={(e) => filter({ ...query, status: e.target.value as BacklogQuery["status"] })}>
            <option value="notDone">{t("workspace.backlog.notDone")}</option>
            <option value="all">{t("workspace.filter.all")}</option>
            {CARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dso.cardStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted ws-filter-count">{t("workspace.backlog.count", { shown: matched, count: total })}</span>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <ResourceState resource={backlog} empty={total === 0 ? t("workspace.backlog.empty") : matched === 0 ? t("workspace.backlog.noMatch") : null}>
        <div className="ws-table-wrap">
          <table className="ws-table ws-backlog ws-stack" aria-label={t("workspace.backlog.title")}>
            <thead>
              <tr>
                <th scope="col" className="ws-num">
                  {t("workspace.backlog.rank")}
                </th>
                <th scope="col" className="ws-num" title={t("dso.backlog.formula")}>
                  {t("dso.backlog.priority")}
                </th>
                <th scope="col">{t("dso.backlog.item")}</th>
                <th scope="col">{t("workspace.col.journey")}</th>
                <th scope="col">{t("workspace.col.team")}</th>
                <th scope="col">{t("workspace.col.status")}</th>
                <th scope="col" className="ws-num">
                  {t("dso.backlog.impact")}
                </th>
                <th scope="col" className="ws-num">
                  {t("dso.backlog.effort")}
                </th>
                <th scope="col" className="ws-num">
                  {t("dso.backlog.votes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => {
                const team = teams.find((x) => x.id === item.ownerTeamId);
                return (
                  <tr key={`${item.mapId}:${item.cardId}`} data-map-id={item.mapId} data-card-id={item.cardId} className={item.status === "done" ? "ws-done-row" : undefined}>
                    <td className="ws-num ws-rank" data-label={t("workspace.backlog.rank")}>
                      {item.rank}
                    </td>
                    <td className="ws-num" data-label={t("dso.backlog.priority")}>
                      <strong>{item.priority}</strong>
                    </td>
                    <th scope="row" className="ws-item-cell">
                      <span className={`dso-kind dso-kind-${item.kind}`}>{t(`dso.kind.${item.kind}`)}</span>
                      <CardLink mapId={item.mapId} cardId={item.cardId} title={item.title} />
                    </th>
                    <td data-label={t("workspace.col.journey")}>
                      {item.mapTitle}
                      <span className="ws-sub">{item.stageName}</span>
                    </td>
                    <td data-label={t("workspace.col.team")}>
                      {session.canEdit ? (
                        <select
                          aria-label={t("workspace.backlog.teamOf", { title: item.title })}
                          value={item.ownerTeamId ?? ""}
                          onChange={(e) => edit(item, { ownerTeamId: e.target.value === "" ? null : e.target.value })}
                        >
                          <option value="">{t("dso.owner.none")}</option>
                          {/* The workspace document (the team names) may arrive after the first page. */}
                          {item.ownerTeamId !== null && !team && <option value={item.ownerTeamId}>…</option>}
                          {teams.map((x) => (
                            <option key={x.id} value={x.id}>
                              {x.name}
                            </option>
                          ))}
                        </select>
                      ) : team ? (
                        <TeamChip team={team} />
                      ) : (
                        <span className="muted">{t("dso.owner.none")}</span>
                      )}
                    </td>
                    <TriageCells
                      title={item.title}
                      status={item.status}
                      impact={item.impact}
                      effort={item.effort}
                      votes={item.votes}
                      canEdit={session.canEdit}
                      numClass="ws-num"
                      statusHeading={t("workspace.col.status")}
                      onEdit={(patch) => edit(item, patch)}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {matched > rows.length && (
          <button type="button" className="btn ws-more" onClick={() => setLimit(rows.length + PAGE)}>
            {t("workspace.backlog.more", { count: Math.min(PAGE, matched - rows.length), left: matched - rows.length })}
          </button>
        )}
      </ResourceState>
    </div>
  );
}
