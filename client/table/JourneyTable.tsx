import { memo } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { TableCardRow } from "./TableCardRow";
import "./table.css";

/** The table's skeleton: stages in order, each with its cards' ids in grid order (lane, then card order). */
function skeleton(journey: { stages: readonly { id: string; name: string }[]; lanes: readonly { id: string }[]; cards: readonly { id: string; stageId: string; laneId: string }[] }) {
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  return journey.stages.map((stage) => ({
    id: stage.id,
    name: stage.name,
    cards: journey.cards
      .filter((c) => c.stageId === stage.id)
      .map((c, i) => ({ id: c.id, order: (laneIndex.get(c.laneId) ?? 0) * 1e6 + i }))
      .sort((a, b) => a.order - b.order)
      .map((c) => c.id),
  }));
}

/**
 * The journey as a table, the accessible alternative to the canvas and the quickest way to
 * edit many cards: one row per card, grouped by stage and ordered by lane, with its kind,
 * title, KPIs and owner team. Titles, places and owners are edited in place (commands, like
 * every other edit). The table renders again only when cards are added, removed or moved;
 * an edit of one card renders that card's row.
 */
export const JourneyTable = memo(function JourneyTable({ id }: { id: string }) {
  const t = useT();
  const groups = useMap((s) => skeleton(s.journey));
  const cardCount = groups.reduce((n, g) => n + g.cards.length, 0);
  return (
    <div className="journey-table-wrap" id={id} tabIndex={-1} role="region" aria-label={t("table.label")}>
      {cardCount === 0 ? (
        <p className="muted journey-table-empty">{t("table.empty")}</p>
      ) : (
        <table className="journey-table">
          <caption className="visually-hidden">{t("table.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.col.card")}</th>
              <th scope="col">{t("table.col.kind")}</th>
              <th scope="col">{t("table.col.stage")}</th>
              <th scope="col">{t("table.col.lane")}</th>
              <th scope="col">{t("table.col.kpis")}</th>
              <th scope="col">{t("table.col.owner")}</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.id}>
              <tr className="journey-table-stage">
                <th scope="rowgroup" colSpan={6}>
                  {g.name} <span className="muted small">{t("table.stageCount", { count: g.cards.length })}</span>
                </th>
              </tr>
              {g.cards.map((cardId) => (
                <TableCardRow key={cardId} cardId={cardId} />
              ))}
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
});
