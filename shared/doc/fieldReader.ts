/**
 * Fast checks of single field values, compiled once from the zod schemas of shared/schema.
 *
 * The reader checks every field of every entity of a 20,000-card map on each full read; a zod
 * `safeParse` per entity costs several microseconds, a plain `typeof` and a length compare a
 * few nanoseconds. The limits are not copied: they are read out of the schemas here, so
 * shared/schema stays the one source of truth. Whatever this compiler does not recognise
 * (dates, times, metrics, overrides) falls back to the field schema's own `safeParse`.
 */
import { z } from "zod";
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
}

function checkDefs(schema: z.ZodType): CheckDef[] {
  const checks = (schema.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

function fallback(schema: z.ZodType): FieldReader {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : INVALID;
  };
}

function stringReader(schema: z.ZodString): FieldReader {
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

function numberReader(schema: z.ZodNumber): FieldReader {
  for (const c of checkDefs(schema)) {
    const bound = c.check === "greater_than" || c.check === "less_than";
    if (!(bound && c.inclusive === true) && c.check !== "number_format") return fallback(schema);
  }
  const min = schema.minValue ?? -Infinity;
  const max = schema.maxValue ?? Infinity;
  const int = schema.isInt === true;
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
export function arrayBounds(schema: z.ZodType): { min: number; max: number } | undefined {
  if (!(schema instanceof z.ZodArray)) return undefined;
  let min = 0;
  let max = Infinity;
  for (const c of checkDefs(schema)) {
    if (c.check === "min_length" && typeof c.minimum === "number") min = Math.max(min, c.minimum);
    else if (c.check === "max_length" && typeof c.maximum === "number") max = Math.min(max, c.maximum);
    else return undefined;
  }
  return { min, max };
}

function arrayReader(schema: z.ZodArray<z.ZodType>): FieldReader {
  const bounds = arrayBounds(schema);
  if (!bounds) return fallback(schema);
  const { min, max } = bounds;
  const element = compileFieldReader(schema.element);
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
export function compileFieldReader(schema: z.ZodType): FieldReader {
  if (schema instanceof z.ZodString) return stringReader(schema);
  if (schema instanceof z.ZodNumber) return numberReader(schema);
  if (schema instanceof z.ZodBoolean && checkDefs(schema).length === 0) {
    return (value) => (typeof value === "boolean" ? value : INVALID);
  }
  if (schema instanceof z.ZodEnum && checkDefs(schema).length === 0) {
    const options = new Set<unknown>(schema.options);
    return (value) => (options.has(value) ? value : INVALID);
  }
  if (schema instanceof z.ZodArray) return arrayReader(schema as z.ZodArray<z.ZodType>);
  return fallback(schema);
}

/** One field of an entity: its key, whether it may be absent, its schema and its reader. */
export interface FieldSpec {
  readonly key: string;
  readonly optional: boolean;
  /** The field's schema without `.optional()`, for messages and for checking commands. */
  readonly schema: z.ZodType;
  readonly read: FieldReader;
}

/** The fields of a strict object schema, in schema order, leaving out `omit`. */
export function fieldSpecs(shape: Readonly<Record<string, z.ZodType>>, omit: readonly string[] = []): FieldSpec[] {
  const specs: FieldSpec[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    if (omit.includes(key)) continue;
    const optional = raw instanceof z.ZodOptional;
    const schema = optional ? (raw as z.ZodOptional<z.ZodType>).unwrap() : raw;
    specs.push({ key, optional, schema, read: compileFieldReader(schema) });
  }
  return specs;
}

/** Why `value` does not fit `spec`: zod's first message, never a copy of the value. */
export function fieldMessage(spec: FieldSpec, value: unknown): string {
  if (value === undefined) return `${spec.key}: missing`;
  const result = spec.schema.safeParse(value);
  const first = result.success ? undefined : result.error.issues[0];
  const where = first && first.path.length > 0 ? `${spec.key}.${first.path.join(".")}` : spec.key;
  return `${where}: ${first ? first.message : "invalid"}`;
}
