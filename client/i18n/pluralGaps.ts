import { PLURAL_SUFFIXES } from "./catalogue";
import { LOCALES, type Language } from "./languages";

/**
 * What is wrong with the plural messages of one language's messages: a plural (a key with a
 * `_one`/`_other`/... suffix) that lacks a form the language's `Intl.PluralRules` uses, has a
 * form the language does not use, or sits next to a plain message of the same base key.
 * Empty when all is well; the catalogue test holds every area to it.
 */
export function pluralGaps(messages: Readonly<Record<string, string>>, lang: Language): string[] {
  const needed = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
  const forms = new Map<string, Set<string>>();
  for (const key of Object.keys(messages)) {
    const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(`_${s}`));
    if (!suffix) continue;
    const base = key.slice(0, -suffix.length - 1);
    forms.set(base, (forms.get(base) ?? new Set()).add(suffix));
  }
  const gaps: string[] = [];
  for (const [base, have] of forms) {
    if (base in messages) gaps.push(`${base}: both a plain message and plural forms`);
    for (const category of needed) if (!have.has(category)) gaps.push(`${base}: missing ${base}_${category}`);
    for (const form of have) if (!needed.some((c) => c === form)) gaps.push(`${base}: ${lang} has no plural form ${form}`);
  }
  return gaps;
}
