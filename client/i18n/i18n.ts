import { createInstance, type FormatterModule, type i18n } from "i18next";
import { LANGUAGES, LOCALES, type Language } from "./languages";

/**
 * i18next's formatter for Baton: every number that fills a `{param}` is formatted with the
 * language's locale (`alwaysFormat`), so "1,234" in English reads "1.234" in German without each
 * message asking for it.
 */
const numberFormatter: FormatterModule = {
  type: "formatter",
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format: string | undefined, lng: string | undefined): string {
    if (typeof value !== "number") return typeof value === "string" ? value : String(value ?? "");
    const lang = LANGUAGES.find((l) => l === lng) ?? "en";
    return numberFormat(lang).format(value);
  },
};

const numberFormats = new Map<Language, Intl.NumberFormat>();
function numberFormat(lang: Language): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f;
}

let instance: { catalogue: object; i18n: i18n } | null = null;

/**
 * The page's one i18next instance over `catalogue`, created synchronously on first use (the
 * messages are bundled, nothing loads). Keys are flat (`editor.addStage`: no key or namespace
 * separator), parameters are `{param}`, plural forms are `key_one` / `key_other`.
 */
export function i18nFor(catalogue: Readonly<Partial<Record<Language, Readonly<Record<string, string>>>>>): i18n {
  if (instance?.catalogue === catalogue) return instance.i18n;
  const created = createI18n(catalogue);
  instance = { catalogue, i18n: created };
  return created;
}

/** A new i18next instance with Baton's options over the languages given (more can be added later). */
export function createI18n(catalogue: Readonly<Partial<Record<Language, Readonly<Record<string, string>>>>>): i18n {
  const created = createInstance();
  created.use(numberFormatter);
  void created.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(Object.entries(catalogue).map(([l, messages]) => [l, { translation: messages }])),
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { prefix: "{", suffix: "}", escapeValue: false, alwaysFormat: true },
    // Views render again when messages are added: the later messages (KB23) arrive after the
    // first screen, and a view that asked for one too early shows it then.
    react: { bindI18nStore: "added" },
  });
  return created;
}
