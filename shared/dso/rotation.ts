/**
 * The rotating journey owner (journey-format.md "Rotation"; SPEC.md F29, F30, D1, D2).
 * Every function takes the day as `YYYY-MM-DD` and never reads the clock.
 */
import type { Override, Rotation } from "../schema/rotation";
import { addDays, dayNumber } from "./days";

/** One rotation period: index k (negative before `startsOn`), first and last day (inclusive). */
export interface Period {
  index: number;
  start: string;
  end: string;
}

/** The body of `GET /api/maps/:id/rotation` (api.md): who owns `on`, the period and the handover. */
export interface RotationStatus {
  on: string;
  ownerId: string | null;
  periodStart: string;
  periodEnd: string;
  nextOwnerId: string | null;
  handoverOn: string;
}

/** A period as the rotation panel shows it ahead of time. */
export interface UpcomingPeriod extends Period {
  /** The owner of the period's first day (an override on that day included), or null. */
  ownerId: string | null;
  /** Overrides that overlap the period, in list order. */
  overrides: Override[];
}

/**
 * The journey owner on `day` (F29): the `ownerId` of the LAST override whose `from` <= day <= `to`;
 * else nobody (null) before `startsOn`; else `ownerIds[floor(days / cadenceDays) mod ownerIds.length]`.
 */
export function ownerOn(rotation: Rotation, day: string): string | null {
  const n = dayNumber(day);
  const overrides = rotation.overrides ?? [];
  for (let i = overrides.length - 1; i >= 0; i--) {
    const o = overrides[i] as Override;
    if (dayNumber(o.from) <= n && n <= dayNumber(o.to)) return o.ownerId;
  }
  const since = n - dayNumber(rotation.startsOn);
  if (since < 0) return null;
  const k = Math.floor(since / rotation.cadenceDays);
  return rotation.ownerIds[k % rotation.ownerIds.length] ?? null;
}

/**
 * The period containing `day` (F30): k = floor(days(day - startsOn) / cadenceDays), start =
 * startsOn + k * cadenceDays, end = start + cadenceDays - 1. Before `startsOn` k is negative and
 * periods continue backwards in the same steps (SPEC.md clarification 11). Overrides never move periods.
 */
export function periodOf(rotation: Rotation, day: string): Period {
  const k = Math.floor((dayNumber(day) - dayNumber(rotation.startsOn)) / rotation.cadenceDays);
  return periodAt(rotation, k);
}

/** The period with index `k` (0 starts on `startsOn`). */
export function periodAt(rotation: Rotation, k: number): Period {
  const start = addDays(rotation.startsOn, k * rotation.cadenceDays);
  return { index: k, start, end: addDays(start, rotation.cadenceDays - 1) };
}

/** The handover after `day`: the first day of the next period (F30). */
export function handoverOn(rotation: Rotation, day: string): string {
  return addDays(periodOf(rotation, day).end, 1);
}

/** The owner on the handover day after `day` (overrides on that day included), or null. */
export function nextOwner(rotation: Rotation, day: string): string | null {
  return ownerOn(rotation, handoverOn(rotation, day));
}

/** Everything `GET /api/maps/:id/rotation?on=day` answers (D1). */
export function rotationStatus(rotation: Rotation, day: string): RotationStatus {
  const period = periodOf(rotation, day);
  const handover = addDays(period.end, 1);
  return {
    on: day,
    ownerId: ownerOn(rotation, day),
    periodStart: period.start,
    periodEnd: period.end,
    nextOwnerId: ownerOn(rotation, handover),
    handoverOn: handover,
  };
}

/**
 * `count` periods starting with the one that contains `day` (D2), each with the owner of its first
 * day and the overrides that overlap it.
 */
export function upcomingPeriods(rotation: Rotation, day: string, count: number): UpcomingPeriod[] {
  const first = periodOf(rotation, day).index;
  const out: UpcomingPeriod[] = [];
  for (let k = first; k < first + Math.max(0, Math.floor(count)); k++) {
    const period = periodAt(rotation, k);
    const overrides = (rotation.overrides ?? []).filter((o) => o.from <= period.end && o.to >= period.start);
    out.push({ ...period, ownerId: ownerOn(rotation, period.start), overrides });
  }
  return out;
}
