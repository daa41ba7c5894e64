import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { initialLanguage, LANGUAGE_STORAGE_KEY } from "./initialLanguage";
import type { Language } from "./languages";
import { isLanguageLoaded, loadLanguage, pageI18n } from "./pageI18n";
import { LanguageContext } from "./languageContext";

export { initialLanguage } from "./initialLanguage";

/**
 * Holds the page's language: the browser's by default, the header switch's choice once made
 * (kept on the device). A language's messages are fetched before the page switches to it, so
 * text never flashes in another language; if they cannot be fetched the page stays as it is.
 * `main.tsx` loads the first language before the first render.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(() => {
    const first = initialLanguage();
    return isLanguageLoaded(first) ? first : "en";
  });
  const setLang = useCallback((next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisted, still switched for this visit.
    }
    loadLanguage(next).then(
      () => setLangState(next),
      () => {
        // The language's chunk did not load (offline): the page keeps its current language.
      },
    );
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nextProvider i18n={pageI18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}
