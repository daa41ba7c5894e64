import type { IncomingMessage } from "node:http";
import { HttpError } from "./HttpError";

/** api.md: request bodies over 6 MiB are refused with 413 before they are parsed (A24). */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * Reads and parses a JSON body. A declared `content-length` over the limit is refused before
 * a byte is read; a body that grows over it while streaming is cut off; both are 413. The rest
 * is read and thrown away (`resume`), so a client still sending sees the 413 rather than a
 * broken pipe; `server.requestTimeout` bounds how long that may go on. An empty body is
 * `undefined`; text that is not JSON is 400.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await readTextBody(req, limit);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = `is not JSON: ${(err as Error).message}`;
    throw new HttpError(400, `The request body ${message}.`, [{ path: "", message }]);
  }
}

/** Reads a body as UTF-8 text under the same size rule as {@link readJsonBody}; empty is `undefined`. */
export async function readTextBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  const bytes = await readBodyBytes(req, limit);
  return bytes.byteLength === 0 ? undefined : bytes.toString("utf8");
}

/**
 * Reads a body as bytes under the same size rule as {@link readJsonBody} (empty: zero bytes),
 * for a worker thread to parse (S47).
 */
export async function readBodyBytes(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    throw new HttpError(413, `The request body is larger than ${limit} bytes.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) {
      req.resume();
      throw new HttpError(413, `The request body is larger than ${limit} bytes.`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
