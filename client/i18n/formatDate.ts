/**
 * Dates and times as people read them, one style per language: English as in the UK
 * ("Mon 23 Nov", "23 Nov 2026, 14:05"), German as in Germany ("Mo., 23. Nov.", "23.11.2026, 14:05").
 * Every date the page shows goes through here.
 */
import { LOCALES, type Language } from "./languages";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, withYear: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withYear}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      day: "numeric",
      month: "short",
      ...(withYear ? { year: "numeric" } : {}),
      weekday: withYear ? undefined : "short",
      timeZone: "UTC",
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * A day (`YYYY-MM-DD`, a calendar day with no zone) as people read it: "Mon 23 Nov" or, with
 * the year, "23 Nov 2026". Formatted in UTC so the day never shifts with the browser's zone.
 */
export function formatDay(day: string, lang: Language, withYear = false): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return format(lang, withYear).format(date);
}

const times = new Map<Language, Intl.DateTimeFormat>();

/** A moment (ISO with zone, or epoch ms) as a short local date and time: the review log, comments, recent maps. */
export function formatTime(at: string | number, lang: Language): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  let f = times.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "medium", timeStyle: "short" });
    times.set(lang, f);
  }
  return f.format(date);
}
