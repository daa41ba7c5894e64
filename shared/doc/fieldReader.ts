/**
 * Fast checks of single field values, compiled once from the zod schemas of shared/schema.
 *
 * The reader checks every field of every entity of a 20,000-card map on each full read; a zod
 * `safeParse` per entity costs several microseconds, a plain `typeof` and a length compare a
 * few nanoseconds. The limits are not copied: they are read out of the schemas here, so
 * shared/schema stays the one source of truth. Whatever this compiler does not recognise
 * (dates, times, metrics, overrides) falls back to the field schema's own `safeParse`.
 */
import { z } from "zod/mini";

/** Any zod schema (the shared schemas are zod/mini; the readers look only at what zod's core keeps). */
type Schema = z.core.$ZodType;
import { textBounds } from "../schema/common";

/** Returned by a {@link FieldReader} for a value its schema refuses. */
export const INVALID: unique symbol = Symbol("invalid field value");

/**
 * Checks one raw value from the document and returns the value to put into the journey (a
 * fresh copy for arrays and objects, so the journey never aliases the document's content), or
 * {@link INVALID}.
 */
export type FieldReader = (value: unknown) => unknown;

interface CheckDef {
  check?: string;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  /** The bound of `greater_than` and `less_than`. */
  value?: number;
}

function checkDefs(schema: Schema): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

function fallback(schema: Schema): FieldReader {
  return (value) => {
    const result = z.safeParse(schema, value);
    return result.success ? result.data : INVALID;
  };
}

function stringReader(schema: Schema): FieldReader {
  // A string format (an ISO time) is a check of its own that zod keeps outside `checks`.
  if ((schema._zod.def as { format?: string }).format !== undefined) return fallback(schema);
  const bounds = textBounds(schema);
  if (bounds) {
    const { min, max } = bounds;
    return (value) => (typeof value === "string" && value.length >= min && value.length <= max ? value : INVALID);
  }
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  for (const c of checkDefs(schema)) {
    if (c.check === "min_length" && typeof c.minimum === "number") min = Math.max(min, c.minimum);
    else if (c.check === "max_length" && typeof c.maximum === "number") max = Math.min(max, c.maximum);
    else if (c.check === "string_format" && c.format === "regex" && c.pattern && !c.pattern.global && !c.pattern.sticky) {
      patterns.push(c.pattern);
    } else return fallback(schema);
  }
  return (value) => {
    if (typeof value !== "string" || value.length < min || value.length > max) return INVALID;
    for (const p of patterns) if (!p.test(value)) return INVALID;
    return value;
  };
}

function numberReader(schema: z.core.$ZodNumber): FieldReader {
  let min = -Infinity;
  let max = Infinity;
  let int = false;
  // z.int() is a number schema with a format of its own (on its definition, not in `checks`).
  const own = schema._zod.def as CheckDef;
  for (const c of [...(own.format !== undefined ? [own] : []), ...checkDefs(schema)]) {
    if ((c.check === "greater_than" || c.check === "less_than") && c.inclusive === true && typeof c.value === "number") {
      if (c.check === "greater_than") min = Math.max(min, c.value);
      else max = Math.min(max, c.value);
    } else if (c.format === "safeint") {
      int = true;
      min = Math.max(min, Number.MIN_SAFE_INTEGER);
      max = Math.min(max, Number.MAX_SAFE_INTEGER);
    } else return fallback(schema);
  }
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) return INVALID;
    if (int && !Number.isInteger(value)) return INVALID;
    return value;
  };
}

/**
 * The length bounds of an array schema, or `undefined` when it has checks other than
 * `.min`/`.max` (or is not an array).
 */
export function arrayBounds(schema: Schema): { min: number; max: number } | undefined {
  if (schema._zod.def.type !== "array") return undefined;
  let min = 0;
  let max = Infinity;
  for (const c of checkDefs(schema)) {
    if (c.check === "min_length" && typeof c.minimum === "number") min = Math.max(min, c.minimum);
    else if (c.check === "max_length" && typeof c.maximum === "number") max = Math.min(max, c.maximum);
    else return undefined;
  }
  return { min, max };
}

function arrayReader(schema: z.core.$ZodArray): FieldReader {
  const bounds = arrayBounds(schema);
  if (!bounds) return fallback(schema);
  const { min, max } = bounds;
  const element = compileFieldReader(schema._zod.def.element);
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return INVALID;
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = element(value[i]);
      if (v === INVALID) return INVALID;
      out[i] = v;
    }
    return out;
  };
}

/**
 * A reader for values of `schema` (not optional: absence is the caller's business) that agrees
 * with `schema.safeParse` on every input.
 */
export function compileFieldReader(schema: Schema): FieldReader {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "string":
      return stringReader(schema);
    case "number":
      return numberReader(schema as z.core.$ZodNumber);
    case "boolean":
      if (checkDefs(schema).length === 0) return (value) => (typeof value === "boolean" ? value : INVALID);
      break;
    case "enum":
      if (checkDefs(schema).length === 0) {
        const options = new Set<unknown>(Object.values(def.entries));
        return (value) => (options.has(value) ? value : INVALID);
      }
      break;
    case "array":
      return arrayReader(schema as z.core.$ZodArray);
  }
  return fallback(schema);
}

/** One field of an entity: its key, whether it may be absent, its schema and its reader. */
export interface FieldSpec {
  readonly key: string;
  readonly optional: boolean;
  /** The field's schema without `.optional()`, for messages and for checking commands. */
  readonly schema: Schema;
  readonly read: FieldReader;
}

/** The fields of a strict object schema, in schema order, leaving out `omit`. */
export function fieldSpecs(shape: Readonly<Record<string, Schema>>, omit: readonly string[] = []): FieldSpec[] {
  const specs: FieldSpec[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    if (omit.includes(key)) continue;
    const optional = raw._zod.def.type === "optional";
    const schema = optional ? (raw as z.core.$ZodOptional)._zod.def.innerType : raw;
    specs.push({ key, optional, schema, read: compileFieldReader(schema) });
  }
  return specs;
}

/** Why `value` does not fit `spec`: zod's first message, never a copy of the value. */
export function fieldMessage(spec: FieldSpec, value: unknown): string {
  if (value === undefined) return `${spec.key}: missing`;
  const result = z.safeParse(spec.schema, value);
  const first = result.success ? undefined : result.error.issues[0];
  const where = first && first.path.length > 0 ? `${spec.key}.${first.path.join(".")}` : spec.key;
  return `${where}: ${first ? first.message : "invalid"}`;
}
