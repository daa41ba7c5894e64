import { z } from "zod/mini";
import { en } from "zod/locales";
import { isCalendarDate } from "./calendarDate";

// The shared schemas are zod/mini (its functions tree-shake: the page ships about 7 KiB of zod
// instead of 26). zod/mini carries no messages of its own: English, as the classic API has, so a
// refused value reads the same on the page, in the server and in the tests.
z.config(en());

/** Ids of every entity: `^[A-Za-z0-9_-]{1,64}$` (journey-format.md, "Rules that hold everywhere"). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const IdSchema = z.string().check(z.regex(ID_PATTERN, { message: "must match [A-Za-z0-9_-]{1,64}" }));
export type Id = z.infer<typeof IdSchema>;

/** The length bounds of each schema made by {@link text}, for fast readers that skip zod. */
const TEXT_BOUNDS = new WeakMap<z.core.$ZodType, { min: number; max: number }>();

/**
 * A string of `min..max` UTF-16 code units, kept exactly (never trimmed). The format counts
 * UTF-16 units like JavaScript's `length`; zod's own `.min`/`.max` count code points since 4.x,
 * so the bounds are checked here, reporting zod's usual `too_small`/`too_big` issues.
 */
export function text(min: number, max: number): z.ZodMiniString<string> {
  const schema = z.string().check((ctx) => {
    const n = ctx.value.length;
    if (n < min) ctx.issues.push({ code: "too_small", origin: "string", minimum: min, inclusive: true, input: ctx.value });
    else if (n > max) ctx.issues.push({ code: "too_big", origin: "string", maximum: max, inclusive: true, input: ctx.value });
  });
  TEXT_BOUNDS.set(schema, { min, max });
  return schema;
}

/** The UTF-16 length bounds of a schema made by {@link text}, or undefined for any other schema. */
export function textBounds(schema: z.core.$ZodType): { min: number; max: number } | undefined {
  return TEXT_BOUNDS.get(schema);
}

/** Whole numbers in a closed range. */
export const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export { isCalendarDate } from "./calendarDate";

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.string().check(z.refine(isCalendarDate, { message: "must be a date YYYY-MM-DD" }));
export type IsoDate = z.infer<typeof DateSchema>;

/** An ISO 8601 time with a zone, e.g. `2026-11-21T09:30:00Z` or `...+01:00`. */
export const TimeSchema = z.iso.datetime({ offset: true, message: "must be an ISO 8601 time with a zone" });
export type IsoTime = z.infer<typeof TimeSchema>;

/** Keys that are refused anywhere in a file, whatever the level. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Hard size limits of one journey file. */
export const LIMITS = {
  stages: 200,
  lanes: 50,
  cards: 20_000,
  links: 50_000,
  jsonBytes: 5 * 1024 * 1024,
} as const;
