/**
 * SPEC.md D14 as properties: since when a touchpoint is due, and that "overdue" appears only
 * where reviewing has started (a rotation) and a whole period the touchpoint was due in passed
 * without a review. Random rotations, creation days, reviews and days asked about.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardReviewState, daysBetween, previousReviewPeriod, reviewDue, reviewPeriodOf, type CreatedDays } from "../../shared/dso";
import type { Journey } from "../../shared/schema/journey";
import { checkProperty } from "../support/checkProperty";
import { testSeed } from "../support/seed";

const seed = testSeed(20261129);
const MS_PER_DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1) / MS_PER_DAY;
const dayOf = (n: number): string => new Date((BASE + n) * MS_PER_DAY).toISOString().slice(0, 10);

function check<T>(property: fc.IProperty<T>, numRuns = 400): void {
  checkProperty(property, seed, numRuns);
}

const CARDS = ["a", "b", "c"];

/** A small map: three touchpoints, two people, maybe a rotation, random reviews and creation days. */
const caseArb = fc.record({
  rotation: fc.option(fc.record({ start: fc.integer({ min: 0, max: 200 }), cadenceDays: fc.integer({ min: 1, max: 40 }) }), { nil: undefined }),
  reviews: fc.array(fc.record({ card: fc.constantFrom(...CARDS), day: fc.integer({ min: -100, max: 500 }) }), { maxLength: 8 }),
  created: fc.array(fc.option(fc.integer({ min: -100, max: 500 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
  mapCreated: fc.option(fc.integer({ min: -100, max: 500 }), { nil: undefined }),
  day: fc.integer({ min: -100, max: 600 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): { journey: Journey; created: CreatedDays; day: string } {
  const journey: Journey = {
    format: "baton.journey",
    version: 1,
    title: "t",
    stages: [{ id: "s", name: "s" }],
    lanes: [{ id: "l", name: "l", kind: "touchpoints" }],
    cards: CARDS.map((id) => ({ id, kind: "touchpoint" as const, stageId: "s", laneId: "l", title: id })),
    people: [{ id: "p", name: "P" }, { id: "q", name: "Q" }],
    reviews: c.reviews.map((r, i) => ({ id: `r${i}`, cardId: r.card, reviewerId: "q", at: `${dayOf(r.day)}T12:00:00Z`, status: "ok" as const })),
    ...(c.rotation ? { rotation: { cadenceDays: c.rotation.cadenceDays, startsOn: dayOf(c.rotation.start), ownerIds: ["p", "q"] } } : {}),
  };
  const cards = new Map<string, string>();
  c.created.forEach((n, i) => {
    if (n !== undefined) cards.set(CARDS[i]!, dayOf(n));
  });
  return { journey, created: { cards, ...(c.mapCreated !== undefined ? { map: dayOf(c.mapCreated) } : {}) }, day: dayOf(c.day) };
}

const createdOf = (created: CreatedDays, id: string) => created.cards?.get(id) ?? created.map;

describe(`D14 properties (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[D14] without a rotation nothing is ever overdue", () => {
    check(fc.property(caseArb, (c) => {
      const { journey, created, day } = build({ ...c, rotation: undefined });
      for (const id of CARDS) expect(cardReviewState(journey, id, day, created)).not.toBe("overdue");
    }));
  });

  it("[D14] a touchpoint is never due (nor overdue) in the period it was created, and never overdue in the next one", () => {
    check(fc.property(caseArb, (c) => {
      const { journey, created, day } = build(c);
      const period = reviewPeriodOf(journey, day);
      for (const id of CARDS) {
        const state = cardReviewState(journey, id, day, created);
        const since = createdOf(created, id);
        if (since === undefined) continue;
        if (since >= period.start) expect(["new", "reviewed"]).toContain(state);
        const previous = previousReviewPeriod(journey, day);
        if (previous && since >= previous.start) expect(state).not.toBe("overdue");
      }
    }));
  });

  it("[D14] overdue means: a rotation, a previous period the card existed for, and no review in it nor in this period", () => {
    check(fc.property(caseArb, (c) => {
      const { journey, created, day } = build(c);
      for (const id of CARDS) {
        if (cardReviewState(journey, id, day, created) !== "overdue") continue;
        expect(journey.rotation).toBeDefined();
        const previous = previousReviewPeriod(journey, day);
        expect(previous).not.toBeNull();
        const since = createdOf(created, id);
        if (since !== undefined) expect(daysBetween(since, previous!.start)).toBeGreaterThan(0);
        const period = reviewPeriodOf(journey, day);
        const reviewDays = (journey.reviews ?? []).filter((r) => r.cardId === id).map((r) => r.at.slice(0, 10));
        expect(reviewDays.some((d) => d >= previous!.start && d <= day && d <= period.end)).toBe(false);
      }
    }));
  });

  it("[D14] knowing creation days only ever softens a state: overdue may become due or new, never the other way", () => {
    const rank = { reviewed: 0, new: 1, due: 2, overdue: 3 } as const;
    check(fc.property(caseArb, (c) => {
      const { journey, created, day } = build(c);
      for (const id of CARDS) {
        const known = cardReviewState(journey, id, day, created)!;
        const unknown = cardReviewState(journey, id, day)!;
        expect(rank[known]).toBeLessThanOrEqual(rank[unknown]);
      }
    }));
  });

  it("[D7][D14] the lists hold exactly the touchpoints that are due or overdue, with the same state", () => {
    check(fc.property(caseArb, (c) => {
      const { journey, created, day } = build(c);
      for (const person of ["p", "q"]) {
        const due = reviewDue(journey, day, person, created);
        for (const item of due.items) expect(cardReviewState(journey, item.card.id, day, created)).toBe(item.state);
        if (due.isOwner) {
          const expected = CARDS.filter((id) => ["due", "overdue"].includes(cardReviewState(journey, id, day, created)!));
          expect(due.items.map((i) => i.card.id)).toEqual(expected);
        }
      }
    }));
  });
});
