import { useState } from "react";
import { isCalendarDate } from "../../shared/schema/common";
import type { Rotation } from "../../shared/schema/rotation";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { formatDay } from "../i18n/formatDate";
import { usePersonName } from "./usePersonName";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * Holidays and swaps: someone else owns the journey from one day to another, both inclusive.
 * When two overrides cover a day, the later one in the list wins (journey-format.md,
 * "Rotation"), so new ones are appended. Overrides change who owns a day, never where
 * periods begin.
 */
export function OverridesEditor({ rotation, write }: { rotation: Rotation; write: (rotation: Rotation) => void }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, today: s.today, journey: { people: s.journey.people } }));
  const t = useT();
  const { lang } = useLanguage();
  const [from, setFrom] = useState(session.today);
  const [to, setTo] = useState(session.today);
  const [ownerId, setOwnerId] = useState("");
  const people = session.journey.people ?? [];
  const overrides = rotation.overrides ?? [];
  const nameOf = usePersonName();
  const datesOk = isCalendarDate(from) && isCalendarDate(to) && from <= to;
  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (!datesOk || ownerId === "") return;
    write({ ...rotation, overrides: [...overrides, { from, to, ownerId }] });
    setOwnerId("");
  };
  return (
    <div className="dso-overrides">
      <h4>{t("dso.rotation.overrides")}</h4>
      <p className="dso-explain">{t("dso.rotation.overridesExplain")}</p>
      {overrides.length === 0 ? <p className="dso-hint">{t("dso.rotation.noOverrides")}</p> : null}
      <ul className="dso-list">
        {overrides.map((o, index) => (
          <li key={`${o.from}:${o.to}:${o.ownerId}:${index}`} className="dso-row">
            <span className="dso-grow">
              {t("dso.rotation.overrideLine", { from: formatDay(o.from, lang, true), to: formatDay(o.to, lang, true), person: nameOf(o.ownerId) })}
            </span>
            {session.canEdit ? (
              <button
                type="button"
                className="dso-quiet"
                aria-label={t("dso.rotation.removeOverride", { person: nameOf(o.ownerId), from: formatDay(o.from, lang, true) })}
                onClick={() => {
                  const rest = overrides.filter((_, i) => i !== index);
                  const { overrides: _old, ...withoutOverrides } = rotation;
                  write(rest.length === 0 ? withoutOverrides : { ...rotation, overrides: rest });
                }}
              >
                <ToolIcon name="close" size={14} />
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {session.canEdit ? (
        <form className="dso-add dso-wrap" onSubmit={add} aria-label={t("dso.rotation.addOverride")}>
          <label>
            {t("dso.rotation.from")} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t("dso.rotation.to")} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label>
            {t("dso.rotation.coveredBy")}{" "}
            <select aria-label={t("dso.rotation.coveredBy")} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">{t("dso.rotation.pickPerson")}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!datesOk || ownerId === ""}>
            {t("dso.rotation.addOverride")}
          </button>
          {!datesOk ? (
            <span className="dso-error" role="alert">
              {t("dso.rotation.badRange")}
            </span>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
