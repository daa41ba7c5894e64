/**
 * The period a review covers, when the last review was, which journeys a review touched and the
 * record a finished review leaves in the decisions log (shared/review/RULES.md RV1, RV9, RV11).
 * Pure: today and new ids are arguments.
 */
import { addDays, isCalendarDate } from "../dso/days";

/** The days a review covers, both inclusive. */
export interface ReviewPeriod {
  readonly from: string;
  readonly to: string;
}

/** The length of the default period without a rotation (RV1). */
export const DEFAULT_PERIOD_DAYS = 14;

/** The prefix of a review record's decision id (RV11). */
export const REVIEW_RECORD_PREFIX = "review-";

/**
 * RV1: the default period on `today`: the current rotation period most journeys share (the
 * regular period containing today; ties: the earliest start, then the earliest end); with no
 * rotation, the 14 days ending today.
 */
export function defaultReviewPeriod(
  rotations: readonly { readonly periods: readonly { readonly start: string; readonly end: string; readonly cover?: true }[] }[],
  today: string,
): ReviewPeriod {
  const count = new Map<string, number>();
  for (const r of rotations) {
    const p = r.periods.find((x) => !x.cover && x.start <= today && today <= x.end);
    if (p) count.set(`${p.start}/${p.end}`, (count.get(`${p.start}/${p.end}`) ?? 0) + 1);
  }
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  if (!best) return { from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today };
  const [from, to] = best[0].split("/") as [string, string];
  return { from, to };
}

/** RV1: why `from`..`to` is not a period (`null` when it is): real days, from not after to. */
export function periodProblem(from: string, to: string): "from" | "to" | "order" | null {
  if (!isCalendarDate(from)) return "from";
  if (!isCalendarDate(to)) return "to";
  return from > to ? "order" : null;
}

/**
 * RV9: the day of the last review before `today`: the latest `on` of the decisions log before
 * today (each finished review leaves a record there, RV11), or `null`.
 */
export function lastReviewDay(decisions: readonly { readonly on: string }[], today: string): string | null {
  let last: string | null = null;
  for (const d of decisions) if (d.on < today && (last === null || d.on > last)) last = d.on;
  return last;
}

/** Whether a decision is the record of a finished review (RV11). */
export function isReviewRecord(decision: { readonly id: string }): boolean {
  return decision.id.startsWith(REVIEW_RECORD_PREFIX);
}

/**
 * RV11: the journeys a review held on `today` touched: the maps of the cards named by the
 * decisions dated today (review records left out), in order of first mention.
 */
export function touchedJourneys(decisions: readonly { readonly id: string; readonly on: string; readonly cards?: readonly { readonly mapId: string }[] }[], today: string): string[] {
  const out: string[] = [];
  for (const d of decisions) {
    if (d.on !== today || isReviewRecord(d)) continue;
    for (const c of d.cards ?? []) if (!out.includes(c.mapId)) out.push(c.mapId);
  }
  return out;
}

/** The label of the named version a review saves (RV11): `Review YYYY-MM-DD`. */
export function reviewVersionLabel(today: string): string {
  return `Review ${today}`;
}

/** RV11: the id of a review record: the prefix, the day and a fresh suffix (so a day may hold two). */
export function reviewRecordId(today: string, suffix: string): string {
  return `${REVIEW_RECORD_PREFIX}${today}-${suffix}`.slice(0, 64);
}
