import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { ownershipCoverage } from "../../shared/dso";
import { SelectionOwnerAction } from "./SelectionOwnerAction";
import { ShowUnownedToggle } from "./ShowUnownedToggle";

/**
 * Who owns which touchpoint: the coverage, the touchpoints nobody owns yet (each one click
 * away on the map), the highlight toggle and the bulk action for the canvas selection.
 */
export function OwnershipPanel() {
  const session = useMap((s) => ({ canEdit: s.canEdit, focusCard: s.focusCard, selection: s.selection }));
  const journey = useMap((s) => s.journey, Object.is);
  const t = useT();
  const coverage = ownershipCoverage(journey);
  const unownedIds = new Set(coverage.unownedCardIds);
  const unowned = journey.cards.filter((c) => unownedIds.has(c.id));
  return (
    <section className="dso-section" aria-labelledby="dso-ownership-title">
      <h3 id="dso-ownership-title">{t("dso.ownership.title")}</h3>
      <p className="dso-explain">{t("dso.ownership.explain")}</p>
      <p>
        <strong>{t("dso.ownership.count", { owned: coverage.owned, count: coverage.total })}</strong>
      </p>
      <ShowUnownedToggle />
      {unowned.length > 0 ? (
        <ul className="dso-list">
          {unowned.map((card) => (
            <li key={card.id} className="dso-row">
              <span className="dso-grow">{card.title}</span>
              <button type="button" className="dso-link" onClick={() => session.focusCard(card.id)} aria-label={t("dso.showOnMapNamed", { title: card.title })}>
                {t("dso.showOnMap")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {session.canEdit ? (
        session.selection.length > 0 ? (
          <SelectionOwnerAction />
        ) : (
          <p className="dso-hint">{t("dso.owner.selectHint")}</p>
        )
      ) : null}
    </section>
  );
}
