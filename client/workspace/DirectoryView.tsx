import { useState, type FormEvent } from "react";
import { InlineText } from "../dso/InlineText";
import { nextTeamColor, teamColor } from "../dso/teamPalette";
import { freshId } from "../flow/freshId";
import { useT } from "../i18n/useT";
import { DeleteButton } from "../ui/DeleteButton";
import { useWorkspaceDispatch } from "./useWorkspaceDispatch";
import { useWorkspaceSession } from "./WorkspaceSession";
import { ViewHead } from "./ViewHead";

/**
 * The directory: teams and people, edited once for every journey of the workspace (a renamed
 * team is renamed on every card it owns, in every journey).
 */
export function DirectoryView() {
  const t = useT();
  const session = useWorkspaceSession();
  const { dispatch, error } = useWorkspaceDispatch();
  const { teams, people } = session.doc;
  const [teamName, setTeamName] = useState("");
  const [personName, setPersonName] = useState("");
  const [personTeam, setPersonTeam] = useState("");
  const addTeam = (e: FormEvent) => {
    e.preventDefault();
    if (teamName.trim() === "") return;
    dispatch([{ type: "addTeam", team: { id: freshId(), name: teamName.trim(), color: nextTeamColor(teams) } }]);
    setTeamName("");
  };
  const addPerson = (e: FormEvent) => {
    e.preventDefault();
    if (personName.trim() === "") return;
    dispatch([{ type: "addPerson", person: { id: freshId(), name: personName.trim(), ...(personTeam ? { teamId: personTeam } : {}) } }]);
    setPersonName("");
  };
  const edit = session.canEdit;
  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.directory.title")} explain={t("workspace.directory.explain")} error={error} />
      <div className="ws-columns">
        <section className="ws-section" aria-labelledby="ws-dir-teams">
          <h3 id="ws-dir-teams">{t("dso.teams.title")}</h3>
          {teams.length === 0 && <p className="muted">{t("dso.teams.empty")}</p>}
          <ul className="ws-dir-list">
            {teams.map((team) => (
              <li key={team.id} className="ws-dir-row">
                <input
                  type="color"
                  className="dso-color"
                  aria-label={t("dso.teams.color", { team: team.name })}
                  value={teamColor(team)}
                  disabled={!edit}
                  onChange={(e) => dispatch([{ type: "updateTeam", id: team.id, patch: { color: e.target.value } }])}
                />
                <InlineText
                  className="ws-grow"
                  value={team.name}
                  label={t("dso.teams.name", { team: team.name })}
                  maxLength={120}
                  disabled={!edit}
                  onCommit={(name) => dispatch([{ type: "updateTeam", id: team.id, patch: { name } }])}
                />
                <span className="muted ws-dir-count">{t("workspace.directory.members", { count: people.filter((p) => p.teamId === team.id).length })}</span>
                {edit && (
                  <DeleteButton label={t("dso.teams.delete", { team: team.name })} confirm={t("workspace.directory.confirmDeleteTeam", { team: team.name })} onDelete={() => dispatch([{ type: "deleteTeam", id: team.id }])} />
                )}
              </li>
            ))}
          </ul>
          {edit && (
            <form className="ws-inline-form" onSubmit={addTeam}>
              <input type="text" aria-label={t("dso.teams.newName")} placeholder={t("dso.teams.newName")} value={teamName} maxLength={120} onChange={(e) => setTeamName(e.target.value)} />
              <button type="submit" className="btn btn-small">
                {t("dso.teams.add")}
              </button>
            </form>
          )}
        </section>
        <section className="ws-section" aria-labelledby="ws-dir-people">
          <h3 id="ws-dir-people">{t("dso.people.title")}</h3>
          {people.length === 0 && <p className="muted">{t("dso.people.empty")}</p>}
          <ul className="ws-dir-list">
            {people.map((p) => (
              <li key={p.id} className="ws-dir-row">
                <InlineText
                  className="ws-grow"
                  value={p.name}
                  label={t("dso.people.name", { person: p.name })}
                  maxLength={120}
                  disabled={!edit}
                  onCommit={(name) => dispatch([{ type: "updatePerson", id: p.id, patch: { name } }])}
                />
                <select
                  aria-label={t("dso.people.team", { person: p.name })}
                  value={p.teamId ?? ""}
                  disabled={!edit}
                  onChange={(e) => dispatch([{ type: "updatePerson", id: p.id, patch: { teamId: e.target.value === "" ? null : e.target.value } }])}
                >
                  <option value="">{t("dso.people.noTeam")}</option>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
                {edit && (
                  <DeleteButton label={t("dso.people.delete", { person: p.name })} confirm={t("workspace.directory.confirmDeletePerson", { person: p.name })} onDelete={() => dispatch([{ type: "deletePerson", id: p.id }])} />
                )}
              </li>
            ))}
          </ul>
          {edit && (
            <form className="ws-inline-form" onSubmit={addPerson}>
              <input type="text" aria-label={t("dso.people.newName")} placeholder={t("dso.people.newName")} value={personName} maxLength={120} onChange={(e) => setPersonName(e.target.value)} />
              <select aria-label={t("dso.people.newTeam")} value={personTeam} onChange={(e) => setPersonTeam(e.target.value)}>
                <option value="">{t("dso.people.noTeam")}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="btn btn-small">
                {t("dso.people.add")}
              </button>
            </form>
          )}
        </section>
      </div>
    </div>
  );
}
