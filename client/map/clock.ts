/**
 * The page's idea of today and now. Tests pin them with `?today=YYYY-MM-DD` and `?now=<ISO time>`
 * in the page's query; otherwise today is the UTC date and now is the real clock.
 */
import { isCalendarDate } from "../../shared/schema/calendarDate";

/** `YYYY-MM-DD` of a time in UTC. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export interface PageClock {
  readonly today: string;
  now(): number;
}

/** Reads the clock overrides from a query string such as `?today=2026-11-21`. Invalid values are ignored. */
export function pageClock(search: string): PageClock {
  const params = new URLSearchParams(search);
  const nowParam = params.get("now");
  const pinned = nowParam === null ? NaN : Date.parse(nowParam);
  const now = Number.isFinite(pinned) ? () => pinned : () => Date.now();
  const todayParam = params.get("today");
  const today = todayParam !== null && isCalendarDate(todayParam) ? todayParam : utcDay(now());
  return { today, now };
}
