/**
 * Bilingual template content: every text a person reads is written once in English and once in
 * German with {@link tr}; {@link localize} picks one language and returns plain journey data.
 */
import type { Card, CardKind } from "../schema/card";

/** The languages templates are written in. */
export type Lang = "en" | "de";

/** One text in both languages. */
export class Text {
  constructor(readonly en: string, readonly de: string) {}
}

/** A text in English and German: `tr("Sign up", "Registrierung")`. */
export function tr(en: string, de: string): Text {
  return new Text(en, de);
}

/** `T` where any string may also be given as a {@link Text} in both languages. */
export type Loc<T> = T extends string
  ? string | Text
  : T extends readonly (infer U)[]
    ? Loc<U>[]
    : T extends object
      ? { [K in keyof T]: Loc<T[K]> }
      : T;

/**
 * `value` with every {@link Text} replaced by its `lang` version. Returns fresh arrays and objects,
 * so two calls never share data. Template data is small and trusted, so recursion is fine here.
 */
export function localize<T>(value: Loc<T>, lang: Lang): T {
  return pick(value, lang) as T;
}

function pick(value: unknown, lang: Lang): unknown {
  if (value instanceof Text) return value[lang];
  if (Array.isArray(value)) return value.map((v) => pick(v, lang));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = pick(v, lang);
    return out;
  }
  return value;
}

/** A card of a template: id, kind, cell and title first, the optional fields after. */
export function card(
  id: string,
  kind: CardKind,
  stageId: string,
  laneId: string,
  title: Text,
  extra: Omit<Loc<Card>, "id" | "kind" | "stageId" | "laneId" | "title"> = {},
): Loc<Card> {
  return { id, kind, stageId, laneId, title, ...extra };
}
