import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { acceptedEncodings, ENCODINGS, type EncodingName } from "./contentEncoding";
import { HttpError, sendError } from "./HttpError";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
};

/** Paths that are the single-page app itself: the start page, a map page (S16) and a workspace page and its views (WP1). */
const SPA_PATHS = [/^\/$/, /^\/m\/[^/]+\/?$/, /^\/w\/[^/]+(?:\/[a-z]+)?\/?$/];

/**
 * Serves the built page from `root` (BATON_DIST_DIR). `/`, `/m/<id>` and `/w/<id>[/<view>]` get `index.html`;
 * other paths get the file under `root` or 404. The decoded path must stay inside `root`:
 * `..`, backslashes, NUL and encoded slashes are refused (A12). Only GET and HEAD. A file with a
 * precompressed copy from the build (`<file>.br`, `<file>.gz`) is sent as the copy the request
 * accepts, with `Vary: Accept-Encoding` (S62).
 */
export function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  const base = normalize(root + sep);
  // The compressed copies of each asset asked for (S62), by file: one look at the disk per file.
  const copies = new Map<string, Promise<ReadonlyMap<EncodingName, number>>>();
  return async (req, res, url) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "Only GET and HEAD are allowed here.", undefined, { allow: "GET, HEAD" });
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname);
      } catch {
        throw new HttpError(400, "The path is not valid percent-encoding.");
      }
      if (rel.includes("\0") || rel.includes("\\") || /%2f/i.test(url.pathname) || rel.split("/").includes("..")) {
        throw new HttpError(400, "The path is not allowed.");
      }
      const spa = SPA_PATHS.some((r) => r.test(rel));
      const file = spa ? join(base, "index.html") : normalize(join(base, rel));
      if (!file.startsWith(base)) throw new HttpError(400, "The path is not allowed.");
      let size: number;
      try {
        const s = await stat(file);
        if (!s.isFile()) throw new Error("not a file");
        size = s.size;
      } catch {
        if (spa) throw new HttpError(503, "The page is not built yet: run `npm run build`.");
        throw new HttpError(404, "Not found.");
      }
      const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
      const immutable = rel.startsWith("/assets/");
      const variant = immutable ? compressedVariant(await copiesOf(copies, file), file, size, req.headers["accept-encoding"]) : null;
      res.writeHead(200, {
        "content-type": type,
        "content-length": variant?.size ?? size,
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        ...(variant ? { vary: "Accept-Encoding", ...(variant.encoding ? { "content-encoding": variant.encoding } : {}) } : {}),
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      const sent = variant?.path ?? file;
      await new Promise<void>((resolve) => {
        const stream = createReadStream(sent);
        stream.on("error", () => {
          res.destroy();
          resolve();
        });
        stream.on("end", () => resolve());
        stream.pipe(res);
      });
    } catch (err) {
      sendError(res, err instanceof HttpError ? err : new HttpError(500, "The file could not be read."));
    }
  };
}

/**
 * The build's compressed copies of `file` (S62): their sizes by encoding, looked up once per
 * file. Only `/assets/` files are asked about, and their names carry a content hash, so a copy
 * never changes under its name; a rebuild writes new names.
 */
function copiesOf(cache: Map<string, Promise<ReadonlyMap<EncodingName, number>>>, file: string): Promise<ReadonlyMap<EncodingName, number>> {
  let copies = cache.get(file);
  if (!copies) {
    copies = Promise.all(
      ENCODINGS.map(({ name, suffix }) =>
        stat(file + suffix).then(
          (s) => (s.isFile() ? ([name, s.size] as const) : null),
          () => null,
        ),
      ),
    ).then((found) => new Map(found.filter((f) => f !== null)));
    cache.set(file, copies);
  }
  return copies;
}

/**
 * The copy of `file` that `acceptEncoding` takes, Brotli first (S62): `{path, size, encoding}`,
 * or the file itself (`encoding` null) when copies exist but none is accepted, so the answer
 * still says it varies; null when the file has no copies.
 */
function compressedVariant(
  copies: ReadonlyMap<EncodingName, number>,
  file: string,
  fileSize: number,
  acceptEncoding: string | undefined,
): { path: string; size: number; encoding: string | null } | null {
  if (copies.size === 0) return null;
  const accepted = acceptedEncodings(acceptEncoding);
  for (const { name, suffix } of ENCODINGS) {
    const size = copies.get(name);
    if (size !== undefined && accepted.has(name)) return { path: file + suffix, size, encoding: name };
  }
  return { path: file, size: fileSize, encoding: null };
}
