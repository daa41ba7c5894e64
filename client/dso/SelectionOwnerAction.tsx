import { useId, useState } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";

/**
 * "Assign owner team" for every card selected on the canvas at once, in one undoable step.
 * Renders nothing for viewers or when nothing is selected, so the shell can mount it in its
 * selection toolbar unconditionally; the Teams view mounts it too.
 */
export function SelectionOwnerAction() {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, selection: s.selection, journey: { cards: s.journey.cards, teams: s.journey.teams } }));
  const t = useT();
  const id = useId();
  const [teamId, setTeamId] = useState("");
  const selected = session.journey.cards.filter((c) => session.selection.includes(c.id));
  const teams = session.journey.teams ?? [];
  if (!session.canEdit || selected.length === 0 || teams.length === 0) return null;
  const assign = () => {
    if (teamId === "") return;
    const ownerTeamId = teamId === "-" ? null : teamId;
    session.dispatch(selected.map((card) => ({ type: "updateCard" as const, id: card.id, patch: { ownerTeamId } })));
  };
  return (
    <div className="dso-selection-owner" role="group" aria-label={t("dso.owner.bulkGroup")}>
      <label htmlFor={id}>{t("dso.owner.bulkLabel")}</label>
      <select id={id} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
        <option value="">{t("dso.owner.pick")}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        <option value="-">{t("dso.owner.none")}</option>
      </select>
      <button type="button" disabled={teamId === ""} onClick={assign}>
        {t("dso.owner.assign")}
      </button>
    </div>
  );
}
