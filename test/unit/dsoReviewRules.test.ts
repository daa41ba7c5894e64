import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import {
  cardReviewState, previousReviewPeriod, reviewDue, reviewLog, reviewPeriodOf,
} from "../../shared/dso";
import { exampleJourney } from "../support/example";

const EXAMPLE: Journey = exampleJourney();
// Rotation: 28 days from 2026-09-07, omar, lin, sven, jana. Reviews: t4 on 2026-10-09, t6 on 2026-10-12.
// Touchpoints: t1 (mkt), t2 t3 (growth), t4 t5 (product), t6 (care). lin is in product, jana in mkt.

const withoutRotation = (): Journey => {
  const { rotation: _, ...rest } = structuredClone(EXAMPLE);
  return rest;
};

describe("review periods", () => {
  it("[D5] the review period is the rotation period", () => {
    expect(reviewPeriodOf(EXAMPLE, "2026-10-20")).toEqual({ start: "2026-10-05", end: "2026-11-01" });
    expect(previousReviewPeriod(EXAMPLE, "2026-10-20")).toEqual({ start: "2026-09-07", end: "2026-10-04" });
    expect(previousReviewPeriod(EXAMPLE, "2026-09-20")).toBeNull();
  });

  it("[D5] without a rotation it is the UTC calendar month", () => {
    const j = withoutRotation();
    expect(reviewPeriodOf(j, "2028-02-10")).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(reviewPeriodOf(j, "2026-12-31")).toEqual({ start: "2026-12-01", end: "2026-12-31" });
    expect(previousReviewPeriod(j, "2027-01-15")).toEqual({ start: "2026-12-01", end: "2026-12-31" });
  });
});

describe("card review state", () => {
  it("[D6] reviewed in this period", () => {
    expect(cardReviewState(EXAMPLE, "t4", "2026-10-20")).toBe("reviewed");
  });

  it("[D6] overdue when the previous period passed without a review too", () => {
    expect(cardReviewState(EXAMPLE, "t1", "2026-10-20")).toBe("overdue");
  });

  it("[D6] due when the previous period had a review", () => {
    expect(cardReviewState(EXAMPLE, "t4", "2026-11-10")).toBe("due");
  });

  it("[D6] due, not overdue, in the first period (the previous one did not exist)", () => {
    expect(cardReviewState(EXAMPLE, "t1", "2026-09-20")).toBe("due");
    expect(cardReviewState(EXAMPLE, "t1", "2026-09-01")).toBe("due");
  });

  it("[D4] a review dated after the day asked about does not count yet", () => {
    expect(cardReviewState(EXAMPLE, "t4", "2026-10-08")).toBe("overdue");
    expect(cardReviewState(EXAMPLE, "t4", "2026-10-09")).toBe("reviewed");
  });

  it("[D4] a review counts for the period of its UTC day, not its local day", () => {
    const j = structuredClone(EXAMPLE);
    j.reviews = [{ id: "r", cardId: "t1", reviewerId: "lin", at: "2026-10-05T00:30:00+02:00", status: "ok" }];
    // 2026-10-04T22:30Z: the last day of period 0, so period 1 (from 2026-10-05) has no review.
    expect(cardReviewState(j, "t1", "2026-10-20")).toBe("due");
    expect(cardReviewState(j, "t1", "2026-10-04")).toBe("reviewed");
  });

  it("[D6] an unknown card has no state", () => {
    expect(cardReviewState(EXAMPLE, "nope", "2026-10-20")).toBeNull();
  });

  it("[D6][D14] without rotation a month's review counts, but nothing is ever overdue", () => {
    const j = withoutRotation();
    expect(cardReviewState(j, "t4", "2026-10-20")).toBe("reviewed");
    expect(cardReviewState(j, "t4", "2026-11-03")).toBe("due");
    expect(cardReviewState(j, "t1", "2026-11-03")).toBe("due");
  });

  it("[D14] a touchpoint is new in the period it was created, due in the next, overdue only after a whole missed period", () => {
    // Periods: 2026-09-07.., 2026-10-05.., 2026-11-02.., 2026-11-30..
    const created = { cards: new Map([["t1", "2026-10-12"]]) };
    expect(cardReviewState(EXAMPLE, "t1", "2026-10-20", created)).toBe("new");
    expect(cardReviewState(EXAMPLE, "t1", "2026-11-10", created)).toBe("due");
    expect(cardReviewState(EXAMPLE, "t1", "2026-12-01", created)).toBe("overdue");
    // Created on the first day of a period: that period is its first, and still "new".
    const onStart = { cards: new Map([["t1", "2026-10-05"]]) };
    expect(cardReviewState(EXAMPLE, "t1", "2026-10-05", onStart)).toBe("new");
    expect(cardReviewState(EXAMPLE, "t1", "2026-11-02", onStart)).toBe("due");
    expect(cardReviewState(EXAMPLE, "t1", "2026-11-30", onStart)).toBe("overdue");
  });

  it("[D14] the map's creation day stands in for cards it came with; a card's own day wins", () => {
    const created = { map: "2026-11-05", cards: new Map([["t2", "2026-09-01"]]) };
    expect(cardReviewState(EXAMPLE, "t1", "2026-11-20", created)).toBe("new");
    expect(cardReviewState(EXAMPLE, "t1", "2026-12-10", created)).toBe("due");
    expect(cardReviewState(EXAMPLE, "t2", "2026-11-20", created)).toBe("overdue");
  });

  it("[D14] a review written while the touchpoint is new still counts", () => {
    const created = { cards: new Map([["t4", "2026-10-08"]]) };
    expect(cardReviewState(EXAMPLE, "t4", "2026-10-20", created)).toBe("reviewed");
  });
});

