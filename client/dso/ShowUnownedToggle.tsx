import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";
import { ownershipCoverage } from "../../shared/dso";
import { useShowUnowned } from "./useShowUnowned";

/** The switch that makes every touchpoint without an owner team stand out on the map, with their count. */
export function ShowUnownedToggle() {
  const session = useMapSession();
  const t = useT();
  const [on, setOn] = useShowUnowned();
  const count = ownershipCoverage(session.journey).unownedCardIds.length;
  return (
    <label className="dso-toggle">
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      {t("dso.ownership.highlight", { count })}
    </label>
  );
}
