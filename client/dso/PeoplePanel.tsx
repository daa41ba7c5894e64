import { useState } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { freshId } from "../flow/freshId";
import { InlineText } from "./InlineText";
import { ToolIcon } from "../ui/ToolIcon";

/** The map's people and the team each belongs to; add, rename, move between teams, delete. */
export function PeoplePanel() {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, journey: { people: s.journey.people, teams: s.journey.teams } }));
  const t = useT();
  const [name, setName] = useState("");
  const [teamId, setTeamId] = useState("");
  const teams = session.journey.teams ?? [];
  const people = session.journey.people ?? [];
  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (name.trim() === "") return;
    const person = teamId === "" ? { id: freshId(), name: name.trim() } : { id: freshId(), name: name.trim(), teamId };
    session.dispatch([{ type: "addPerson", person }]);
    setName("");
  };
  const teamOptions = (
    <>
      <option value="">{t("dso.people.noTeam")}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
  return (
    <section className="dso-section" aria-labelledby="dso-people-title">
      <h3 id="dso-people-title">{t("dso.people.title")}</h3>
      <p className="dso-explain">{t("dso.people.explain")}</p>
      {people.length === 0 ? <p className="dso-hint">{t("dso.people.empty")}</p> : null}
      <ul className="dso-list">
        {people.map((person) => (
          <li key={person.id} className="dso-row">
            <InlineText
              className="dso-grow"
              value={person.name}
              label={t("dso.people.name", { person: person.name })}
              maxLength={120}
              disabled={!session.canEdit}
              onCommit={(next) => session.dispatch([{ type: "updatePerson", id: person.id, patch: { name: next } }])}
            />
            <select
              aria-label={t("dso.people.team", { person: person.name })}
              value={person.teamId ?? ""}
              disabled={!session.canEdit}
              onChange={(e) =>
                session.dispatch([{ type: "updatePerson", id: person.id, patch: { teamId: e.target.value === "" ? null : e.target.value } }])
              }
            >
              {teamOptions}
            </select>
            {session.canEdit ? (
              <button
                type="button"
                className="dso-quiet"
                aria-label={t("dso.people.delete", { person: person.name })}
                onClick={() => session.dispatch([{ type: "deletePerson", id: person.id }])}
              >
                <ToolIcon name="close" size={14} />
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {session.canEdit ? (
        <form className="dso-add" onSubmit={add}>
          <input aria-label={t("dso.people.newName")} placeholder={t("dso.people.newName")} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          <select aria-label={t("dso.people.newTeam")} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            {teamOptions}
          </select>
          <button type="submit" disabled={name.trim() === ""}>
            {t("dso.people.add")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
