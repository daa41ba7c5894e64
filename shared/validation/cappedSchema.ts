import { z } from "zod/mini";

type Schema = z.core.$ZodType;

/**
 * Most problems one list reports before it stops looking. zod builds every issue eagerly
 * (a few microseconds each), so a 5 MiB file of `[0,0,0,...]` would otherwise cost seconds and
 * millions of issues; with the cap the cost of a hostile list is bounded.
 */
export const MAX_ISSUES_PER_LIST = 1000;

interface CheckDef { check?: string; minimum?: number; maximum?: number }

/**
 * A copy of `schema` in which every array (at any depth) is a {@link cappedList} with the same
 * element schema and length limits. Objects without arrays inside are returned as they are,
 * so refinements (custom metric label, override order) stay intact. Output types are unchanged.
 */
export function capArrays<T extends Schema>(schema: T): T {
  return rewrite(schema) as T;
}

function rewrite(schema: Schema): Schema {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  if (def.type === "optional") {
    const inner = rewrite(def.innerType);
    return inner === def.innerType ? schema : z.optional(inner);
  }
  if (def.type === "array") {
    const checks = ((def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? []).map((c) => c._zod.def);
    const min = checks.find((c) => c.check === "min_length")?.minimum;
    const max = checks.find((c) => c.check === "max_length")?.maximum;
    return cappedList(rewrite(def.element), min, max);
  }
  if (def.type === "object") {
    const changed: Record<string, Schema> = {};
    let any = false;
    for (const [key, field] of Object.entries(def.shape)) {
      const next = rewrite(field);
      if (next !== field) { changed[key] = next; any = true; }
    }
    return any ? z.extend(schema as z.ZodMiniObject, changed) : schema;
  }
  return schema;
}

/**
 * An array whose elements are parsed one by one with `element`, stopping after
 * {@link MAX_ISSUES_PER_LIST} problems with one closing issue. Length limits are checked before
 * any element is looked at, so an over-long list costs nothing.
 */
export function cappedList(element: Schema, min?: number, max?: number): Schema {
  const bounds: z.core.$ZodCheck<unknown[]>[] = [];
  if (min !== undefined) bounds.push(z.minLength(min));
  if (max !== undefined) bounds.push(z.maxLength(max));
  const outer = bounds.length > 0 ? z.array(z.unknown()).check(...bounds) : z.array(z.unknown());
  return z.pipe(outer, z.transform((list: unknown[], ctx) => {
    const out: unknown[] = new Array<unknown>(list.length);
    let problems = 0;
    for (let i = 0; i < list.length; i++) {
      const result = z.safeParse(element, list[i]);
      if (result.success) {
        out[i] = result.data;
        continue;
      }
      for (const issue of result.error.issues) {
        ctx.issues.push({ ...issue, path: [i, ...issue.path], input: undefined } as z.core.$ZodRawIssue);
      }
      problems += result.error.issues.length;
      if (problems >= MAX_ISSUES_PER_LIST && i < list.length - 1) {
        ctx.issues.push({ code: "custom", input: undefined, message: `stopped checking this list after ${problems} problems` });
        break;
      }
    }
    return out;
  }));
}
