import type { ServerResponse } from "node:http";

/** One problem in a request body, as api.md's error body lists it. */
export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * A request that is refused with a 4xx status. Route handlers throw it; the router turns it
 * into `{"error": message, "issues"?: [...]}` (A12).
 */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: readonly ErrorIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Sends a JSON body with `status` (api.md: `application/json; charset=utf-8`). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/** Sends an API error body. */
export function sendError(res: ServerResponse, err: HttpError): void {
  const body: { error: string; issues?: readonly ErrorIssue[] } = { error: err.message };
  if (err.issues) body.issues = err.issues;
  sendJson(res, err.status, body, err.headers);
}
