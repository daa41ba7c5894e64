/**
 * What changed between two states of a map, by title (History, H6): cards, links, stages and
 * lanes added, changed and removed, and which other parts changed. Versions and activity
 * entries carry it; the History panel shows it.
 */
import type { Journey } from "../schema/journey";

/** One entity named in a summary: its id and the title a person knows it by. */
export interface NamedEntity {
  readonly id: string;
  readonly title: string;
}

/** Entities of one kind added, changed and removed; each list is cut at `SUMMARY_LIST_LIMIT`, `more` counts the rest. */
export interface EntityChanges {
  readonly added: readonly NamedEntity[];
  readonly changed: readonly NamedEntity[];
  readonly removed: readonly NamedEntity[];
  /** How many further entities changed beyond the cut lists (0 usually). */
  readonly more: number;
}

/** The parts of a journey a summary names one by one. */
export const SUMMARY_KINDS = ["cards", "links", "stages", "lanes"] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/** The parts of a journey a summary only flags as changed. */
export const SUMMARY_OTHER = ["title", "description", "persona", "teams", "people", "okrs", "reviews", "comments", "rotation"] as const;
/** The parts of a workspace document a workspace version's summary flags (`summarizeWorkspaceChange`). */
export const WORKSPACE_SUMMARY_OTHER = ["title", "teams", "people", "okrs", "metrics", "decisions"] as const;
export type SummaryOther = (typeof SUMMARY_OTHER)[number] | (typeof WORKSPACE_SUMMARY_OTHER)[number];

/** What changed from one state to the next. `before: null` (no earlier state) lists everything as added. */
export interface ChangeSummary {
  readonly cards: EntityChanges;
  readonly links: EntityChanges;
  readonly stages: EntityChanges;
  readonly lanes: EntityChanges;
  /** Other parts that differ, in `SUMMARY_OTHER` (maps) or `WORKSPACE_SUMMARY_OTHER` (workspaces) order. */
  readonly other: readonly SummaryOther[];
}

/** At most this many entities are named per list; the rest are counted. */
export const SUMMARY_LIST_LIMIT = 50;

const EMPTY: EntityChanges = { added: [], changed: [], removed: [], more: 0 };

/** A summary of no change. */
export const NO_CHANGE: ChangeSummary = { cards: EMPTY, links: EMPTY, stages: EMPTY, lanes: EMPTY, other: [] };

/** Whether a summary names no change at all. */
export function isNoChange(s: ChangeSummary): boolean {
  return SUMMARY_KINDS.every((k) => s[k].added.length + s[k].changed.length + s[k].removed.length + s[k].more === 0) && s.other.length === 0;
}

/** A stable JSON text of a value (object keys sorted), for comparing parts. */
export function canonical(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
    .join(",")}}`;
}

function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[], title: (item: T) => string): EntityChanges {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const added: NamedEntity[] = [];
  const changed: NamedEntity[] = [];
  const removed: NamedEntity[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) added.push({ id: item.id, title: title(item) });
    else if (canonical(was) !== canonical(item)) changed.push({ id: item.id, title: title(item) });
  }
  for (const item of before) if (!now.has(item.id)) removed.push({ id: item.id, title: title(item) });
  const cut = (list: NamedEntity[]): NamedEntity[] => list.slice(0, SUMMARY_LIST_LIMIT);
  const more = [added, changed, removed].reduce((n, l) => n + Math.max(0, l.length - SUMMARY_LIST_LIMIT), 0);
  return { added: cut(added), changed: cut(changed), removed: cut(removed), more };
}

/**
 * The summary of the change from `before` to `after`. Cards are named by title, stages and
 * lanes by name, links as "from title → to title" (the titles of either state).
 */
export function summarizeChange(before: Journey | null, after: Journey): ChangeSummary {
  const b: Journey = before ?? { ...after, title: "", stages: [], lanes: [], cards: [], links: [] };
  const cardTitle = new Map<string, string>();
  for (const c of [...b.cards, ...after.cards]) cardTitle.set(c.id, c.title);
  const other = SUMMARY_OTHER.filter((part) => {
    if (before === null) return part === "title" || (after[part] !== undefined && canonical(after[part]) !== canonical([]));
    return canonical(b[part]) !== canonical(after[part]);
  });
  return {
    cards: diffList(b.cards, after.cards, (c) => c.title),
    links: diffList(b.links ?? [], after.links ?? [], (l) => `${cardTitle.get(l.from) ?? l.from} → ${cardTitle.get(l.to) ?? l.to}`),
    stages: diffList(b.stages, after.stages, (s) => s.name),
    lanes: diffList(b.lanes, after.lanes, (l) => l.name),
    other,
  };
}
