import { useState } from "react";
import { CARD_STATUSES, type Card, type CardStatus } from "../../shared/schema/card";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { backlogRows, NO_FILTER, type BacklogTableFilter } from "./backlogView";
import { TeamChip } from "./TeamChip";
import { TriageCells, type TriagePatch } from "../ui/TriageCells";

/**
 * The CX backlog: every pain point and opportunity in one table, highest priority first,
 * filterable by team, status and stage. Status, impact and effort change in place (editors);
 * a title shows the card on the map.
 */
export function BacklogView() {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, focusCard: s.focusCard }));
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const [filter, setFilter] = useState<BacklogTableFilter>(NO_FILTER);
  const rows = backlogRows(journey, filter);
  const teams = journey.teams ?? [];
  const teamOf = (id: string | undefined) => teams.find((team) => team.id === id);
  const update = (card: Card, patch: TriagePatch) =>
    session.dispatch([{ type: "updateCard", id: card.id, patch }]);
  return (
    <div className="dso-view">
      <section className="dso-section">
        <h2>{t("dso.backlog.title")}</h2>
        <p className="dso-explain">{t("dso.backlog.explain")}</p>
        <p className="dso-explain dso-formula">
          <strong>{t("dso.backlog.formulaTitle")}</strong> {t("dso.backlog.formula")}
        </p>
        <div className="dso-add dso-wrap" role="group" aria-label={t("dso.backlog.filters")}>
          <label>
            {t("dso.backlog.team")}{" "}
            <select aria-label={t("dso.backlog.filterTeam")} value={filter.teamId} onChange={(e) => setFilter({ ...filter, teamId: e.target.value })}>
              <option value="all">{t("dso.backlog.allTeams")}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
              <option value="none">{t("dso.owner.none")}</option>
            </select>
          </label>
          <label>
            {t("dso.backlog.status")}{" "}
            <select aria-label={t("dso.backlog.filterStatus")} value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as CardStatus | "all" })}>
              <option value="all">{t("dso.backlog.allStatuses")}</option>
              {CARD_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`dso.cardStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("dso.backlog.stage")}{" "}
            <select aria-label={t("dso.backlog.filterStage")} value={filter.stageId} onChange={(e) => setFilter({ ...filter, stageId: e.target.value })}>
              <option value="all">{t("dso.backlog.allStages")}</option>
              {journey.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
      {rows.length === 0 ? (
        <p className="dso-hint">{t("dso.backlog.empty")}</p>
      ) : (
        <table className="dso-table dso-backlog" aria-label={t("dso.backlog.title")}>
          <thead>
            <tr>
              <th scope="col" title={t("dso.backlog.formula")}>
                {t("dso.backlog.priority")} <span className="dso-help" aria-hidden="true">?</span>
              </th>
              <th scope="col">{t("dso.backlog.item")}</th>
              <th scope="col">{t("dso.backlog.stage")}</th>
              <th scope="col">{t("dso.backlog.team")}</th>
              <th scope="col">{t("dso.backlog.status")}</th>
              <th scope="col">{t("dso.backlog.impact")}</th>
              <th scope="col">{t("dso.backlog.effort")}</th>
              <th scope="col">{t("dso.backlog.votes")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ card, priority, stageName }) => {
              const team = teamOf(card.ownerTeamId);
              return (
              <tr key={card.id} data-card-id={card.id} className={card.status === "done" ? "dso-done-row" : undefined}>
                <td className="dso-num dso-priority" title={t("dso.backlog.formula")}>
                  <strong>{priority}</strong>
                </td>
                <td>
                  <span className={`dso-kind dso-kind-${card.kind}`}>{t(`dso.kind.${card.kind === "painPoint" ? "painPoint" : "opportunity"}`)}</span>
                  <button type="button" className="dso-link" onClick={() => session.focusCard(card.id)} title={t("dso.showOnMap")}>
                    {card.title}
                  </button>
                </td>
                <td className="dso-stage-cell">{stageName}</td>
                <td className="dso-team-cell">{team ? <TeamChip team={team} /> : <span className="dso-muted">{t("dso.owner.none")}</span>}</td>
                <TriageCells
                  title={card.title}
                  status={card.status}
                  impact={card.impact}
                  effort={card.effort}
                  votes={card.votes}
                  canEdit={session.canEdit}
                  numClass="dso-num"
                  statusHeading={t("dso.backlog.status")}
                  onEdit={(patch) => update(card, patch)}
                />
              </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A 1..5 rating: a select for editors, the number (or a dash) for viewers. */
