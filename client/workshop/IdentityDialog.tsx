import { useId, useState } from "react";
import { useT } from "../i18n/useT";
import { PALETTE, type Identity } from "./identity";

/**
 * The small, friendly "what should others call you?" form: a display name and a colour, asked
 * once per device. It sits inline in the header as its own row, so it never covers the map or
 * a panel; "Later" keeps me a guest for this visit.
 */
export function IdentityDialog(props: { initial: Identity; firstVisit: boolean; onSave(identity: Identity): void; onClose(): void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(props.initial.name);
  const [color, setColor] = useState(props.initial.color);
  const valid = name.trim() !== "";
  return (
    <form
      className="ws-identity"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) props.onSave({ name: name.trim(), color });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") props.onClose();
      }}
    >
      <span className="ws-identity-avatar" style={{ background: color }} aria-hidden="true" />
      <span id={`${id}-title`} className="ws-identity-title" title={t("workshop.identity.why")}>
        {props.firstVisit ? t("workshop.identity.welcome") : t("workshop.identity.edit")}
      </span>
      <input
        className="ws-identity-name"
        aria-label={t("workshop.identity.name")}
        value={name}
        maxLength={60}
        autoFocus={!props.firstVisit}
        onChange={(e) => setName(e.target.value)}
        placeholder={t("workshop.identity.namePlaceholder")}
      />
      <fieldset className="ws-swatches">
        <legend className="ws-visually-hidden">{t("workshop.identity.color")}</legend>
        {PALETTE.map((c, i) => (
          <label key={c} className={`ws-swatch${c === color ? " ws-swatch-on" : ""}`} style={{ background: c }}>
            <input type="radio" name={`${id}-color`} value={c} checked={c === color} onChange={() => setColor(c)} aria-label={t("workshop.identity.colorN", { n: i + 1 })} />
          </label>
        ))}
      </fieldset>
      <button type="submit" className="ws-btn ws-btn-small ws-btn-primary" disabled={!valid}>
        {t("workshop.identity.save")}
      </button>
      <button type="button" className="ws-btn ws-btn-small ws-btn-ghost" onClick={props.onClose}>
        {props.firstVisit ? t("workshop.identity.later") : t("common.cancel")}
      </button>
    </form>
  );
}
