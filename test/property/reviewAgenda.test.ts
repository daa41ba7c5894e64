/**
 * The review agenda (shared/review/RULES.md) as properties over random workspaces: random
 * series with random points, targets and directions, random backlogs with creation days,
 * random decisions and periods. Each rule's list is checked against a plain reading of the rule.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/dso/days";
import { directionStatus, latestOn } from "../../shared/metrics/series";
import { buildReviewAgenda, handoversIn, type AgendaBacklogItem, type AgendaInput, type AgendaSeries } from "../../shared/review/reviewAgenda";
import { defaultReviewPeriod } from "../../shared/review/reviewPeriod";
import { checkProperty } from "../support/checkProperty";
import { testSeed } from "../support/seed";

const seed = testSeed(20261129);
const BASE = "2026-09-01";
const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays(BASE, n));

const seriesArb = fc
  .record({
    points: fc.uniqueArray(fc.record({ on: day, value: fc.integer({ min: -50, max: 150 }) }), { selector: (p) => p.on, maxLength: 12 }),
    target: fc.option(fc.integer({ min: -20, max: 120 }), { nil: undefined }),
    direction: fc.option(fc.constantFrom("up" as const, "down" as const), { nil: undefined }),
  })
  .map(({ points, target, direction }) => ({ points: [...points].sort((a, b) => (a.on < b.on ? -1 : 1)), target, direction }));

const libraryArb = fc.array(seriesArb, { maxLength: 8 }).map((list) =>
  list.map((s, i): AgendaSeries => ({ id: `s${i}`, kind: "NPS", points: s.points, ...(s.target === undefined ? {} : { target: s.target }), ...(s.direction ? { direction: s.direction } : {}) })),
);

const backlogArb = fc.array(
  fc.record({ kind: fc.constantFrom("painPoint" as const, "opportunity" as const), created: fc.option(day, { nil: null }), status: fc.constantFrom("open" as const, "inProgress" as const, "done" as const, null) }),
  { maxLength: 15 },
).map((items) => items.map((b, i): AgendaBacklogItem => ({ mapId: "m", mapTitle: "M", cardId: `c${i}`, kind: b.kind, title: `c${i}`, stageName: "S", ownerTeamId: null, status: b.status, priority: 25 - i, createdOn: b.created })));

const caseArb = fc.record({
  series: libraryArb,
  backlog: backlogArb,
  decisions: fc.array(day.map((on) => ({ on })), { maxLength: 4 }),
  a: day,
  b: day,
  today: day,
  top: fc.integer({ min: 0, max: 8 }),
  moved: fc.integer({ min: 0, max: 5 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function agendaOf(c: Case) {
  const period = c.a <= c.b ? { from: c.a, to: c.b } : { from: c.b, to: c.a };
  const input: AgendaInput = { period, today: c.today, series: c.series, touchpoints: [], backlog: c.backlog, rotations: [], decisions: c.decisions, topBacklog: c.top, movedMost: c.moved };
  return { input, agenda: buildReviewAgenda(input) };
}

describe(`review agenda properties (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[RV1][RV2] a series is listed as went-off exactly when it is red on asOf, was not red the day before the period and has a point in it", () => {
    checkProperty(
      fc.property(caseArb, (c) => {
        const { input, agenda } = agendaOf(c);
        expect(agenda.asOf).toBe(input.period.to < input.today ? input.period.to : input.today);
        const expected = input.series.filter((s) => {
          const end = directionStatus(latestOn(s.points ?? [], agenda.asOf)?.value, s.target, s.direction);
          const start = directionStatus(latestOn(s.points ?? [], addDays(input.period.from, -1))?.value, s.target, s.direction);
          return end === "red" && start !== "red" && (s.points ?? []).some((p) => p.on >= input.period.from && p.on <= agenda.asOf);
        });
        expect(agenda.kpis.filter((k) => k.reason === "wentOff").map((k) => k.id).sort()).toEqual(expected.map((s) => s.id).sort());
      }),
      seed,
    );
  });

  it("[RV3] moved-most lists at most N series, none went off, each moved, ranked by the share they moved, each series at most once", () => {
    checkProperty(
      fc.property(caseArb, (c) => {
        const { input, agenda } = agendaOf(c);
        const moved = agenda.kpis.filter((k) => k.reason === "movedMost");
        expect(moved.length).toBeLessThanOrEqual(input.movedMost ?? 3);
        const ids = agenda.kpis.map((k) => k.id);
        expect(new Set(ids).size).toBe(ids.length);
        const share = (k: (typeof moved)[number]) => {
          const start = k.start?.value ?? NaN;
          const scale = k.target !== null && k.target !== 0 ? Math.abs(k.target) : start !== 0 ? Math.abs(start) : 1;
          return Math.abs(k.change ?? NaN) / scale;
        };
        for (const k of moved) {
          expect(k.change).not.toBe(0);
          expect((k.end?.on ?? "") >= input.period.from && (k.end?.on ?? "") <= agenda.asOf).toBe(true);
          expect((k.end?.value ?? NaN) - (k.start?.value ?? NaN)).toBe(k.change);
        }
        for (let i = 1; i < moved.length; i++) expect(share(moved[i - 1] as (typeof moved)[number])).toBeGreaterThanOrEqual(share(moved[i] as (typeof moved)[number]));
      }),
      seed,
    );
  });

  it("[RV8][RV9] the backlog section is the first N not-done items; new pain points are exactly those not done created after the last review (else in the period) up to asOf", () => {
    checkProperty(
      fc.property(caseArb, (c) => {
        const { input, agenda } = agendaOf(c);
        const open = input.backlog.filter((b) => b.status !== "done");
        expect(agenda.backlog).toEqual(open.slice(0, input.topBacklog));
        const earlier = input.decisions.map((d) => d.on).filter((on) => on < input.today).sort();
        const last = earlier.at(-1) ?? null;
        const isNew = (b: AgendaBacklogItem) =>
          b.kind === "painPoint" && b.status !== "done" && b.createdOn != null && (last === null ? b.createdOn >= input.period.from : b.createdOn > last) && b.createdOn <= agenda.asOf;
        expect(agenda.lastReview).toBe(last);
        expect(agenda.newPainPoints.map((b) => b.cardId)).toEqual(input.backlog.filter(isNew).map((b) => b.cardId));
      }),
      seed,
    );
  });

  it("[RV1] the default period contains today and is either a journey's current period or the 14 days ending today", () => {
    const rotationArb = fc.array(fc.record({ start: fc.integer({ min: -30, max: 0 }), length: fc.integer({ min: 1, max: 30 }) }), { maxLength: 5 });
    checkProperty(
      fc.property(rotationArb, day, (rs, today) => {
        const rotations = rs.map((r) => ({ periods: [{ start: addDays(today, r.start), end: addDays(today, r.start + r.length - 1) }] }));
        const p = defaultReviewPeriod(rotations, today);
        const current = rotations.map((r) => r.periods[0] as { start: string; end: string }).filter((x) => x.start <= today && today <= x.end);
        if (current.length === 0) expect(p).toEqual({ from: addDays(today, -13), to: today });
        else {
          expect(current).toContainEqual({ start: p.from, end: p.to });
          const n = current.filter((x) => x.start === p.from && x.end === p.to).length;
          for (const x of current) expect(current.filter((y) => y.start === x.start && y.end === x.end).length).toBeLessThanOrEqual(n);
        }
      }),
      seed,
    );
  });

  it("[RV7] every regular handover starts in the period and changes the owner; the input is not changed", () => {
    const periodsArb = fc.array(fc.constantFrom("ana", "ben", "cy"), { minLength: 1, maxLength: 12 }).chain((owners) =>
      fc.record({ len: fc.integer({ min: 1, max: 14 }), start: fc.integer({ min: 0, max: 40 }), owners: fc.constant(owners) }),
    );
    checkProperty(
      fc.property(periodsArb, day, day, ({ len, start, owners }, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const periods = owners.map((ownerId, k) => ({ start: addDays(BASE, start + k * len), end: addDays(BASE, start + (k + 1) * len - 1), ownerId }));
        const rotations = [{ mapId: "m", mapTitle: "M", periods }];
        const copy = structuredClone(rotations);
        const out = handoversIn(rotations, from, to);
        expect(rotations).toEqual(copy);
        for (const h of out) {
          expect(h.on >= from && h.on <= to).toBe(true);
          expect(h.toOwnerId).not.toBe(h.fromOwnerId);
        }
        const expected = periods.filter((p, k) => p.start >= from && p.start <= to && (k === 0 || periods[k - 1]?.ownerId !== p.ownerId)).length;
        expect(out.length).toBe(expected);
      }),
      seed,
    );
  });
});
