import type { z } from "zod/mini";
import { FORBIDDEN_KEYS } from "../schema/common";
import type { JourneyIssue } from "./issue";
import { appendStep, formatPath, type PathStep } from "./jsonPath";

const MAX_MESSAGE = 200;

/**
 * Turns zod's issues into short sentences with JSON paths. `raw` is the validated input, read
 * (own properties only) to tell a missing key from a wrong type. Unknown keys become one issue
 * each; forbidden keys are left out here because the walk already reports them.
 */
export function fromZodIssues(zodIssues: readonly z.core.$ZodIssue[], raw: unknown): JourneyIssue[] {
  const out: JourneyIssue[] = [];
  for (const issue of zodIssues) {
    const steps = issue.path.filter((s): s is PathStep => typeof s === "string" || typeof s === "number");
    const path = formatPath(steps);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        if (!FORBIDDEN_KEYS.has(key)) out.push({ path: appendStep(path, key), message: "is not a known key" });
      }
      continue;
    }
    out.push({ path, message: sentence(issue, valueAt(raw, steps)) });
  }
  return out;
}

function sentence(issue: z.core.$ZodIssue, value: { found: boolean; value: unknown }): string {
  if (!value.found || value.value === undefined) {
    if (issue.code === "invalid_type" || issue.code === "invalid_value") return "is required";
  }
  switch (issue.code) {
    case "invalid_type":
      if (typeof value.value === "number" && !Number.isFinite(value.value)) return "must be a finite number";
      return `must be ${typeName(issue.expected)}`;
    case "too_small":
      return bound("at least", issue.origin, issue.minimum);
    case "too_big":
      return bound("at most", issue.origin, issue.maximum);
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return issue.message.length > MAX_MESSAGE ? `${issue.message.slice(0, MAX_MESSAGE)}…` : issue.message;
  }
}

function bound(word: string, origin: string, n: number | bigint): string {
  if (origin === "string") {
    return Number(n) === 1 && word === "at least" ? "must not be empty" : `must be ${word} ${n} characters long`;
  }
  if (origin === "array" || origin === "set") return `must have ${word} ${n} item${Number(n) === 1 ? "" : "s"}`;
  return `must be ${word} ${n}`;
}

function typeName(expected: string): string {
  switch (expected) {
    case "int": return "a whole number";
    case "number": return "a number";
    case "string": return "a string";
    case "boolean": return "true or false";
    case "array": return "a list";
    case "object": return "an object";
    default: return expected;
  }
}

/** The value at `steps`, following own properties only. */
function valueAt(raw: unknown, steps: readonly PathStep[]): { found: boolean; value: unknown } {
  let cur: unknown = raw;
  for (const step of steps) {
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, step)) {
      return { found: false, value: undefined };
    }
    cur = (cur as Record<PathStep, unknown>)[step];
  }
  return { found: true, value: cur };
}
