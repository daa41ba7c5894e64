import { useId, useState } from "react";
import { useT } from "../i18n/useT";
import { PALETTE, type Identity } from "./identity";

/**
 * The small, friendly "who are you?" card: a display name and a colour, asked once per
 * device. It does not block the map: it sits at the bottom and "Later" keeps me a guest.
 */
export function IdentityDialog(props: { initial: Identity; firstVisit: boolean; onSave(identity: Identity): void; onClose(): void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(props.initial.name);
  const [color, setColor] = useState(props.initial.color);
  const valid = name.trim() !== "";
  return (
    <div className="ws-identity" role="dialog" aria-labelledby={`${id}-title`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) props.onSave({ name: name.trim(), color });
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") props.onClose();
        }}
      >
        <h2 id={`${id}-title`} className="ws-identity-title">
          {props.firstVisit ? t("workshop.identity.welcome") : t("workshop.identity.edit")}
        </h2>
        <p className="ws-muted">{t("workshop.identity.why")}</p>
        <label className="ws-field">
          {t("workshop.identity.name")}
          <input value={name} maxLength={60} autoFocus onChange={(e) => setName(e.target.value)} placeholder={t("workshop.identity.namePlaceholder")} />
        </label>
        <fieldset className="ws-fieldset ws-swatches">
          <legend>{t("workshop.identity.color")}</legend>
          {PALETTE.map((c) => (
            <label key={c} className={`ws-swatch${c === color ? " ws-swatch-on" : ""}`} style={{ background: c }}>
              <input type="radio" name={`${id}-color`} value={c} checked={c === color} onChange={() => setColor(c)} aria-label={c} />
            </label>
          ))}
        </fieldset>
        <div className="ws-popover-actions">
          <button type="button" className="ws-btn ws-btn-ghost" onClick={props.onClose}>
            {props.firstVisit ? t("workshop.identity.later") : t("common.cancel")}
          </button>
          <button type="submit" className="ws-btn ws-btn-primary" disabled={!valid}>
            {t("workshop.identity.save")}
          </button>
        </div>
      </form>
    </div>
  );
}
