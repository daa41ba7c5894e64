import { describe, expect, it } from "vitest";
import { ViewCache } from "../../server/workspaces/ViewCache";

const answer = (n: number, bytes: number) => ({ n, pad: "x".repeat(bytes) });

describe("the views' answer cache (WA17)", () => {
  it("[WA17] an answer is computed once per stamp and a new stamp gives a new tag", () => {
    const cache = new ViewCache(1024 * 1024);
    let computed = 0;
    const first = cache.get("w/overview", "s1", () => answer(++computed, 10));
    expect(cache.get("w/overview", "s1", () => answer(++computed, 10))).toBe(first);
    expect(computed).toBe(1);
    expect(first.text).toBe(JSON.stringify(first.value));
    const next = cache.get("w/overview", "s2", () => answer(++computed, 10));
    expect(next.etag).not.toBe(first.etag);
    expect(computed).toBe(2);
  });

  it("[WA17] bounded by the bytes of the answers' JSON: the least recently made go first, the newest stays however big", () => {
    const cache = new ViewCache(10_000);
    for (let i = 0; i < 30; i++) cache.get(`w/${i}`, "s", () => answer(i, 1_000));
    expect(cache.size).toBeLessThanOrEqual(10_000);
    expect(cache.size).toBeGreaterThan(8_000);
    let recomputed = 0;
    cache.get("w/29", "s", () => answer(++recomputed, 1_000));
    expect(recomputed).toBe(0); // the newest is kept
    cache.get("w/0", "s", () => answer(++recomputed, 1_000));
    expect(recomputed).toBe(1); // the oldest was dropped
    const huge = cache.get("w/huge", "s", () => answer(-1, 50_000));
    expect(cache.get("w/huge", "s", () => answer(-2, 1))).toBe(huge);
    expect(cache.size).toBe(huge.text.length);
    // Replacing an answer frees its old bytes.
    cache.get("w/huge", "s2", () => answer(-3, 100));
    expect(cache.size).toBeLessThan(1_000);
  });
});
