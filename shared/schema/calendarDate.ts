/**
 * The calendar-day check of the journey format, apart from the schemas so that code which only
 * reads a day (the page's clock in its first chunk) does not load zod.
 */

/** `true` when `s` is a real calendar day written as `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Own leap-year rule: Date.UTC reads years 0..99 as 1900..1999.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}
