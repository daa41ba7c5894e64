import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../client/api/api";
import { forgetPrefetches, prefetch, revalidatedGet } from "../../client/api/revalidatedGet";

/** A real HTTP server that answers like the workspace views: a body with an ETag, 304 to that tag. */
let server: Server;
let base = "";
let version = 1;
const seen: { path: string; ifNoneMatch: string | null; auth: string | null }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? "", ifNoneMatch: (req.headers["if-none-match"] as string | undefined) ?? null, auth: req.headers.authorization ?? null });
    if (req.url?.startsWith("/refused")) {
      res.writeHead(403, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "This key may not read that." }));
      return;
    }
    const etag = `W/"v${version}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json", etag });
    res.end(JSON.stringify({ version, path: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe("revalidatedGet", () => {
  it("[WA17] asks again with the tag it holds and reuses the same answer object on 304; a new version is a new answer", async () => {
    seen.length = 0;
    const first = await revalidatedGet<{ version: number }>(`${base}/a`, "key1");
    const again = await revalidatedGet<{ version: number }>(`${base}/a`, "key1");
    expect(again).toBe(first);
    expect(seen.map((s) => [s.ifNoneMatch, s.auth])).toEqual([
      [null, "Bearer key1"],
      ['W/"v1"', "Bearer key1"],
    ]);
    version = 2;
    const changed = await revalidatedGet<{ version: number }>(`${base}/a`, "key1");
    expect(changed).toEqual({ version: 2, path: "/a" });
    // Another key holds its own answers.
    seen.length = 0;
    await revalidatedGet(`${base}/a`, "key2");
    expect(seen[0]?.ifNoneMatch).toBeNull();
  });

  it("[WA17] a prefetched answer is taken by the first ask instead of a second request, and dropped by forgetPrefetches", async () => {
    seen.length = 0;
    prefetch(`${base}/b`, "key1");
    const taken = await revalidatedGet<{ path: string }>(`${base}/b`, "key1");
    expect(taken.path).toBe("/b");
    expect(seen).toHaveLength(1);
    prefetch(`${base}/c`, "key1");
    forgetPrefetches();
    await revalidatedGet(`${base}/c`, "key1");
    // The prefetch and the ask after the notice: the ask did not take the older answer.
    expect(seen.filter((s) => s.path === "/c")).toHaveLength(2);
  });

  it("[WA17] a refusal is an ApiError with the server's sentence, also when prefetched", async () => {
    await expect(revalidatedGet(`${base}/refused`, "key1")).rejects.toEqual(new ApiError(403, "This key may not read that."));
    prefetch(`${base}/refused2`, "key1");
    await expect(revalidatedGet(`${base}/refused2`, "key1")).rejects.toBeInstanceOf(ApiError);
  });
});
