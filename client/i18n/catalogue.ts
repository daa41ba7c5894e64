/**
 * The one message catalogue of the page, in every language the page speaks.
 *
 * Each area of the page keeps its messages in `messages/<area>.ts` as
 * `export const <area>Messages = { en: {...}, de: {...} }`, keys prefixed with the area
 * (`editor.addStage`). Adding an area is one import and one entry in `AREAS` below.
 * `test/unit/i18nCatalogue.test.ts` checks that every language has every key.
 */
import { commonMessages } from "./messages/common";
import { homeMessages } from "./messages/home";
import { editorMessages } from "./messages/editor";
import { mapMessages } from "./messages/map";
import { workshopMessages } from "./messages/workshop";
import { dsoMessages } from "./messages/dso";
import { exportMessages } from "./messages/export";
import { workspaceMessages } from "./messages/workspace";

export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

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
} satisfies Record<string, AreaMessages>;

type Areas = typeof AREAS;

/** Every key of the catalogue (English decides which keys exist). */
export type MessageKey = { [A in keyof Areas]: keyof Areas[A]["en"] & string }[keyof Areas];

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

/** Message parameters: `{name}` in a message is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The message for `key` in `lang` with its `{param}`s filled in. A key missing in `lang` falls
 * back to English, a key missing everywhere shows as itself (so a gap is visible, never blank).
 */
export function translate(lang: Language, key: string, params?: MessageParams): string {
  const template = CATALOGUE[lang][key] ?? CATALOGUE.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The first of the browser's preferred languages that the page speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return "en";
}
