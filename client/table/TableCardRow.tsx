import { memo, useState } from "react";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { MetricChips } from "../flow/nodes/MetricChips";
import { useMap } from "../map/useMap";

/**
 * One card in the journey table. Selects only its own card (by identity) and the map's
 * stages, lanes and teams, so another card's edit never renders this row. `row` is its index
 * in the table's body (`data-row`, and `aria-rowindex` counting the head row, KB21). The title saves on
 * Enter or when the field is left; Escape puts the saved title back.
 */
export const TableCardRow = memo(function TableCardRow({ cardId, row }: { cardId: string; row: number }) {
  const t = useT();
  const card = useMap((s) => s.journey.cards.find((c) => c.id === cardId), Object.is);
  const stages = useMap((s) => s.journey.stages, Object.is);
  const lanes = useMap((s) => s.journey.lanes, Object.is);
  const teams = useMap((s) => s.journey.teams, Object.is);
  const editable = useMap((s) => s.canEdit && !s.presenting);
  const dispatch = useMap((s) => s.dispatch);
  const [draft, setDraft] = useState<string | null>(null);
  if (!card) return null;
  const title = card.title;
  const save = () => {
    if (draft !== null && draft.trim().length > 0 && draft !== title) dispatch([{ type: "updateCard", id: cardId, patch: { title: draft } }]);
    setDraft(null);
  };
  const kind = t(`editor.kind.${card.kind}` as MessageKey);
  return (
    <tr data-card-id={cardId} data-row={row} aria-rowindex={row + 2}>
      <td>
        <input
          type="text"
          className="journey-table-title"
          aria-label={t("table.title", { title })}
          value={draft ?? title}
          maxLength={500}
          readOnly={!editable}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              save();
            } else if (e.key === "Escape") {
              e.preventDefault();
              setDraft(null);
            }
          }}
        />
      </td>
      <td>
        {/* The kind's colours are the card's own (map.css `.card-<kind>` sets --kind and --kind-bg). */}
        <span className={`journey-table-kind card-${card.kind}`}>{kind}</span>
      </td>
      <td>
        <select aria-label={t("table.stageOf", { title })} value={card.stageId} disabled={!editable} onChange={(e) => dispatch([{ type: "moveCard", id: cardId, stageId: e.target.value, laneId: card.laneId }])}>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={t("table.laneOf", { title })} value={card.laneId} disabled={!editable} onChange={(e) => dispatch([{ type: "moveCard", id: cardId, stageId: card.stageId, laneId: e.target.value }])}>
          {lanes.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </td>
      <td className="journey-table-kpis">{card.metrics && card.metrics.length > 0 ? <MetricChips metrics={card.metrics} /> : <span className="muted">{t("table.none")}</span>}</td>
      <td>
        <select
          aria-label={t("table.ownerOf", { title })}
          value={card.ownerTeamId ?? ""}
          disabled={!editable}
          onChange={(e) => dispatch([{ type: "updateCard", id: cardId, patch: { ownerTeamId: e.target.value === "" ? null : e.target.value } }])}
        >
          <option value="">{t("dso.owner.none")}</option>
          {(teams ?? []).map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
});
