import type { Language } from "../i18n/catalogue";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, withYear: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withYear}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
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

/** A time (ISO with zone) as a short local date and time, for the review log. */
export function formatTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
}
