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
  const bytes = await readBodyBytes(req, limit);
  if (bytes.length === 0) return undefined;
  const text = bytes.toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = `is not JSON: ${(err as Error).message}`;
    throw new HttpError(400, `The request body ${message}.`, [{ path: "", message }]);
  }
}

/** Reads a body as bytes within `limit` (413 as `readJsonBody`), for parsing elsewhere (a worker, S37). */
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
