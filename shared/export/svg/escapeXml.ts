/**
 * XML escaping for the SVG exporter. Every string that comes from a journey goes through one of
 * these two functions before it is written, so markup in a title stays text.
 */

/**
 * Characters XML 1.0 forbids anywhere in a document (C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and lone surrogates). With the `u` flag a lone surrogate is one code point
 * outside the allowed ranges, so it is matched and removed too.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const ATTR_ENTITIES: Readonly<Record<string, string>> = {
  ...TEXT_ENTITIES,
  // Attribute value normalisation would turn these into spaces; keep them as they were.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * A quick test for strings that need no work at all (most labels and numbers): no specials, no
 * controls, no surrogates, no U+FFFE/U+FFFF. Anything it finds goes the careful way.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MAYBE_WORK = /[&<>"'\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Removes the characters that XML 1.0 does not allow in a document. */
export function stripXmlForbidden(s: string): string {
  return s.replace(FORBIDDEN, "");
}

/** Escapes `s` for element content: `& < > " '` become entities, forbidden characters vanish. */
export function escapeText(s: string): string {
  if (!MAYBE_WORK.test(s)) return s;
  return stripXmlForbidden(s).replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/** Escapes `s` for a double-quoted attribute value; tab, LF and CR survive as character references. */
export function escapeAttr(s: string): string {
  if (!MAYBE_WORK.test(s)) return s;
  return stripXmlForbidden(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ENTITIES[c] ?? c);
}
