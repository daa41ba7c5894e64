import { useState } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { freshId } from "../flow/freshId";
import { InlineText } from "./InlineText";
import { nextTeamColor, teamColor } from "./teamPalette";
import { ToolIcon } from "../ui/ToolIcon";

/** The map's teams: name, colour and how many people and touchpoints each has; add and delete. */
export function TeamsPanel() {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, journey: { cards: s.journey.cards, people: s.journey.people, teams: s.journey.teams } }));
  const t = useT();
  const [name, setName] = useState("");
  const teams = session.journey.teams ?? [];
  const people = session.journey.people ?? [];
  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (name.trim() === "") return;
    session.dispatch([{ type: "addTeam", team: { id: freshId(), name: name.trim(), color: nextTeamColor(teams) } }]);
    setName("");
  };
  return (
    <section className="dso-section" aria-labelledby="dso-teams-title">
      <h3 id="dso-teams-title">{t("dso.teams.title")}</h3>
      <p className="dso-explain">{t("dso.teams.explain")}</p>
      {teams.length === 0 ? <p className="dso-hint">{t("dso.teams.empty")}</p> : null}
      <ul className="dso-list">
        {teams.map((team) => {
          const members = people.filter((p) => p.teamId === team.id).length;
          const owned = session.journey.cards.filter((c) => c.ownerTeamId === team.id).length;
          return (
            <li key={team.id} className="dso-team-row">
              <input
                type="color"
                className="dso-color"
                aria-label={t("dso.teams.color", { team: team.name })}
                value={teamColor(team)}
                disabled={!session.canEdit}
                onChange={(e) => session.dispatch([{ type: "updateTeam", id: team.id, patch: { color: e.target.value } }])}
              />
              <InlineText
                className="dso-grow"
                value={team.name}
                label={t("dso.teams.name", { team: team.name })}
                maxLength={120}
                disabled={!session.canEdit}
                onCommit={(next) => session.dispatch([{ type: "updateTeam", id: team.id, patch: { name: next } }])}
              />
              {session.canEdit ? (
                <button
                  type="button"
                  className="dso-quiet"
                  aria-label={t("dso.teams.delete", { team: team.name })}
                  onClick={() => session.dispatch([{ type: "deleteTeam", id: team.id }])}
                >
                  <ToolIcon name="close" size={14} />
                </button>
              ) : <span />}
              <span className="dso-muted dso-team-counts">{t("dso.teams.counts", { people: members, cards: owned })}</span>
            </li>
          );
        })}
      </ul>
      {session.canEdit ? (
        <form className="dso-add" onSubmit={add}>
          <input aria-label={t("dso.teams.newName")} placeholder={t("dso.teams.newName")} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          <button type="submit" disabled={name.trim() === ""}>
            {t("dso.teams.add")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
