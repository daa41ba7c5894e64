import { describe, expect, it } from "vitest";
import type { Rotation } from "../../shared/schema/rotation";
import {
  InvalidDateError, addDays, daysBetween, handoverOn, isCalendarDate, nextOwner, ownerOn, periodOf,
  rotationStatus, upcomingPeriods, utcDayOf,
} from "../../shared/dso";

/** The rotation of the example file: four weeks each, Jana covers the holidays. */
const ROTATION: Rotation = {
  cadenceDays: 28,
  startsOn: "2026-09-07",
  ownerIds: ["omar", "lin", "sven", "jana"],
  overrides: [{ from: "2026-12-21", to: "2027-01-03", ownerId: "jana" }],
};

describe("days", () => {
  it("[F10] addDays crosses months, leap days and years", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("0001-01-01", -1)).toBe("0000-12-31");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
  });

  it("[F10] daysBetween counts whole days, negative backwards", () => {
    expect(daysBetween("2026-09-07", "2026-10-05")).toBe(28);
    expect(daysBetween("2026-10-05", "2026-09-07")).toBe(-28);
    expect(daysBetween("2000-01-01", "2100-01-01")).toBe(36_525);
  });

  it("[F10] a bad day is a named error, never a wrong answer", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(InvalidDateError);
    expect(() => ownerOn(ROTATION, "2026-9-7")).toThrow(InvalidDateError);
    expect(isCalendarDate("0000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
  });

  it("[D4] utcDayOf turns a zoned time into its UTC day", () => {
    expect(utcDayOf("2026-11-21T00:30:00+01:00")).toBe("2026-11-20");
    expect(utcDayOf("2026-11-20T23:30:00-02:00")).toBe("2026-11-21");
    expect(utcDayOf("2026-11-21T09:30:00Z")).toBe("2026-11-21");
    expect(utcDayOf("2026-12-31T23:59:59.999Z")).toBe("2026-12-31");
  });
});

describe("the journey owner on a day", () => {
  it("[F29] takes turns of cadenceDays from startsOn, in ownerIds order", () => {
    expect(ownerOn(ROTATION, "2026-09-07")).toBe("omar");
    expect(ownerOn(ROTATION, "2026-10-04")).toBe("omar");
    expect(ownerOn(ROTATION, "2026-10-05")).toBe("lin");
    expect(ownerOn(ROTATION, "2026-11-02")).toBe("sven");
    expect(ownerOn(ROTATION, "2026-11-30")).toBe("jana");
    expect(ownerOn(ROTATION, "2027-01-25")).toBe("lin");
  });

  it("[F29] nobody owns a day before startsOn", () => {
    expect(ownerOn(ROTATION, "2026-09-06")).toBeNull();
    expect(ownerOn(ROTATION, "1999-01-01")).toBeNull();
  });

  it("[F29] an override wins over the turn, inclusive at both ends", () => {
    expect(ownerOn(ROTATION, "2026-12-20")).toBe("jana");
    expect(ownerOn(ROTATION, "2026-12-28")).toBe("jana"); // omar's turn, covered by jana
    expect(ownerOn(ROTATION, "2027-01-03")).toBe("jana");
    expect(ownerOn(ROTATION, "2027-01-04")).toBe("omar");
  });

  it("[F29] the LAST matching override wins, and an override may fall before startsOn", () => {
    const r: Rotation = {
      ...ROTATION,
      overrides: [
        { from: "2026-10-01", to: "2026-10-31", ownerId: "sven" },
        { from: "2026-10-10", to: "2026-10-12", ownerId: "jana" },
        { from: "2026-09-01", to: "2026-09-01", ownerId: "lin" },
      ],
    };
    expect(ownerOn(r, "2026-10-09")).toBe("sven");
    expect(ownerOn(r, "2026-10-10")).toBe("jana");
    expect(ownerOn(r, "2026-10-13")).toBe("sven");
    expect(ownerOn(r, "2026-09-01")).toBe("lin");
    const swapped: Rotation = { ...r, overrides: [r.overrides![1]!, r.overrides![0]!] };
    expect(ownerOn(swapped, "2026-10-10")).toBe("sven");
  });
});

