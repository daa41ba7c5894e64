/**
 * Content negotiation for the build's precompressed copies (S62): which of the encodings a file
 * has on disk the request's `Accept-Encoding` takes, Brotli before gzip.
 */

/** The encodings the build writes, best first, with the file suffix of each. */
export const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

export type EncodingName = (typeof ENCODINGS)[number]["name"];

/**
 * The encodings `header` accepts, as RFC 9110 reads it: a name (or `*`) with an optional
 * `;q=` weight; `q=0` refuses. A name listed outright wins over `*`. No header accepts none.
 */
export function acceptedEncodings(header: string | undefined): Set<EncodingName> {
  const accepted = new Set<EncodingName>();
  if (!header) return accepted;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [rawName = "", ...params] = part.split(";");
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const [key = "", value = ""] = p.split("=");
      if (key.trim().toLowerCase() !== "q") continue;
      // A weight that is not a number is no acceptance.
      q = /^\s*[0-9]+(?:\.[0-9]*)?\s*$/.test(value) ? Number(value) : 0;
    }
    weights.set(name, q);
  }
  for (const { name } of ENCODINGS) {
    const q = weights.get(name) ?? weights.get("*") ?? 0;
    if (q > 0) accepted.add(name);
  }
  return accepted;
}
