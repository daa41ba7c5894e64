import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "../../tools/precompress";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let dist: string;
const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `card ${i % 37} of the journey`))};\n`;

/** A raw GET (fetch would decode the body and hide the encoding). */
function get(path: string, acceptEncoding?: string, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "baton-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Baton</title>");
  writeFileSync(join(dist, "assets", "page-1234.js"), script);
  writeFileSync(join(dist, "assets", "tiny-1234.js"), "export {};");
  writeFileSync(join(dist, "assets", "logo-1234.png"), Buffer.alloc(4096, 7));
  precompressDir(join(dist, "assets"));
  server = await startServer({ distDir: dist });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dist, { recursive: true, force: true });
});

describe("precompressed assets (S62)", () => {
  it("[S62] the build writes .br and .gz copies of compressible files of 1 KiB or more, and of nothing else", () => {
    const assets = join(dist, "assets");
    expect(existsSync(join(assets, "page-1234.js.br"))).toBe(true);
    expect(existsSync(join(assets, "page-1234.js.gz"))).toBe(true);
    expect(existsSync(join(assets, "tiny-1234.js.br"))).toBe(false);
    expect(existsSync(join(assets, "logo-1234.png.br"))).toBe(false);
    expect(brotliDecompressSync(readFileSync(join(assets, "page-1234.js.br"))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(assets, "page-1234.js.gz"))).toString()).toBe(script);
  });

  it("[S62] a script is sent as the copy the request accepts, Brotli first, with its length and Vary", async () => {
    const br = await get("/assets/page-1234.js", "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get("/assets/page-1234.js", "br;q=0, gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const head = await get("/assets/page-1234.js", "br", "HEAD");
    expect(head.headers["content-length"]).toBe(br.headers["content-length"]);
    expect(head.body.length).toBe(0);
  });

  it("[S62] without Accept-Encoding, or accepting none of the copies, the file goes as it is; files without copies have no Vary", async () => {
    for (const header of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const plain = await get("/assets/page-1234.js", header);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers.vary).toBe("Accept-Encoding");
      expect(plain.body.toString()).toBe(script);
    }
    const tiny = await get("/assets/tiny-1234.js", "br");
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.headers.vary).toBeUndefined();
    expect(tiny.body.toString()).toBe("export {};");
    const page = await get("/", "br");
    expect(page.headers["content-encoding"]).toBeUndefined();
    expect(page.body.toString()).toContain("<title>Baton</title>");
  });
});