describe("periods and the handover", () => {
  it("[F30] the period containing a day, end inclusive", () => {
    expect(periodOf(ROTATION, "2026-09-07")).toEqual({ index: 0, start: "2026-09-07", end: "2026-10-04" });
    expect(periodOf(ROTATION, "2026-10-04")).toEqual({ index: 0, start: "2026-09-07", end: "2026-10-04" });
    expect(periodOf(ROTATION, "2026-10-05")).toEqual({ index: 1, start: "2026-10-05", end: "2026-11-01" });
  });

  it("[F30] before startsOn periods continue backwards (clarification 11)", () => {
    expect(periodOf(ROTATION, "2026-09-06")).toEqual({ index: -1, start: "2026-08-10", end: "2026-09-06" });
    expect(periodOf(ROTATION, "2026-08-09")).toEqual({ index: -2, start: "2026-07-13", end: "2026-08-09" });
  });

  it("[F30] overrides never move periods; the handover is the next period's first day", () => {
    expect(periodOf(ROTATION, "2026-12-28")).toEqual({ index: 4, start: "2026-12-28", end: "2027-01-24" });
    expect(handoverOn(ROTATION, "2026-12-28")).toBe("2027-01-25");
    expect(nextOwner(ROTATION, "2026-12-28")).toBe("lin");
    expect(handoverOn(ROTATION, "2026-10-04")).toBe("2026-10-05");
    expect(nextOwner(ROTATION, "2026-10-04")).toBe("lin");
  });

  it("[D1] rotationStatus is the API body: on the last day before a handover", () => {
    expect(rotationStatus(ROTATION, "2026-10-04")).toEqual({
      on: "2026-10-04", ownerId: "omar", periodStart: "2026-09-07", periodEnd: "2026-10-04",
      nextOwnerId: "lin", handoverOn: "2026-10-05",
    });
  });

  it("[D1] on the handover day itself the new owner holds it", () => {
    expect(rotationStatus(ROTATION, "2026-10-05")).toEqual({
      on: "2026-10-05", ownerId: "lin", periodStart: "2026-10-05", periodEnd: "2026-11-01",
      nextOwnerId: "sven", handoverOn: "2026-11-02",
    });
  });

  it("[D1] nextOwnerId is the owner on the handover day, an override included", () => {
    expect(rotationStatus(ROTATION, "2026-12-15")).toEqual({
      on: "2026-12-15", ownerId: "jana", periodStart: "2026-11-30", periodEnd: "2026-12-27",
      nextOwnerId: "jana", handoverOn: "2026-12-28",
    });
  });

  it("[D1] a day before startsOn: nobody now, the first owner at the start", () => {
    expect(rotationStatus(ROTATION, "2026-09-01")).toEqual({
      on: "2026-09-01", ownerId: null, periodStart: "2026-08-10", periodEnd: "2026-09-06",
      nextOwnerId: "omar", handoverOn: "2026-09-07",
    });
    expect(rotationStatus(ROTATION, "2026-08-01").nextOwnerId).toBeNull();
  });

  it("[D1] a one-day cadence with one owner hands over to the same person every day", () => {
    const daily: Rotation = { cadenceDays: 1, startsOn: "2026-01-01", ownerIds: ["ann"] };
    expect(rotationStatus(daily, "2026-01-31")).toEqual({
      on: "2026-01-31", ownerId: "ann", periodStart: "2026-01-31", periodEnd: "2026-01-31",
      nextOwnerId: "ann", handoverOn: "2026-02-01",
    });
  });

  it("[D2] upcoming periods carry the first day's owner and the overlapping overrides", () => {
    const ov = ROTATION.overrides![0]!;
    expect(upcomingPeriods(ROTATION, "2026-12-01", 3)).toEqual([
      { index: 3, start: "2026-11-30", end: "2026-12-27", ownerId: "jana", overrides: [ov] },
      { index: 4, start: "2026-12-28", end: "2027-01-24", ownerId: "jana", overrides: [ov] },
      { index: 5, start: "2027-01-25", end: "2027-02-21", ownerId: "lin", overrides: [] },
    ]);
    expect(upcomingPeriods(ROTATION, "2026-12-01", 0)).toEqual([]);
  });
});
