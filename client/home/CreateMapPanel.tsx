import { useState, type FormEvent } from "react";
import { TEMPLATE_IDS, type TemplateId } from "../../shared/templates";
import { createMap } from "../api/api";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import type { MessageKey } from "../i18n/catalogue";
import { openCreatedMap } from "./openCreatedMap";


/** Create a map, blank or from a template in the page's language. */
export function CreateMapPanel() {
  const t = useT();
  const { lang } = useLanguage();
  const [title, setTitle] = useState("");
  const [choice, setChoice] = useState<TemplateId>("blank");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const trimmed = title.trim();
    try {
      const created = await createMap({
        ...(trimmed ? { title: trimmed } : {}),
        template: choice,
        lang,
      });
      openCreatedMap(created, trimmed || t(`home.template.${choice}` as MessageKey));
    } catch (err) {
      setError(t("home.create.failed", { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading">{t("home.create.heading")}</h2>
      <form onSubmit={submit} className="stack">
        <label className="field">
          <span>{t("home.create.titleLabel")}</span>
          <input
            type="text"
            value={title}
            maxLength={200}
            placeholder={t("home.create.titlePlaceholder")}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <fieldset className="template-choice">
          <legend>{t("home.template.label")}</legend>
          {TEMPLATE_IDS.map((c) => (
            <label key={c} className={`template-tile${choice === c ? " is-chosen" : ""}`}>
              <input type="radio" name="template" value={c} checked={choice === c} onChange={() => setChoice(c)} />
              <span className="template-name">{t(`home.template.${c}` as MessageKey)}</span>
              <span className="template-hint">{t(`home.template.${c}.hint` as MessageKey)}</span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t("home.create.creating") : t("home.create.button")}
          </button>
        </div>
      </form>
    </section>
  );
}
