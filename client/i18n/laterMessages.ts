import type { Language } from "./languages";

type Messages = Promise<{ default: Readonly<Record<string, string>> }>;

/**
 * Each language's later messages (KB23), one chunk each. The page's first chunk starts the load
 * of the page's language with a page that shows them (`preloadPage`, WP13), so they do not wait
 * for i18next to load first; `pageI18n` adds them when they are here.
 */
export const LATER_MESSAGES: Readonly<Record<Language, () => Messages>> = {
  en: () => import("virtual:baton-messages/en-later"),
  de: () => import("virtual:baton-messages/de-later"),
};
