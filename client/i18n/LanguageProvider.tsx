import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { CATALOGUE, LANGUAGES, pickLanguage, type Language } from "./catalogue";
import { i18nFor } from "./i18n";
import { LanguageContext } from "./languageContext";

const STORAGE_KEY = "baton.language";

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    const found = LANGUAGES.find((l) => l === stored);
    if (found) return found;
  } catch {
    // Storage may be unavailable (private mode); the browser's language is the default anyway.
  }
  return pickLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/** Holds the page's language: the browser's by default, the header switch's choice once made (kept on the device). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted, still switched for this visit.
    }
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nextProvider i18n={i18nFor(CATALOGUE)}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}
