/**
 * Nesting depth of JSON text and of decoded values, measured without recursion, so a value
 * nested 100,000 deep costs a loop, never a stack overflow (issue 10, points 2 and 3).
 */

/**
 * `true` when the JSON text nests arrays or objects deeper than `max`. Scans the text once,
 * skipping strings (and their escapes); does not check that the text is valid JSON.
 */
export function jsonTextTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * `true` when `value` nests arrays or plain objects deeper than `max` (a scalar has depth 0,
 * `[1]` depth 1). Iterative; also stops after `maxNodes` visited values, counting that as too
 * deep, so a value shared many times over cannot make the walk explode.
 */
export function valueTooDeep(value: unknown, max: number, maxNodes = 1_000_000): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (++visited > maxNodes) return true;
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) continue;
    if (depth + 1 > max) return true;
    const children: unknown[] = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}
