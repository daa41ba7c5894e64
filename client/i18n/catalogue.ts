/**
 * The one message catalogue of the page, in every language the page speaks.
 *
 * Each area of the page keeps its messages in `messages/<area>.ts` as
 * `export const <area>Messages = { en: {...}, de: {...} }`, keys prefixed with the area
 * (`editor.addStage`). Adding an area is one import and one entry in `AREAS` below.
 *
 * Messages take `{param}`s. A message that counts something has plural forms: one key per
 * form with i18next's suffixes (`editor.votes_one`, `editor.votes_other`), called by its base
 * key with a count: `t("editor.votes", { count: 3 })`. The forms a language needs are
 * `Intl.PluralRules`' categories (English and German: `one`, `other`). Numbers in `{param}`s
 * are formatted for the language (1,234.5 / 1.234,5). i18next does the lookup, the plural
 * choice and the interpolation (`i18n.ts`); `test/unit/i18nCatalogue.test.ts` checks that every
 * language has every key and every plural form.
 */
import { commonMessages } from "./messages/common";
import { homeMessages } from "./messages/home";
import { editorMessages } from "./messages/editor";
import { mapMessages } from "./messages/map";
import { workshopMessages } from "./messages/workshop";
import { dsoMessages } from "./messages/dso";
import { exportMessages } from "./messages/export";
import { workspaceMessages } from "./messages/workspace";
import { keysMessages } from "./messages/keys";
import { tableMessages } from "./messages/table";
import { historyMessages } from "./messages/history";
import { kpiMessages } from "./messages/kpi";
import { layoutMessages } from "./messages/layout";
import { metricsMessages } from "./messages/metrics";
import { reviewMessages } from "./messages/review";
import { LANGUAGES, type Language } from "./languages";
import { i18nFor } from "./i18n";

export { LANGUAGES, pickLanguage, type Language } from "./languages";

/** The messages of one area: English is the reference; every language has the same keys. */
export interface AreaMessages {
  readonly en: Readonly<Record<string, string>>;
  readonly de: Readonly<Record<string, string>>;
}

const AREAS = {
  common: commonMessages,
  home: homeMessages,
  editor: editorMessages,
  map: mapMessages,
  workshop: workshopMessages,
  dso: dsoMessages,
  export: exportMessages,
  workspace: workspaceMessages,
  keys: keysMessages,
  table: tableMessages,
  history: historyMessages,
  kpi: kpiMessages,
  layout: layoutMessages,
  metrics: metricsMessages,
  review: reviewMessages,
} satisfies Record<string, AreaMessages>;

type Areas = typeof AREAS;

/** The suffixes of plural forms (CLDR categories, as i18next names them). */
export const PLURAL_SUFFIXES = ["zero", "one", "two", "few", "many", "other"] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];

/** Every key as written in the catalogue, plural forms included (English decides which exist). */
export type CatalogueKey = { [A in keyof Areas]: keyof Areas[A]["en"] & string }[keyof Areas];

/** The base keys of messages with plural forms: they need a `count`. */
export type PluralKey = CatalogueKey extends infer K ? (K extends `${infer Base}_${PluralSuffix}` ? Base : never) : never;

/** Every key a caller may ask for: plain messages and the base keys of plural ones. */
export type MessageKey = Exclude<CatalogueKey, `${string}_${PluralSuffix}`> | PluralKey;

/** Message parameters: `{name}` in a message is replaced by `params.name` (numbers formatted). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The parameters of a plural message: `count` picks the form and fills `{count}`. */
export type PluralParams = MessageParams & { readonly count: number };

/** What `t` takes after the key: a plural key requires its count. */
export type MessageArgs<K extends MessageKey> = K extends PluralKey ? [params: PluralParams] : [params?: MessageParams];

/** The merged catalogue: language -> key -> message. */
export const CATALOGUE: Readonly<Record<Language, Readonly<Record<string, string>>>> = mergeAreas(Object.values(AREAS));

/** The areas as they are, for the parity test. */
export const CATALOGUE_AREAS: Readonly<Record<string, AreaMessages>> = AREAS;

function mergeAreas(areas: readonly AreaMessages[]): Record<Language, Record<string, string>> {
  const merged: Record<Language, Record<string, string>> = { en: {}, de: {} };
  for (const area of areas) {
    for (const lang of LANGUAGES) Object.assign(merged[lang], area[lang]);
  }
  return merged;
}

/**
 * The message for `key` in `lang` with its `{param}`s filled in (and the plural form for
 * `params.count`). A key missing in `lang` falls back to English, a key missing everywhere
 * shows as itself (so a gap is visible, never blank).
 */
export function translate(lang: Language, key: string, params?: MessageParams): string {
  return i18nFor(CATALOGUE).getFixedT(lang)(key, params ?? {});
}
