import { FORBIDDEN_KEYS, LIMITS } from "../schema/common";
import type { JourneyIssue } from "./issue";
import { formatPath, type PathStep } from "./jsonPath";

/**
 * Deepest nesting a walk looks into. A valid journey is at most 6 levels deep
 * (`okrs[i].keyResults[j].cardIds[k]`), so anything deeper is refused without being followed;
 * this also stops cyclic objects handed in by code rather than by `JSON.parse`.
 */
export const MAX_DEPTH = 64;

/** What one pass over a raw value found. */
export interface WalkResult {
  /** Forbidden keys, too-deep nesting and the size limit. */
  issues: JourneyIssue[];
  /** UTF-8 bytes of `JSON.stringify(value)`, or a number above the limit once it is exceeded. */
  jsonBytes: number;
  /** True when the value is larger than the file limit; the walk stopped there. */
  tooLarge: boolean;
}

/** A value still to visit; its path is rebuilt from the parents only when an issue needs it. */
interface Frame { value: unknown; parent: Frame | null; step: PathStep | null; depth: number }

function pathOf(frame: Frame): string {
  const steps: PathStep[] = [];
  for (let f: Frame | null = frame; f !== null && f.step !== null; f = f.parent) steps.push(f.step);
  return formatPath(steps.reverse());
}

/**
 * Walks a raw value iteratively (never recursing on its depth) and
 * - reports every `__proto__`, `constructor` and `prototype` key with its path,
 * - reports nesting deeper than {@link MAX_DEPTH} once and does not follow it,
 * - measures the UTF-8 size of `JSON.stringify(value)` without building that string,
 *   stopping as soon as it exceeds `limit` (`LIMITS.jsonBytes` by default).
 * It reads own enumerable properties only and never writes to the value.
 */
export function walkJson(root: unknown, limit: number = LIMITS.jsonBytes): WalkResult {
  const issues: JourneyIssue[] = [];
  let bytes = 0;
  let deepReported = false;
  const stack: Frame[] = [{ value: root, parent: null, step: null, depth: 0 }];
  while (stack.length > 0) {
    if (bytes > limit) {
      return { issues, jsonBytes: bytes, tooLarge: true };
    }
    const frame = stack.pop() as Frame;
    const { value, depth } = frame;
    if (typeof value === "string") { bytes += jsonStringBytes(value); continue; }
    if (typeof value === "number") { bytes += Number.isFinite(value) ? String(value).length : 4; continue; }
    if (typeof value === "boolean") { bytes += value ? 4 : 5; continue; }
    if (value === null || typeof value !== "object") { bytes += 4; continue; }
    if (depth >= MAX_DEPTH) {
      if (!deepReported) issues.push({ path: pathOf(frame), message: `nested deeper than ${MAX_DEPTH} levels` });
      deepReported = true;
      continue;
    }
    if (Array.isArray(value)) {
      bytes += 2 + Math.max(0, value.length - 1);
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i] as unknown, parent: frame, step: i, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    bytes += 2;
    let members = 0;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
      const childFrame: Frame = { value: child, parent: frame, step: key, depth: depth + 1 };
      if (FORBIDDEN_KEYS.has(key)) issues.push({ path: pathOf(childFrame), message: `the key "${key}" is not allowed` });
      bytes += jsonStringBytes(key) + 1;
      members++;
      stack.push(childFrame);
    }
    bytes += Math.max(0, members - 1);
  }
  return { issues, jsonBytes: bytes, tooLarge: bytes > limit };
}

/** UTF-8 bytes of `JSON.stringify(s)`, quotes and escapes included. */
export function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a string as it would be stored (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}
