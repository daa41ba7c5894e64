import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { ownershipCoverage } from "../../shared/dso";
import { useShowUnowned } from "./useShowUnowned";

/** The switch that makes every touchpoint without an owner team stand out on the map, with their count. */
export function ShowUnownedToggle() {
  const t = useT();
  const [on, setOn] = useShowUnowned();
  const count = useMap((s) => ownershipCoverage(s.journey).unownedCardIds.length);
  return (
    <label className="dso-toggle">
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      {t("dso.ownership.highlight", { count })}
    </label>
  );
}
