import { LANGUAGES, pickLanguage, type Language } from "./languages";

/** Where the page keeps the language chosen on this device. */
export const LANGUAGE_STORAGE_KEY = "baton.language";

/** The language the page starts in: the one chosen on this device, else the browser's. No i18next: the page's first chunk reads it too. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    const found = LANGUAGES.find((l) => l === stored);
    if (found) return found;
  } catch {
    // Storage may be unavailable (private mode); the browser's language is the default anyway.
  }
  return pickLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}
