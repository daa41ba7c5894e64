import { describe, expect, it } from "vitest";
import { cardReviewState, reviewDue } from "../../shared/dso";
import type { Journey } from "../../shared/schema/journey";
import type { Review } from "../../shared/schema/review";
import { personalQueue, reviewRound } from "../../client/dso/reviewView";
import { recentReviewPeriods } from "../../client/dso/recentReviewPeriods";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

const review = (id: string, cardId: string, at: string, status: Review["status"] = "ok"): Review => ({ id, cardId, reviewerId: "lin", at, status });

// The example's rotation: 28-day turns from 2026-09-07, roster omar, lin, sven, jana; jana covers 2026-12-21..2027-01-03.
const DAYS = ["2026-09-01", "2026-09-07", "2026-10-04", "2026-10-05", "2026-10-12", "2026-11-01", "2026-11-02", "2026-11-21", "2027-02-01"];

describe("client/dso reviewView", () => {
  it("[D6] every touchpoint's mark agrees with the core's cardReviewState, on days across several turns", () => {
    const journey: Journey = {
      ...example,
      reviews: [...(example.reviews ?? []), review("x1", "t1", "2026-11-03T08:00:00Z", "needsWork"), review("x2", "t2", "2026-09-20T23:59:59-02:00")],
    };
    for (const day of DAYS) {
      const round = reviewRound(journey, day);
      for (const item of round.items) {
        const core = cardReviewState(journey, item.card.id, day);
        const split = item.mark === "needsWork" ? "reviewed" : item.mark;
        expect({ day, card: item.card.id, mark: split }).toEqual({ day, card: item.card.id, mark: core });
      }
    }
  });

  it("[D6] a touchpoint reviewed this turn shows what its latest review found: OK or needs work", () => {
    const journey: Journey = {
      ...example,
      reviews: [review("a", "t1", "2026-11-03T08:00:00Z", "ok"), review("b", "t1", "2026-11-10T08:00:00Z", "needsWork"), review("c", "t2", "2026-11-05T08:00:00Z", "ok")],
    };
    const round = reviewRound(journey, "2026-11-21");
    expect(round.byCard.get("t1")?.mark).toBe("needsWork");
    expect(round.byCard.get("t1")?.thisPeriod.map((r) => r.id)).toEqual(["b", "a"]);
    expect(round.byCard.get("t2")?.mark).toBe("reviewed");
    expect(round).toMatchObject({ total: 6, reviewed: 2, needsWork: 1 });
  });

  it("[D4] a review dated after the day asked about does not count yet", () => {
    const journey: Journey = { ...example, reviews: [review("late", "t1", "2026-11-25T08:00:00Z")] };
    expect(reviewRound(journey, "2026-11-21").byCard.get("t1")?.mark).not.toBe("reviewed");
    expect(reviewRound(journey, "2026-11-25").byCard.get("t1")?.mark).toBe("reviewed");
  });

  it("[D7] the personal queue holds exactly the core's due items, overdue first, plus what was done this turn", () => {
    const journey: Journey = { ...example, reviews: [...(example.reviews ?? []), review("d", "t6", "2026-11-04T08:00:00Z")] };
    // 2026-11-21 lies in turn 2 (2026-11-02..2026-11-29): sven owns the journey and is in "care".
    const sven = personalQueue(journey, "sven", "2026-11-21");
    const due = reviewDue(journey, "2026-11-21", "sven");
    expect(sven.isOwner).toBe(true);
    expect(new Set(sven.todo.map((i) => i.card.id))).toEqual(new Set(due.items.map((i) => i.card.id)));
    const states = sven.todo.map((i) => i.state);
    expect(states).toEqual([...states].sort((a, b) => (a === b ? 0 : a === "overdue" ? -1 : 1)));
    expect(sven.done.map((i) => i.card.id)).toEqual(["t6"]);
    // lin (product) is not the owner: only product's touchpoints t4 and t5 are hers.
    const lin = personalQueue(journey, "lin", "2026-11-21");
    expect(lin.isOwner).toBe(false);
    expect(lin.todo.map((i) => i.card.id).sort()).toEqual(["t4", "t5"]);
    expect(lin.todo.every((i) => i.reasons.includes("team"))).toBe(true);
  });

  it("[D5] the log's periods are the rotation's turns back to its first, or calendar months without a rotation", () => {
    expect(recentReviewPeriods(example, "2026-11-21", 12)).toEqual([
      { start: "2026-11-02", end: "2026-11-29" },
      { start: "2026-10-05", end: "2026-11-01" },
      { start: "2026-09-07", end: "2026-10-04" },
    ]);
    const { rotation: _r, ...noRotation } = example;
    expect(recentReviewPeriods(noRotation, "2026-03-15", 3)).toEqual([
      { start: "2026-03-01", end: "2026-03-31" },
      { start: "2026-02-01", end: "2026-02-28" },
      { start: "2026-01-01", end: "2026-01-31" },
    ]);
  });
});