describe("what a person has to review", () => {
  it("[D7] the journey owner gets every unreviewed touchpoint; their own team's are marked", () => {
    const due = reviewDue(EXAMPLE, "2026-10-20", "lin");
    expect(due.period).toEqual({ start: "2026-10-05", end: "2026-11-01" });
    expect(due.isOwner).toBe(true);
    expect(due.teamId).toBe("product");
    expect(due.items.map((i) => [i.card.id, i.state, i.reasons])).toEqual([
      ["t1", "overdue", ["owner"]],
      ["t2", "overdue", ["owner"]],
      ["t3", "overdue", ["owner"]],
      ["t5", "overdue", ["owner", "team"]],
    ]);
  });

  it("[D7] a team member gets the team's unreviewed touchpoints only", () => {
    const due = reviewDue(EXAMPLE, "2026-10-20", "jana");
    expect(due.isOwner).toBe(false);
    expect(due.items.map((i) => [i.card.id, i.reasons])).toEqual([["t1", ["team"]]]);
    expect(reviewDue(EXAMPLE, "2026-10-20", "sven").items).toEqual([]); // t6 was reviewed
  });

  it("[D7] a needsWork review counts as reviewed", () => {
    expect(EXAMPLE.reviews![0]!.status).toBe("needsWork");
    expect(reviewDue(EXAMPLE, "2026-10-20", "lin").items.some((i) => i.card.id === "t4")).toBe(false);
  });

  it("[D7] an override makes its person the journey owner", () => {
    const due = reviewDue(EXAMPLE, "2026-12-28", "jana");
    expect(due.isOwner).toBe(true);
    expect(due.items).toHaveLength(6);
    expect(reviewDue(EXAMPLE, "2026-12-28", "omar").isOwner).toBe(false);
  });

  it("[D7][D14] a touchpoint created this period is in nobody's list yet", () => {
    const created = { cards: new Map([["t1", "2026-10-15"]]) };
    expect(reviewDue(EXAMPLE, "2026-10-20", "lin", created).items.map((i) => i.card.id)).toEqual(["t2", "t3", "t5"]);
    expect(reviewDue(EXAMPLE, "2026-10-20", "jana", created).items).toEqual([]);
  });

  it("[D7] without a rotation nobody is owner; teams still review per month", () => {
    const due = reviewDue(withoutRotation(), "2026-10-20", "lin");
    expect(due.isOwner).toBe(false);
    expect(due.period).toEqual({ start: "2026-10-01", end: "2026-10-31" });
    expect(due.items.map((i) => [i.card.id, i.state, i.reasons])).toEqual([["t5", "due", ["team"]]]);
  });

  it("[D7] an unknown person has nothing to review", () => {
    expect(reviewDue(EXAMPLE, "2026-10-20", "ghost")).toMatchObject({ isOwner: false, teamId: null, items: [] });
  });
});

describe("the review log", () => {
  it("[D8] newest first, with the UTC day of each review", () => {
    expect(reviewLog(EXAMPLE).map((e) => [e.review.id, e.day])).toEqual([["r2", "2026-10-12"], ["r1", "2026-10-09"]]);
  });

  it("[D8] filtered by card and by period", () => {
    expect(reviewLog(EXAMPLE, { cardId: "t4" }).map((e) => e.review.id)).toEqual(["r1"]);
    expect(reviewLog(EXAMPLE, { period: { start: "2026-10-10", end: "2026-10-31" } }).map((e) => e.review.id)).toEqual(["r2"]);
    expect(reviewLog(EXAMPLE, { cardId: "t4", period: { start: "2026-10-10", end: "2026-10-31" } })).toEqual([]);
  });

  it("[D8] orders by instant across zones; equal instants keep list order", () => {
    const j = structuredClone(EXAMPLE);
    j.reviews = [
      { id: "a", cardId: "t1", reviewerId: "lin", at: "2026-10-10T10:00:00+02:00", status: "ok" },
      { id: "b", cardId: "t1", reviewerId: "lin", at: "2026-10-10T09:00:00Z", status: "ok" },
      { id: "c", cardId: "t1", reviewerId: "lin", at: "2026-10-10T08:00:00Z", status: "ok" },
    ];
    expect(reviewLog(j).map((e) => e.review.id)).toEqual(["b", "a", "c"]);
  });
});
