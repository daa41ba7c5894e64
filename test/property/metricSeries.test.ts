import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/dso/days";
import {
  checkPointRows,
  directionStatus,
  latestOn,
  parsePointsCsv,
  readSeries,
  upsertPoints,
  type SeriesPoint,
} from "../../shared/metrics/series";
import { testSeed } from "../support/seed";

const seed = testSeed(20261129);
const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2024-01-01", n));
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const pointsArb = fc
  .uniqueArray(fc.record({ on: day, value }), { selector: (p) => p.on, maxLength: 60 })
  .map((ps) => [...ps].sort((a, b) => (a.on < b.on ? -1 : 1)));

describe(`metric series (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[K1] latestOn is the last point whose date is on or before the day (a linear scan agrees)", () => {
    fc.assert(
      fc.property(pointsArb, day, (points, d) => {
        const expected = points.filter((p) => p.on <= d).at(-1) ?? null;
        expect(latestOn(points, d)).toEqual(expected);
      }),
      { seed, numRuns: 300 },
    );
  });

  it("[K3] upsert keeps one point per date, sorted; incoming values win; counts add up", () => {
    fc.assert(
      fc.property(pointsArb, pointsArb, (existing, incoming) => {
        const out = upsertPoints(existing, incoming);
        if (!out) throw new Error("refused below the limit");
        const dates = out.points.map((p) => p.on);
        expect(dates).toEqual([...new Set(dates)].sort());
        for (const p of incoming) expect(out.points.find((q) => q.on === p.on)?.value).toBe(p.value);
        for (const p of existing) if (!incoming.some((q) => q.on === p.on)) expect(out.points).toContainEqual(p);
        expect(out.added + out.replaced).toBe(incoming.length);
        expect(out.points.length).toBe(existing.length + out.added);
        // Upserting the same points again changes nothing.
        expect(upsertPoints(out.points, incoming)?.points).toEqual(out.points);
      }),
      { seed, numRuns: 200 },
    );
  });

  it("[K3] an upsert past the series limit is refused whole", () => {
    const existing: SeriesPoint[] = [{ on: "2026-01-01", value: 1 }, { on: "2026-01-02", value: 2 }];
    expect(upsertPoints(existing, [{ on: "2026-01-03", value: 3 }], 2)).toBeNull();
    expect(upsertPoints(existing, [{ on: "2026-01-02", value: 5 }], 2)?.points).toEqual([{ on: "2026-01-01", value: 1 }, { on: "2026-01-02", value: 5 }]);
  });

  it("[K2] status is direction-aware: flipping the direction and negating value and target gives the same status", () => {
    fc.assert(
      fc.property(value, value, (v, t) => {
        expect(directionStatus(v, t, "up")).toBe(directionStatus(-v, -t, "down"));
        const s = directionStatus(v, t, "up");
        if (v >= t) expect(s).toBe("green");
        else expect(s).toBe(t - v <= 0.1 * Math.abs(t) ? "amber" : "red");
      }),
      { seed, numRuns: 300 },
    );
    expect(directionStatus(undefined, 5)).toBeNull();
    expect(directionStatus(5, undefined)).toBeNull();
    expect(directionStatus(4.6, 5, "up")).toBe("amber");
    expect(directionStatus(48, 40, "down")).toBe("red");
    expect(directionStatus(0.5, 0, "down")).toBe("red");
  });

  it("[K4] the reading on a day: latest point, status, at most 12 trend points ending at it, change and its direction", () => {
    fc.assert(
      fc.property(pointsArb, day, fc.constantFrom<"up" | "down">("up", "down"), value, (points, d, direction, target) => {
        const r = readSeries({ points, direction, target }, d);
        const before = points.filter((p) => p.on <= d);
        expect(r.latest).toEqual(before.at(-1) ?? null);
        expect(r.trend).toEqual(before.slice(-12));
        expect(r.status).toBe(directionStatus(r.latest?.value, target, direction));
        if (before.length >= 2) {
          const change = (before.at(-1) as SeriesPoint).value - (before.at(-2) as SeriesPoint).value;
          expect(r.change).toBe(change);
          expect(r.improving).toBe(change === 0 ? null : direction === "up" ? change > 0 : change < 0);
        } else expect(r.change).toBeNull();
      }),
      { seed, numRuns: 200 },
    );
  });

  it("[K5] a feed call with any bad row is refused whole, every problem by its index", () => {
    const bad = checkPointRows([
      { on: "2026-11-01", value: 71 },
      { on: "2026-02-30", value: 70 },
      { on: "2026-11-02", value: Number.NaN },
      { on: "2026-11-03", value: "72" },
      { on: "2026-11-01", value: 73 },
      { on: "2026-11-04", value: 74, extra: true },
      null,
      { value: 1 },
    ]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(bad.issues.find((i) => i.index === 4)?.message).toContain("index 0");
    expect(checkPointRows(Array.from({ length: 1001 }, (_, i) => ({ on: addDays("2020-01-01", i), value: i }))).ok).toBe(false);
    expect(checkPointRows([]).ok).toBe(false);
    expect(checkPointRows({ on: "2026-01-01", value: 1 }).ok).toBe(false);
    const good = checkPointRows(Array.from({ length: 1000 }, (_, i) => ({ on: addDays("2020-01-01", i), value: i / 3 })));
    expect(good.ok && good.points.length).toBe(1000);
  });

  it("[K5] any generated row that is valid is accepted, and the points are exactly the rows", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ on: day, value }), { selector: (p) => p.on, minLength: 1, maxLength: 50 }), (rows) => {
        const out = checkPointRows(rows);
        expect(out.ok && out.points).toEqual(rows);
      }),
      { seed, numRuns: 100 },
    );
  });

  it("[K6] CSV uploads: header, comma or semicolon with decimal comma, bad lines by index", () => {
    const ok = parsePointsCsv("date,value\n2026-11-01,71.5\n\n2026-11-02,72\n");
    expect(ok).toEqual({ ok: true, points: [{ on: "2026-11-01", value: 71.5 }, { on: "2026-11-02", value: 72 }] });
    const de = parsePointsCsv("\uFEFFdate;value\r\n2026-11-01;71,5\r\n");
    expect(de).toEqual({ ok: true, points: [{ on: "2026-11-01", value: 71.5 }] });
    const bad = parsePointsCsv("2026-11-01,abc\n2026-13-01,1\n2026-11-03,1,2\n");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.index)).toEqual([0, 1, 2]);
  });
});
