/**
 * Who actually holds the journey, day by day, covers included (SPEC.md D15). The API's
 * `rotationStatus` answers by the format's rule (D1: the owner on the handover day); people
 * reading the page ask a different question, "who holds it next, and when?", and a cover inside
 * a period answers it differently. Pure: the day is always an argument.
 */
import type { Rotation } from "../schema/rotation";
import { addDays, dayNumber } from "./days";
import { ownerOn, periodAt, periodOf } from "./rotation";

/** A run of days with one holder inside a period. */
export interface HolderSpan {
  /** First and last day, inclusive. */
  from: string;
  to: string;
  /** The holder on those days (F29), or null before the rotation starts. */
  ownerId: string | null;
  /** True when an override (a holiday cover or swap) decides these days. */
  cover: boolean;
}

function coveredOn(rotation: Rotation, n: number): boolean {
  return (rotation.overrides ?? []).some((o) => dayNumber(o.from) <= n && n <= dayNumber(o.to));
}

/**
 * The holders of the days `start..end` in order, consecutive days with the same holder and the
 * same cover status merged (D15): a week Rita holds with Sam covering its first three days is
 * `[Sam 7-9 (cover), Rita 10-13]`.
 */
export function holderSpans(rotation: Rotation, start: string, end: string): HolderSpan[] {
  const out: HolderSpan[] = [];
  const last = dayNumber(end);
  let day = start;
  for (let n = dayNumber(start); n <= last; n++, day = addDays(day, 1)) {
    const ownerId = ownerOn(rotation, day);
    const cover = coveredOn(rotation, n);
    const previous = out[out.length - 1];
    if (previous && previous.ownerId === ownerId && previous.cover === cover) previous.to = day;
    else out.push({ from: day, to: day, ownerId, cover });
  }
  return out;
}

/** The next change of holder after a day: who takes over and on which day. */
export interface NextHolder {
  ownerId: string | null;
  on: string;
}

/**
 * The first day after `day` on which someone else holds the journey (D15), and who: a cover's
 * end hands back to the period's owner, a cover's start hands over to the cover, a period's
 * start to its owner. Null when nobody else ever will (a roster of one person and no overrides).
 */
export function nextHolder(rotation: Rotation, day: string): NextHolder | null {
  const now = ownerOn(rotation, day);
  // Before startsOn nobody holds it (outside overrides): the next period start that matters is startsOn.
  const k = Math.max(periodOf(rotation, day).index, -1);
  const candidates = new Set<string>();
  // The holder only changes where a period starts or an override starts or ends; a full round of
  // the roster after the current period includes every owner there is.
  for (let i = 1; i <= rotation.ownerIds.length + 1; i++) candidates.add(periodAt(rotation, k + i).start);
  for (const o of rotation.overrides ?? []) {
    candidates.add(o.from);
    candidates.add(addDays(o.to, 1));
  }
  const after = [...candidates].filter((c) => c > day).sort();
  for (const on of after) {
    const ownerId = ownerOn(rotation, on);
    if (ownerId !== now) return { ownerId, on };
  }
  return null;
}
