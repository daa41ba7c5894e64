import { z } from "zod";

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
export function capArrays<T extends z.ZodType>(schema: T): T {
  return rewrite(schema) as T;
}

function rewrite(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) {
    const inner = rewrite(schema.unwrap() as z.ZodType);
    return inner === schema.unwrap() ? schema : inner.optional();
  }
  if (schema instanceof z.ZodArray) {
    const checks = ((schema.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? []).map((c) => c._zod.def);
    const min = checks.find((c) => c.check === "min_length")?.minimum;
    const max = checks.find((c) => c.check === "max_length")?.maximum;
    return cappedList(rewrite(schema.element as z.ZodType), min, max);
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const changed: Record<string, z.ZodType> = {};
    let any = false;
    for (const [key, field] of Object.entries(shape)) {
      const next = rewrite(field);
      if (next !== field) { changed[key] = next; any = true; }
    }
    return any ? schema.extend(changed) : schema;
  }
  return schema;
}

/**
 * An array whose elements are parsed one by one with `element`, stopping after
 * {@link MAX_ISSUES_PER_LIST} problems with one closing issue. Length limits are checked before
 * any element is looked at, so an over-long list costs nothing.
 */
export function cappedList(element: z.ZodType, min?: number, max?: number): z.ZodType {
  let outer = z.array(z.unknown());
  if (min !== undefined) outer = outer.min(min);
  if (max !== undefined) outer = outer.max(max);
  return outer.transform((list, ctx) => {
    const out: unknown[] = new Array<unknown>(list.length);
    let problems = 0;
    for (let i = 0; i < list.length; i++) {
      const result = element.safeParse(list[i]);
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
  });
}
