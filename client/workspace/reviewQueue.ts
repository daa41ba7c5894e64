/**
 * "I am ...": one review queue over every journey a person owns this period. Pure: the People
 * view and its tests read the same answer.
 */
import { addDays, daysBetween } from "../../shared/dso/days";
import type { MapRotation, OverviewJourney, WsTouchpoint } from "./workspaceApi";

export interface QueueJourney {
  readonly mapId: string;
  readonly title: string;
  /** Touchpoints still to review this period, overdue first, then by journey order. */
  readonly items: readonly WsTouchpoint[];
  /** Touchpoints already reviewed this period. */
  readonly done: number;
}

/**
 * The journeys `personId` owns on the overview's day, each with its touchpoints whose review is
 * due or overdue (overdue first; otherwise in the server's order).
 */
export function reviewQueue(personId: string, journeys: readonly OverviewJourney[], touchpoints: readonly WsTouchpoint[]): QueueJourney[] {
  return journeys
    .filter((j) => j.ownerNow === personId)
    .map((j) => {
      const mine = touchpoints.filter((tp) => tp.mapId === j.id);
      const open = mine.filter((tp) => tp.review.state === "overdue" || tp.review.state === "due");
      const items = [...open.filter((tp) => tp.review.state === "overdue"), ...open.filter((tp) => tp.review.state === "due")];
      return { mapId: j.id, title: j.title, items, done: mine.filter((tp) => tp.review.state === "done").length };
    })
    .sort((a, b) => b.items.length - a.items.length || a.title.localeCompare(b.title) || a.mapId.localeCompare(b.mapId));
}

/** One bar of the rotation calendar: a period clipped to the window, in day columns (1-based). */
export interface CalendarBar {
  readonly ownerId: string;
  readonly cover: boolean;
  readonly start: string;
  readonly end: string;
  readonly fromColumn: number;
  /** Exclusive, as CSS grid lines. */
  readonly toColumn: number;
}

/**
 * A journey's periods as bars on a calendar of `days` days from `from`; periods outside the
 * window are dropped, those crossing its edges are clipped.
 */
export function calendarBars(rotation: MapRotation, from: string, days: number): CalendarBar[] {
  const last = addDays(from, days - 1);
  return rotation.periods
    .filter((p) => p.end >= from && p.start <= last)
    .map((p) => {
      const start = p.start < from ? from : p.start;
      const end = p.end > last ? last : p.end;
      return {
        ownerId: p.ownerId,
        cover: p.cover === true,
        start: p.start,
        end: p.end,
        fromColumn: daysBetween(from, start) + 1,
        toColumn: daysBetween(from, end) + 2,
      };
    });
}
