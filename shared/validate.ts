/**
 * The one entry point that decides whether a value is a valid `baton.journey` v1 file
 * (journey-format.md; rule ids in shared/SPEC.md). File import, the HTTP API and the page all use it.
 *
 * It never throws and never writes to its input or to `Object.prototype`: hostile input
 * (forbidden keys at any depth, `1e999`, 10^5-deep nesting, huge strings or arrays, cycles)
 * comes back as issues. Every problem is listed with its JSON path, except that a value over
 * the 5 MiB limit is not inspected further (see SPEC.md, "Clarifications and deviations").
 */
import { JourneyShapeSchema, type Journey } from "./schema/journey";
import { LIMITS } from "./schema/common";
import type { JourneyIssue } from "./validation/issue";
import { checkReferences } from "./validation/references";
import { capArrays } from "./validation/cappedSchema";
import { utf8Bytes, walkJson } from "./validation/walk";
import { fromZodIssues } from "./validation/zodIssues";

export { formatIssue, type JourneyIssue } from "./validation/issue";

/** The outcome of validating a journey: the clean value, or every problem found. */
export type JourneyResult = { ok: true; journey: Journey } | { ok: false; issues: JourneyIssue[] };

const MIB = 1024 * 1024;

/** Most issues one result lists; the rest are summed up in one closing issue. */
export const MAX_ISSUES = 1000;

/** The journey shape with every list checked item by item and capped (see cappedSchema.ts). */
const CHECKED_SHAPE = capArrays(JourneyShapeSchema);

/**
 * Checks `input` against every rule of the format: shape (strict keys, types, limits, enums),
 * forbidden keys, size limits, unique ids, references, link ends, override order, custom
 * metric labels and replies on the same card. On success `journey` is a fresh copy of the
 * input without extra keys; optional fields that were absent stay absent.
 */
export function validateJourney(input: unknown): JourneyResult {
  try {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return { ok: false, issues: [{ path: "", message: "must be an object" }] };
    }
    const walk = walkJson(input);
    if (walk.tooLarge) {
      return {
        ok: false,
        issues: [...walk.issues, { path: "", message: `is larger than ${LIMITS.jsonBytes / MIB} MiB of JSON` }],
      };
    }
    const shape = CHECKED_SHAPE.safeParse(input);
    const issues: JourneyIssue[] = [];
    append(issues, walk.issues);
    if (!shape.success) append(issues, fromZodIssues(shape.error.issues, input));
    append(issues, checkReferences(input));
    if (issues.length === 0 && shape.success) return { ok: true, journey: shape.data };
    if (issues.length === 0) issues.push({ path: "", message: "is not a journey file" });
    if (issues.length > MAX_ISSUES) {
      issues.length = MAX_ISSUES;
      issues.push({ path: "", message: `more problems not listed (only the first ${MAX_ISSUES} are shown)` });
    }
    return { ok: false, issues };
  } catch (error) {
    // Only reachable with input built by code (a throwing getter, a Proxy): JSON never gets here.
    const name = error instanceof Error ? error.name : "unknown error";
    return { ok: false, issues: [{ path: "", message: `could not be read (${name})` }] };
  }
}

/** Appends without spreading into arguments (a spread of a huge list overflows the stack). */
function append(to: JourneyIssue[], from: readonly JourneyIssue[]): void {
  for (const issue of from) to.push(issue);
}

/**
 * Parses the text of a journey file and validates it. Text over 5 MiB of UTF-8 is refused
 * before parsing; a JSON syntax error is one issue with the path `""`.
 */
export function parseJourneyText(text: string): JourneyResult {
  if (typeof text !== "string") return { ok: false, issues: [{ path: "", message: "must be text" }] };
  if (text.length > LIMITS.jsonBytes || utf8Bytes(text) > LIMITS.jsonBytes) {
    return { ok: false, issues: [{ path: "", message: `is larger than ${LIMITS.jsonBytes / MIB} MiB` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    const short = detail.length > 120 ? `${detail.slice(0, 120)}…` : detail;
    return { ok: false, issues: [{ path: "", message: `is not valid JSON${short ? `: ${short}` : ""}` }] };
  }
  return validateJourney(value);
}
