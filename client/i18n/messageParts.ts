/**
 * Which messages a map's first screen shows (KB23). The page bundles the English messages of
 * the first screen; the rest (the home and workspace pages, the side panel's views, History,
 * the table view, the KPI and review views, the share dialog, the comment thread) is one more chunk per language, fetched with the
 * first lazy chunk that shows it (`withLaterMessages`). Keys are split by prefix: a key under
 * one of `LATER_PREFIXES` comes later unless `FIRST_SCREEN` names it (or a prefix of it).
 * `test/unit/i18nMessageParts.test.ts` reads the page's statically imported modules and fails
 * on a key they use that would come later. Pure data and functions: the build's plugin
 * (`tools/messagesByLanguage.ts`) and the page both read it.
 */

/** Prefixes of keys the first screen of a map does not show. */
export const LATER_PREFIXES: readonly string[] = [
  "home.",
  "workspace.",
  "review.",
  "metrics.",
  "history.",
  "table.",
  "kpi.",
  "dso.teams.",
  "dso.people.",
  "dso.ownership.",
  "dso.rotation.",
  "dso.iam.",
  "dso.review.",
  "dso.log.",
  "dso.okr.",
  "dso.backlog.",
  "dso.overview.",
  "map.share.",
  "workshop.comments.",
];

/** Keys (or, ending in ".", prefixes) under a later prefix that the first screen shows after all. */
export const FIRST_SCREEN: readonly string[] = [
  "workspace.crumb",
  "workspace.decisions.by",
  "history.view",
  "history.preview.",
  "history.mark.",
  "table.switch",
  "table.view.",
  "kpi.tip.",
  "kpi.view",
  "workshop.comments.open",
  "workshop.comments.title",
];

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

/** True when `key` (a plural form counts as its base key) comes with the later messages. */
export function isLaterKey(key: string): boolean {
  const base = key.replace(PLURAL_FORM, "");
  if (!LATER_PREFIXES.some((p) => base.startsWith(p))) return false;
  return !FIRST_SCREEN.some((k) => (k.endsWith(".") ? base.startsWith(k) : base === k));
}

/** One language's messages split into the first screen's and the later ones. */
export function splitMessages(messages: Readonly<Record<string, string>>): { first: Record<string, string>; later: Record<string, string> } {
  const first: Record<string, string> = {};
  const later: Record<string, string> = {};
  for (const [key, text] of Object.entries(messages)) (isLaterKey(key) ? later : first)[key] = text;
  return { first, later };
}
