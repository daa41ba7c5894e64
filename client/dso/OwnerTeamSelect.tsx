import { useId } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";

/**
 * The owner team of one card, for the editor's inspector: a labelled select of the map's
 * teams plus "No owner team". Writes `updateCard { ownerTeamId }`; viewers see it disabled.
 */
export function OwnerTeamSelect({ cardId }: { cardId: string }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, journey: { cards: s.journey.cards, teams: s.journey.teams } }));
  const t = useT();
  const id = useId();
  const card = session.journey.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const teams = session.journey.teams ?? [];
  const owner = teams.find((team) => team.id === card.ownerTeamId);
  return (
    <div className="dso-field">
      <label htmlFor={id}>{t("dso.owner.label")}</label>
      <span className="dso-owner-select">
        <span className="dso-swatch" style={{ background: owner?.color ?? "transparent" }} aria-hidden="true" />
        <select
          id={id}
          value={card.ownerTeamId ?? ""}
          disabled={!session.canEdit}
          onChange={(e) =>
            session.dispatch([{ type: "updateCard", id: cardId, patch: { ownerTeamId: e.target.value === "" ? null : e.target.value } }])
          }
        >
          <option value="">{t("dso.owner.none")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </span>
      {teams.length === 0 ? <p className="dso-hint">{t("dso.owner.noTeams")}</p> : null}
    </div>
  );
}
