import { LANGUAGES, type Language } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";

/** The header's language switch; the choice is kept on this device. */
export function LanguageSwitch() {
  const { lang, setLang } = useLanguage();
  const t = useT();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t("common.language")}</span>
      <select aria-label={t("common.language")} value={lang} onChange={(e) => setLang(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`common.language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
