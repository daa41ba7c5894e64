/**
 * Number formatting for the SVG exporter. Coordinates and shown values are rounded to two
 * decimals and written without trailing zeros, so the same map always gives the same bytes.
 */

/** `n` rounded to 2 decimals, as the shortest decimal string (`12`, `3.5`, `-0.25`; never `-0`). */
export function fmt(n: number): string {
  if (Number.isInteger(n)) return n === 0 ? "0" : String(n);
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) || r === 0 ? "0" : String(r);
}
