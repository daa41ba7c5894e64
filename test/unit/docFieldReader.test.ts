import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { INVALID, compileFieldReader } from "../../shared/doc/fieldReader";
import { ENTITY_FIELDS, KEY_RESULT_FIELDS, PERSONA_FIELDS, ROTATION_FIELDS } from "../../shared/doc/parseEntity";
import { testSeed } from "../support/seed";

const seed = testSeed(7031);
const specs = [...Object.values(ENTITY_FIELDS).flat(), ...KEY_RESULT_FIELDS, ...PERSONA_FIELDS, ...ROTATION_FIELDS];

/** Values near every field's edges: lengths at the limits, astral characters, ints and floats at the bounds. */
const edgy = fc.oneof(
  fc.anything(),
  fc.integer({ min: -10, max: 400 }),
  fc.double(),
  fc.constantFrom(0, -0, 2.5, Infinity, -Infinity, NaN, 2 ** 53, "", "a", "ok", "needsWork", "web", "custom", "CSAT", "2026-02-30", "2026-02-28", "2026-11-21T09:30:00Z", "#aabbcc", "abc_-9"),
  fc.integer({ min: 0, max: 10_010 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 0, max: 260 }).map((n) => "😀".repeat(n)),
  fc.array(fc.oneof(fc.string(), fc.constantFrom("a0", "x y", "kr1")), { maxLength: 25 }),
  fc.array(fc.record({ kind: fc.constantFrom("NPS", "custom", "nope"), label: fc.string(), value: fc.double() }, { requiredKeys: ["kind"] }), { maxLength: 3 }),
);

describe("compiled field readers", () => {
  it(`[F9][F23] agree with the field's zod schema on every value (seed ${seed})`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...specs), edgy, (spec, value) => {
        const zod = z.safeParse(spec.schema, value);
        const fast = spec.read(value);
        expect(fast !== INVALID, spec.key).toBe(zod.success);
        if (zod.success) expect(fast).toStrictEqual(zod.data);
      }),
      { seed, numRuns: 3_000 },
    );
  });

  it("[F9] text limits count UTF-16 code units, as the format says", () => {
    const title = ENTITY_FIELDS.cards.find((f) => f.key === "title");
    if (!title) throw new Error("cards have a title");
    expect(title.read("😀".repeat(250))).toBe("😀".repeat(250));
    expect(title.read(`${"😀".repeat(250)}a`)).toBe(INVALID);
  });

  it("copies arrays, so the journey never shares them with the document", () => {
    const read = compileFieldReader(ENTITY_FIELDS.okrs.find((f) => f.key === "teamIds")?.schema ?? (() => { throw new Error("okrs have teamIds"); })());
    const list = ["a", "b"];
    const out = read(list);
    expect(out).toEqual(list);
    expect(out).not.toBe(list);
  });
});
