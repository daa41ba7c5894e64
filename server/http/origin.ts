import type { IncomingMessage } from "node:http";

/**
 * api.md's Origin rule (A32): a request whose `Origin` header is present is allowed only when
 * that origin is the page's own (its host and port equal the request's `Host`) or is listed in
 * BATON_ALLOWED_ORIGINS. A request without `Origin` (a script, curl) is allowed.
 */
export function originAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === "null") return false;
  if (allowed.has(parsed.origin)) return true;
  const host = req.headers.host;
  return host !== undefined && parsed.host.toLowerCase() === host.toLowerCase();
}

/** `true` for an extra origin that needs CORS headers (not the page's own). */
export function isExtraOrigin(req: IncomingMessage, allowed: ReadonlySet<string>): string | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  try {
    const o = new URL(origin).origin;
    return allowed.has(o) ? o : null;
  } catch {
    return null;
  }
}
