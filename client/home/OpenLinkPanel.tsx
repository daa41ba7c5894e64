import { useState, type FormEvent } from "react";
import { mapHref, parseMapLink } from "../app/route";
import { navigate } from "../app/useRoute";
import { useT } from "../i18n/useT";

/** Paste a shared link (edit or view) and open it here. */
export function OpenLinkPanel() {
  const t = useT();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const link = parseMapLink(text);
    if (!link) {
      setInvalid(true);
      return;
    }
    navigate(mapHref(link.mapId, link.key));
  };
  return (
    <section className="panel" aria-labelledby="open-heading">
      <h2 id="open-heading">{t("home.open.heading")}</h2>
      <form onSubmit={submit} className="inline-form">
        <label className="field grow">
          <span className="visually-hidden">{t("home.open.label")}</span>
          <input
            type="url"
            aria-label={t("home.open.label")}
            placeholder={t("home.open.placeholder")}
            value={text}
            aria-invalid={invalid}
            onChange={(e) => {
              setText(e.target.value);
              setInvalid(false);
            }}
          />
        </label>
        <button type="submit" className="btn">
          {t("home.open.button")}
        </button>
      </form>
      {invalid && (
        <p role="alert" className="error-text">
          {t("home.open.invalid")}
        </p>
      )}
    </section>
  );
}
