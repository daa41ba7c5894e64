import { useId } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { useMe } from "./useMe";

/** "I am ...": which person this device speaks for on this map (kept on the device only). */
export function IAmPicker() {
  const session = useMap((s) => ({ journey: { people: s.journey.people } }));
  const t = useT();
  const id = useId();
  const { me, setMe } = useMe();
  const people = session.journey.people ?? [];
  return (
    <div className="dso-iam">
      <label htmlFor={id}>{t("dso.iam.label")}</label>
      <select id={id} value={me?.id ?? ""} onChange={(e) => setMe(e.target.value === "" ? null : e.target.value)}>
        <option value="">{t("dso.iam.pick")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <span className="dso-muted">{t("dso.iam.device")}</span>
    </div>
  );
}
