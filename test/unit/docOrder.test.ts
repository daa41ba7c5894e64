import fc from "fast-check";
import { generateKeyBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import { compareOrdered, initialKeys, isOrderKey, keyAtIndex } from "../../shared/doc/order";
import { testSeed } from "../support/seed";

const seed = testSeed(4242);

function libraryAccepts(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

describe("fractional order keys", () => {
  it(`[L3] isOrderKey agrees with the fractional-indexing package on keys of its alphabet, and is never laxer (seed ${seed})`, () => {
    const alphabetKey = fc.string({ unit: fc.constantFrom(..."aAbBzZ019xX0"), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(alphabetKey, fc.constantFrom("a0", "a00", "a1V", "Zz", "A00000000000000000000000000", "b0", "b00", "zz")), (key) => {
        expect(isOrderKey(key)).toBe(libraryAccepts(key));
      }),
      { seed, numRuns: 5_000 },
    );
    // The package does not check the characters of a key (it takes "U      "); Baton refuses such keys.
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (key) => {
        if (isOrderKey(key)) expect(libraryAccepts(key)).toBe(true);
      }),
      { seed, numRuns: 3_000 },
    );
    for (const key of initialKeys(3_000)) expect(isOrderKey(key)).toBe(true);
    expect(isOrderKey("U      ")).toBe(false);
    expect(isOrderKey(7)).toBe(false);
    expect(isOrderKey(undefined)).toBe(false);
  });

  it(`[L3][C3] keyAtIndex puts a key at the index, whatever the list, ties included (seed ${seed})`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...initialKeys(6)), { maxLength: 12 }),
        fc.oneof(fc.integer({ min: -3, max: 15 }), fc.constant(undefined)),
        (keys, index) => {
          const sorted = [...keys].sort();
          const key = keyAtIndex(sorted, index);
          expect(isOrderKey(key)).toBe(true);
          const n = sorted.length;
          const i = index === undefined ? n : Math.min(Math.max(index, 0), n);
          // Strictly after everything before the index; before what follows unless it ties with the key before.
          if (i > 0) expect(key > (sorted[i - 1] as string)).toBe(true);
          const next = sorted.slice(i).find((k) => i === 0 || k > (sorted[i - 1] as string));
          if (next !== undefined) expect(key < next).toBe(true);
        },
      ),
      { seed, numRuns: 2_000 },
    );
  });

  it("[L3] lists sort by (order, id), comparing UTF-16 code units", () => {
    const items = [{ order: "a1", id: "b" }, { order: "a0", id: "z" }, { order: "a1", id: "a" }, { order: "a1", id: "B" }];
    expect([...items].sort(compareOrdered).map((x) => x.id)).toEqual(["z", "B", "a", "b"]);
  });
});
