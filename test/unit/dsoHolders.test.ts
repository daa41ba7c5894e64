/** SPEC.md D15: who actually holds the journey, covers included (issue 11, point 3). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, holderSpans, nextHolder, ownerOn, rotationStatus } from "../../shared/dso";
import type { Rotation } from "../../shared/schema/rotation";
import { checkProperty } from "../support/checkProperty";
import { testSeed } from "../support/seed";

// The issue's roster: Olivia, Paul, Rita, Sam; 7 days from 2026-11-23; Sam covers 2026-12-07..09.
const ISSUE: Rotation = {
  cadenceDays: 7,
  startsOn: "2026-11-23",
  ownerIds: ["olivia", "paul", "rita", "sam"],
  overrides: [{ from: "2026-12-07", to: "2026-12-09", ownerId: "sam" }],
};
const seed = testSeed(20261207);

describe("who holds the journey", () => {
  it("[D15] a turn with a cover shows the cover inside it, then the turn's owner", () => {
    expect(holderSpans(ISSUE, "2026-12-07", "2026-12-13")).toEqual([
      { from: "2026-12-07", to: "2026-12-09", ownerId: "sam", cover: true },
      { from: "2026-12-10", to: "2026-12-13", ownerId: "rita", cover: false },
    ]);
    expect(holderSpans(ISSUE, "2026-11-30", "2026-12-06")).toEqual([{ from: "2026-11-30", to: "2026-12-06", ownerId: "paul", cover: false }]);
  });

  it("[D15] next is the next person who will actually hold it: Rita on 10 Dec, not Sam on the handover", () => {
    expect(nextHolder(ISSUE, "2026-12-08")).toEqual({ ownerId: "rita", on: "2026-12-10" });
    // The API keeps D1: the owner on the handover day.
    expect(rotationStatus(ISSUE, "2026-12-08").nextOwnerId).toBe("sam");
    expect(nextHolder(ISSUE, "2026-12-03")).toEqual({ ownerId: "sam", on: "2026-12-07" });
    expect(nextHolder(ISSUE, "2026-12-10")).toEqual({ ownerId: "sam", on: "2026-12-14" });
    expect(nextHolder(ISSUE, "2026-11-01")).toEqual({ ownerId: "olivia", on: "2026-11-23" });
    expect(nextHolder({ cadenceDays: 7, startsOn: "2026-11-23", ownerIds: ["solo"] }, "2026-12-01")).toBeNull();
  });

  it("[D15] spans cover every day once and agree with F29; nextHolder is the first day the holder changes", () => {
    const arb = fc.record({
      cadenceDays: fc.integer({ min: 1, max: 20 }),
      owners: fc.array(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 4 }),
      overrides: fc.array(fc.record({ from: fc.integer({ min: -10, max: 80 }), length: fc.integer({ min: 0, max: 10 }), ownerId: fc.constantFrom("a", "b", "z") }), { maxLength: 3 }),
      from: fc.integer({ min: -20, max: 80 }),
      length: fc.integer({ min: 0, max: 40 }),
    });
    checkProperty(fc.property(arb, (c) => {
      const start = "2026-03-01";
      const rotation: Rotation = {
        cadenceDays: c.cadenceDays,
        startsOn: start,
        ownerIds: c.owners,
        overrides: c.overrides.map((o) => ({ from: addDays(start, o.from), to: addDays(start, o.from + o.length), ownerId: o.ownerId })),
      };
      const from = addDays(start, c.from);
      const to = addDays(from, c.length);
      const spans = holderSpans(rotation, from, to);
      expect(spans[0]!.from).toBe(from);
      expect(spans[spans.length - 1]!.to).toBe(to);
      spans.forEach((s, i) => {
        if (i > 0) expect(daysBetween(spans[i - 1]!.to, s.from)).toBe(1);
        for (let d = s.from; d <= s.to; d = addDays(d, 1)) expect(ownerOn(rotation, d)).toBe(s.ownerId);
      });
      const next = nextHolder(rotation, from);
      const horizon = c.cadenceDays * (c.owners.length + 2) + 100;
      let firstChange: string | null = null;
      for (let d = addDays(from, 1), i = 0; i < horizon; d = addDays(d, 1), i++) {
        if (ownerOn(rotation, d) !== ownerOn(rotation, from)) {
          firstChange = d;
          break;
        }
      }
      expect(next?.on ?? null).toBe(firstChange);
      if (next) expect(next.ownerId).toBe(ownerOn(rotation, next.on));
    }), seed, 300);
  });
});
