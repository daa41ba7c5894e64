/**
 * Checking the values commands carry. The page validates with the same schemas before it
 * dispatches; this is the last line, so nothing invalid is ever written by Baton itself.
 */
import { z } from "zod/mini";
import type { FieldSpec } from "../doc/fieldReader";
import { cloneJson } from "../doc/writeEntity";

/** The first problem of `result` as `path: message`. */
function describe(error: z.core.$ZodError, prefix: string): string {
  const first = error.issues[0];
  const path = first ? first.path.join(".") : "";
  const where = [prefix, path].filter((p) => p !== "").join(".");
  return `${where === "" ? "value" : where}: ${first ? first.message : "invalid"}`;
}

/** `value` parsed by `schema` (a fresh copy), or why it does not validate. */
export function checkValue<T>(schema: z.core.$ZodType<T>, value: unknown, what: string): { value: T } | string {
  const result = z.safeParse(schema, value);
  return result.success ? { value: result.data } : describe(result.error, what);
}

/** A checked patch: fields to set, optional fields to remove. */
export interface CheckedPatch {
  readonly set: readonly (readonly [string, unknown])[];
  readonly remove: readonly string[];
}

/**
 * Checks a patch (`Patch<T>` in command.ts) against the entity's field specs: only `allowed`
 * keys, `null` only for optional fields, every value valid for its field.
 */
export function checkPatch(fields: readonly FieldSpec[], patch: unknown, allowed: readonly string[]): CheckedPatch | string {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return "patch: must be an object";
  const set: [string, unknown][] = [];
  const remove: string[] = [];
  for (const key of Object.keys(patch)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const spec = fields.find((f) => f.key === key);
    if (!spec || !allowed.includes(key)) return `patch: "${key}" cannot be changed this way`;
    if (value === null) {
      if (!spec.optional) return `patch: ${key} is required and cannot be removed`;
      remove.push(key);
      continue;
    }
    const checked = checkValue(spec.schema, value, key);
    if (typeof checked === "string") return `patch: ${checked}`;
    set.push([key, cloneJson(checked.value)]);
  }
  return { set, remove };
}

/** The value a checked patch sets for `key`, if it sets one. */
export function patchValue(patch: CheckedPatch, key: string): unknown {
  return patch.set.find(([k]) => k === key)?.[1];
}
