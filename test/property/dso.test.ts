import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KeyResult, Okr } from "../../shared/schema/okr";
import type { Override, Rotation } from "../../shared/schema/rotation";
import {
  daysBetween, handoverOn, keyResultProgress, objectiveProgress, ownerOn, periodOf, rotationStatus,
} from "../../shared/dso";
import { checkProperty } from "../support/checkProperty";
import { testSeed } from "../support/seed";

const seed = testSeed(20261121);
const MS_PER_DAY = 86_400_000;
const MIN_DAY = Date.UTC(1990, 0, 1) / MS_PER_DAY;
const MAX_DAY = Date.UTC(2090, 11, 31) / MS_PER_DAY;

/** The day `n` days after 1970-01-01, computed independently of shared/dso. */
const dayOf = (n: number): string => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

function check<T>(property: fc.IProperty<T>, numRuns = 300): void {
  checkProperty(property, seed, numRuns);
}

const rotationArb: fc.Arbitrary<{ rotation: Rotation; start: number }> = fc
  .record({
    start: fc.integer({ min: MIN_DAY, max: MAX_DAY }),
    cadenceDays: fc.integer({ min: 1, max: 365 }),
    ownerIds: fc.array(fc.constantFrom("ann", "ben", "cem", "dana", "eli"), { minLength: 1, maxLength: 6 }),
    overrides: fc.array(
      fc.record({ from: fc.integer({ min: -400, max: 4000 }), length: fc.integer({ min: 0, max: 60 }), ownerId: fc.constantFrom("ann", "zoe") }),
      { maxLength: 4 },
    ),
  })
  .map(({ start, cadenceDays, ownerIds, overrides }) => ({
    start,
    rotation: {
      cadenceDays,
      startsOn: dayOf(start),
      ownerIds,
      overrides: overrides.map((o): Override => ({ from: dayOf(start + o.from), to: dayOf(start + o.from + o.length), ownerId: o.ownerId })),
    },
  }));

const covered = (rotation: Rotation, day: string): boolean =>
  (rotation.overrides ?? []).some((o) => o.from <= day && day <= o.to);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const keyResultArb: fc.Arbitrary<KeyResult> = fc.record(
  { id: fc.constant("k"), title: fc.constant("t"), baseline: finite, target: finite, current: finite },
  { requiredKeys: ["id", "title", "target"] },
);

describe(`DSO properties (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[F29] the owner repeats every cadenceDays x ownerIds.length days outside overrides", () => {
    check(fc.property(rotationArb, fc.integer({ min: 0, max: 5000 }), ({ rotation, start }, offset) => {
      const day = dayOf(start + offset);
      const later = dayOf(start + offset + rotation.cadenceDays * rotation.ownerIds.length);
      fc.pre(!covered(rotation, day) && !covered(rotation, later));
      expect(ownerOn(rotation, later)).toBe(ownerOn(rotation, day));
    }));
  });

  it("[F29] outside overrides the owner follows the formula; before startsOn nobody", () => {
    check(fc.property(rotationArb, fc.integer({ min: -800, max: 5000 }), ({ rotation, start }, offset) => {
      const day = dayOf(start + offset);
      fc.pre(!covered(rotation, day));
      const expected = offset < 0 ? null : rotation.ownerIds[Math.floor(offset / rotation.cadenceDays) % rotation.ownerIds.length];
      expect(ownerOn(rotation, day)).toBe(expected);
    }));
  });

  it("[F30] the period contains the day and is cadenceDays long; the handover starts the next one", () => {
    check(fc.property(rotationArb, fc.integer({ min: -2000, max: 5000 }), ({ rotation, start }, offset) => {
      const day = dayOf(start + offset);
      const period = periodOf(rotation, day);
      expect(period.start <= day && day <= period.end).toBe(true);
      expect(daysBetween(period.start, period.end) + 1).toBe(rotation.cadenceDays);
      expect(daysBetween(rotation.startsOn, period.start)).toBe(period.index * rotation.cadenceDays);
      const handover = handoverOn(rotation, day);
      expect(daysBetween(period.end, handover)).toBe(1);
      expect(periodOf(rotation, handover).index).toBe(period.index + 1);
    }));
  });

  it("[D1] rotationStatus agrees with ownerOn on the day and on the handover", () => {
    check(fc.property(rotationArb, fc.integer({ min: -400, max: 5000 }), ({ rotation, start }, offset) => {
      const day = dayOf(start + offset);
      const status = rotationStatus(rotation, day);
      expect(status.on).toBe(day);
      expect(status.ownerId).toBe(ownerOn(rotation, day));
      expect(status.nextOwnerId).toBe(ownerOn(rotation, status.handoverOn));
    }));
  });

  it("[F33] key-result progress is always in 0..1 or null", () => {
    check(fc.property(keyResultArb, (kr) => {
      const p = keyResultProgress(kr);
      if (p !== null) expect(p >= 0 && p <= 1).toBe(true);
      if (kr.current === undefined || kr.target === (kr.baseline ?? 0)) expect(p).toBeNull();
    }), 2000);
  });

  it("[D9] objective progress is in 0..1, null exactly when no key result has progress", () => {
    check(fc.property(fc.array(keyResultArb, { minLength: 1, maxLength: 20 }), (keyResults) => {
      const okr: Okr = { id: "o", objective: "o", teamIds: ["t"], keyResults };
      const p = objectiveProgress(okr);
      const anyProgress = keyResults.some((kr) => keyResultProgress(kr) !== null);
      expect(p === null).toBe(!anyProgress);
      if (p !== null) expect(p >= 0 && p <= 1).toBe(true);
    }), 1000);
  });
});
