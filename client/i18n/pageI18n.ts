/**
 * The page's i18next instance. English (the reference and fallback) is bundled with the page;
 * every other language is its own chunk, fetched the first time a person reads it (KB12), so a
 * map opens without downloading German it will not show.
 */
import type { i18n } from "i18next";
import english from "virtual:baton-messages/en";
import { createI18n } from "./i18n";
import type { Language } from "./languages";

const LOADERS: Readonly<Record<Exclude<Language, "en">, () => Promise<{ default: Readonly<Record<string, string>> }>>> = {
  de: () => import("virtual:baton-messages/de"),
};

/** The page's one instance (English loaded). */
export const pageI18n: i18n = createI18n({ en: english });

/** True once `lang`'s messages are in `pageI18n`. */
export function isLanguageLoaded(lang: Language): boolean {
  return pageI18n.hasResourceBundle(lang, "translation");
}

const pending = new Map<Language, Promise<void>>();

/** Fetches `lang`'s messages once (later calls share the first fetch); rejects if the chunk cannot load. */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === "en" || isLanguageLoaded(lang)) return Promise.resolve();
  let loading = pending.get(lang);
  if (!loading) {
    loading = LOADERS[lang]().then(
      (m) => {
        pageI18n.addResourceBundle(lang, "translation", m.default);
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}
