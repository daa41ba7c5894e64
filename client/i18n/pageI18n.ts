/**
 * The page's i18next instance. The English messages of a map's first screen (the reference and
 * fallback) are bundled with the page; every other language is its own chunk, fetched the first
 * time a person reads it (KB20), and the messages the first screen does not show (panels, other
 * pages) are one more chunk per language, fetched with the first lazy chunk that shows them
 * (`withLaterMessages`, KB23).
 */
import type { i18n } from "i18next";
import english from "virtual:baton-messages/en";
import { createI18n } from "./i18n";
import { LATER_MESSAGES } from "./laterMessages";
import type { Language } from "./languages";

type Messages = Promise<{ default: Readonly<Record<string, string>> }>;

const FIRST: Readonly<Record<Exclude<Language, "en">, () => Messages>> = {
  de: () => import("virtual:baton-messages/de"),
};

/** The page's one instance (English loaded). */
export const pageI18n: i18n = createI18n({ en: english });

/** The languages whose messages are in `pageI18n`. */
const loaded = new Set<Language>(["en"]);
/** The languages whose later messages are in `pageI18n`. */
const laterLoaded = new Set<Language>();
/** True once something asked for the later messages: every language loaded from then on brings them too. */
let laterWanted = false;

/** True once `lang`'s messages are in `pageI18n`. */
export function isLanguageLoaded(lang: Language): boolean {
  return loaded.has(lang);
}

/** True once the later messages of every loaded language are in `pageI18n`. */
export function areLaterMessagesLoaded(): boolean {
  return [...loaded].every((lang) => laterLoaded.has(lang));
}

/** Runs `load` once per key at a time: later calls share the pending promise; a failure may be retried. */
function once(pending: Map<Language, Promise<void>>, lang: Language, load: () => Promise<void>): Promise<void> {
  let loading = pending.get(lang);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      pending.delete(lang);
      throw error;
    });
    pending.set(lang, loading);
  }
  return loading;
}

const pendingFirst = new Map<Language, Promise<void>>();
const pendingLater = new Map<Language, Promise<void>>();

function addMessages(lang: Language, messages: Readonly<Record<string, string>>): void {
  // Deep merge, never overwrite: the first screen's and the later messages share one namespace.
  pageI18n.addResourceBundle(lang, "translation", messages, true, false);
}

function loadLater(lang: Language): Promise<void> {
  if (laterLoaded.has(lang)) return Promise.resolve();
  return once(pendingLater, lang, () =>
    LATER_MESSAGES[lang]().then((m) => {
      addMessages(lang, m.default);
      laterLoaded.add(lang);
    }),
  );
}

/** Fetches `lang`'s messages once (later calls share the first fetch); rejects if the chunk cannot load. */
export function loadLanguage(lang: Language): Promise<void> {
  const first =
    lang === "en" || loaded.has(lang)
      ? Promise.resolve()
      : once(pendingFirst, lang, () =>
          FIRST[lang]().then((m) => {
            addMessages(lang, m.default);
            loaded.add(lang);
          }),
        );
  // Asked after the first part arrived: a panel opened while this language was loading counts.
  return first.then(() => (laterWanted ? loadLater(lang) : undefined));
}

/** Fetches the later messages of every loaded language once (KB23); rejects if a chunk cannot load. */
export function loadLaterMessages(): Promise<void> {
  laterWanted = true;
  return Promise.all([...loaded].map(loadLater)).then(() => undefined);
}

/**
 * A lazy chunk that also brings the later messages, for `React.lazy`
 * (`lazy(() => withLaterMessages(import("./View")).then(...))`): the view renders once both are
 * here, so it never shows an empty text in place of a message.
 */
export function withLaterMessages<M>(chunk: Promise<M>): Promise<M> {
  return Promise.all([chunk, loadLaterMessages()]).then(([m]) => m);
}
