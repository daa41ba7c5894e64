import { useState, type FormEvent } from "react";
import { TeamChip } from "../dso/TeamChip";
import { freshId } from "../flow/freshId";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { DeleteButton } from "../ui/DeleteButton";
import { usePersonName } from "./usePersonName";
import { useWorkspaceDispatch } from "./useWorkspaceDispatch";
import { useWorkspaceSession } from "./WorkspaceSession";
import { ViewHead } from "./ViewHead";

/** The decision log: what cross-functional reviews decided, newest first; editors add and remove entries. */
export function DecisionsView() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const { dispatch, error } = useWorkspaceDispatch();
  const name = usePersonName();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [teamId, setTeamId] = useState("");
  const { decisions, teams } = session.doc;
  const fmt = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() === "") return;
    const decision = {
      id: freshId(),
      on: session.today,
      title: title.trim(),
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(teamId ? { teamIds: [teamId] } : {}),
    };
    dispatch([{ type: "addDecision", decision }]);
    setTitle("");
    setText("");
  };
  return (
    <div className="ws-view">
      <ViewHead title={t("workspace.decisions.title")} explain={t("workspace.decisions.explain")} error={error} />
      {session.canEdit && (
        <form className="ws-decision-form" onSubmit={add} aria-label={t("workspace.decisions.add")}>
          <input type="text" aria-label={t("workspace.decisions.what")} placeholder={t("workspace.decisions.what")} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          <textarea aria-label={t("workspace.decisions.why")} placeholder={t("workspace.decisions.why")} value={text} maxLength={5000} rows={2} onChange={(e) => setText(e.target.value)} />
          <div className="ws-inline-form">
            <select aria-label={t("workspace.decisions.team")} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">{t("workspace.decisions.noTeam")}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
            <button type="submit" className="btn btn-primary btn-small">
              {t("workspace.decisions.add")}
            </button>
          </div>
        </form>
      )}
      {decisions.length === 0 ? (
        <p className="ws-empty">{t("workspace.decisions.empty")}</p>
      ) : (
        <ol className="ws-decisions" aria-label={t("workspace.decisions.title")}>
          {decisions.map((d) => (
            <li key={d.id} className="ws-decision">
              <time dateTime={d.on} className="ws-decision-date">
                {fmt.format(new Date(`${d.on}T00:00:00Z`))}
              </time>
              <div className="ws-decision-body">
                <h3>{d.title}</h3>
                {d.text && <p>{d.text}</p>}
                <div className="ws-chips">
                  {(d.teamIds ?? []).map((id) => {
                    const team = teams.find((x) => x.id === id);
                    return team ? <TeamChip key={id} team={team} /> : null;
                  })}
                  {d.by && <span className="muted">{t("workspace.decisions.by", { name: name(d.by) })}</span>}
                </div>
              </div>
              {session.canEdit && (
                <DeleteButton label={t("workspace.decisions.delete", { title: d.title })} confirm={t("workspace.decisions.confirmDelete", { title: d.title })} onDelete={() => dispatch([{ type: "deleteDecision", id: d.id }])} />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
