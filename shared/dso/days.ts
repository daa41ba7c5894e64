/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC, without the clock: today is always an
 * argument. Days are counted with `Date.UTC`; years 0..99 are shifted by 400 years (one full
 * Gregorian cycle of 146,097 days) because `Date.UTC` reads them as 1900..1999.
 */
import { isCalendarDate } from "../schema/common";

export { isCalendarDate };

const MS_PER_DAY = 86_400_000;
const DAYS_PER_400_YEARS = 146_097;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Thrown for a day that is not a real calendar day `YYYY-MM-DD`, or a time without a zone. */
export class InvalidDateError extends Error {
  override name = "InvalidDateError";
  constructor(what: string) {
    super(`not a valid ${what}`);
  }
}

function dayNumberOf(y: number, m: number, d: number): number {
  return y < 100 ? Date.UTC(y + 400, m - 1, d) / MS_PER_DAY - DAYS_PER_400_YEARS : Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Days since 1970-01-01 of a calendar day; throws {@link InvalidDateError} for anything else. */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m || !isCalendarDate(day)) throw new InvalidDateError(`day "${day.slice(0, 20)}"`);
  return dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The calendar day `n` days after 1970-01-01 (negative before). */
export function dayFromNumber(n: number): string {
  const date = new Date(n * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** `day` plus `n` days (`n` may be negative). `addDays("2026-02-28", 1)` is `"2026-03-01"`. */
export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n);
}

/** Whole days from `from` to `to`: `daysBetween("2026-01-01", "2026-01-03")` is 2 (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Milliseconds since 1970-01-01T00:00Z of an ISO 8601 time with a zone (F10). */
export function instantOf(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new InvalidDateError(`time "${time.slice(0, 40)}"`);
  const [, y, mo, d, h, mi, s, frac, zone] = m as unknown as string[];
  const day = dayNumber(`${y}-${mo}-${d}`);
  const offsetMinutes = zone === "Z" || zone === "z"
    ? 0
    : (zone!.startsWith("-") ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(4, 6)));
  const seconds = Number(s ?? 0) + Number(frac ?? 0);
  return day * MS_PER_DAY + ((Number(h) * 60 + Number(mi) - offsetMinutes) * 60 + seconds) * 1000;
}

/** The UTC calendar day of a time: `utcDayOf("2026-11-21T00:30:00+01:00")` is `"2026-11-20"`. */
export function utcDayOf(time: string): string {
  return dayFromNumber(Math.floor(instantOf(time) / MS_PER_DAY));
}
