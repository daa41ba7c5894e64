/**
 * The workspace's cross-journey views, computed from map projections and the workspace (the
 * bodies of the overview, backlog, touchpoints and rotations endpoints, CONTRACT.md). Pure:
 * the day is an argument.
 */
import { backlogPriority } from "../dso/backlog";
import { metricStatus } from "../dso/kpi";
import { mapOrderComparator } from "../dso/mapOrder";
import { reviewStates } from "../dso/reviews";
import { nextOwner, handoverOn, ownerOn, periodAt, periodOf } from "../dso/rotation";
import type { Card } from "../schema/card";
import type { Journey } from "../schema/journey";
import type { Metric } from "../schema/metric";
import { createdDaysOf, type MapProjection } from "./projection";
import type { Workspace } from "./schema";

/** One map's projection with its id. */
export interface ProjectedMap {
  readonly id: string;
  readonly projection: MapProjection;
}

/** The directory as the views need it: which teams and people exist now (WS4). */
export interface DirectoryIds {
  readonly teams: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
}

/** The ids of the workspace's teams and people. */
export function directoryIds(workspace: Pick<Workspace, "teams" | "people">): DirectoryIds {
  return { teams: new Set(workspace.teams.map((t) => t.id)), people: new Set(workspace.people.map((p) => p.id)) };
}

const owner = (card: Card, dir: DirectoryIds): string | null =>
  card.ownerTeamId !== undefined && dir.teams.has(card.ownerTeamId) ? card.ownerTeamId : null;

const person = (id: string | null, dir: DirectoryIds): string | null => (id !== null && dir.people.has(id) ? id : null);

/** Worst status of a card's metrics: off (red), close (amber), on (green), or none. */
function health(metrics: readonly Metric[] | undefined): "on" | "close" | "off" | "none" {
  let best: "on" | "close" | "off" | "none" = "none";
  for (const m of metrics ?? []) {
    const s = metricStatus(m);
    if (s === "red") return "off";
    if (s === "amber") best = "close";
    else if (s === "green" && best === "none") best = "on";
  }
  return best;
}

/** One row of the workspace home (CONTRACT.md overview). */
export interface OverviewRow {
  id: string; title: string; status: Journey["status"] | null; group: string | null; tags: string[]; updatedAt: string;
  ownerNow: string | null; ownerNext: string | null; handoverOn: string | null;
  touchpoints: number; unowned: number; openPainPoints: number;
  kpiHealth: { on: number; close: number; off: number; none: number };
  reviewsDue: number; reviewsOverdue: number;
}

/** The overview row of one map on day `on` (WA8): KPI health counts touchpoints by their worst metric. */
export function overviewRow({ id, projection }: ProjectedMap, dir: DirectoryIds, on: string): OverviewRow {
  const j = projection.journey;
  const touchpoints = j.cards.filter((c) => c.kind === "touchpoint");
  const kpiHealth = { on: 0, close: 0, off: 0, none: 0 };
  for (const c of touchpoints) kpiHealth[health(c.metrics)]++;
  const states = reviewStates(j, touchpoints.map((c) => c.id), on, createdDaysOf(projection));
  let due = 0;
  let overdue = 0;
  for (const s of states.values()) {
    if (s === "due") due++;
    else if (s === "overdue") overdue++;
  }
  const r = j.rotation;
  return {
    id, title: j.title, status: j.status ?? null, group: j.group ?? null, tags: j.tags ?? [], updatedAt: projection.updatedAt,
    ownerNow: r ? person(ownerOn(r, on), dir) : null,
    ownerNext: r ? person(nextOwner(r, on), dir) : null,
    handoverOn: r ? handoverOn(r, on) : null,
    touchpoints: touchpoints.length,
    unowned: touchpoints.filter((c) => owner(c, dir) === null).length,
    openPainPoints: j.cards.filter((c) => c.kind === "painPoint" && (c.status ?? "open") !== "done").length,
    kpiHealth, reviewsDue: due, reviewsOverdue: overdue,
  };
}

/** One row of the central backlog. */
export interface BacklogRow {
  mapId: string; mapTitle: string; cardId: string; kind: "painPoint" | "opportunity"; title: string;
  stageId: string; stageName: string; ownerTeamId: string | null; impact: number | null; effort: number | null;
  votes: number; status: "open" | "inProgress" | "done"; priority: number;
  /** The card's creation day (D14: its own, else its map's), `null` when unknown (RV9 reads it). */
  createdOn: string | null;
}

/**
 * The central backlog (WA9): every pain point and opportunity of every map by D10/D11's rule,
 * across maps: priority, then votes, then workspace order of the maps, then map order.
 */
export function backlogRows(maps: readonly ProjectedMap[], dir: DirectoryIds): BacklogRow[] {
  const rows: { row: BacklogRow; mapIndex: number; inMap: number }[] = [];
  maps.forEach(({ id, projection }, mapIndex) => {
    const j = projection.journey;
    const stageName = new Map(j.stages.map((s) => [s.id, s.name]));
    const cards = j.cards.filter((c) => c.kind === "painPoint" || c.kind === "opportunity").sort(mapOrderComparator(j));
    cards.forEach((c, inMap) => {
      rows.push({
        mapIndex, inMap,
        row: {
          mapId: id, mapTitle: j.title, cardId: c.id, kind: c.kind as BacklogRow["kind"], title: c.title,
          stageId: c.stageId, stageName: stageName.get(c.stageId) ?? "", ownerTeamId: owner(c, dir),
          impact: c.impact ?? null, effort: c.effort ?? null, votes: c.votes ?? 0, status: c.status ?? "open", priority: backlogPriority(c),
          createdOn: projection.created.cards[c.id] ?? projection.created.map ?? null,
        },
      });
    });
  });
  rows.sort((a, b) => b.row.priority - a.row.priority || b.row.votes - a.row.votes || a.mapIndex - b.mapIndex || a.inMap - b.inMap);
  return rows.map((r) => r.row);
}

/** One touchpoint across the workspace. */
export interface TouchpointRow {
  mapId: string; mapTitle: string; cardId: string; title: string; stageName: string; ownerTeamId: string | null;
  metrics: Metric[];
  review: { state: "due" | "overdue" | "done" | "notDue"; lastAt?: string; lastStatus?: "ok" | "needsWork" };
}

const REVIEW_STATE = { reviewed: "done", new: "notDue", due: "due", overdue: "overdue" } as const;

/** Every touchpoint of every map with its owner, KPIs and review state on `on` (WA10). */
export function touchpointRows(maps: readonly ProjectedMap[], dir: DirectoryIds, on: string): TouchpointRow[] {
  const out: TouchpointRow[] = [];
  for (const { id, projection } of maps) {
    const j = projection.journey;
    const stageName = new Map(j.stages.map((s) => [s.id, s.name]));
    const touchpoints = j.cards.filter((c) => c.kind === "touchpoint").sort(mapOrderComparator(j));
    const states = reviewStates(j, touchpoints.map((c) => c.id), on, createdDaysOf(projection));
    const last = new Map<string, { at: string; status: "ok" | "needsWork" }>();
    for (const r of j.reviews ?? []) {
      if (r.at.slice(0, 10) > on) continue;
      const had = last.get(r.cardId);
      if (!had || Date.parse(r.at) >= Date.parse(had.at)) last.set(r.cardId, { at: r.at, status: r.status });
    }
    for (const c of touchpoints) {
      const l = last.get(c.id);
      const review: TouchpointRow["review"] = { state: REVIEW_STATE[states.get(c.id) ?? "due"] };
      if (l) {
        review.lastAt = l.at;
        review.lastStatus = l.status;
      }
      out.push({ mapId: id, mapTitle: j.title, cardId: c.id, title: c.title, stageName: stageName.get(c.stageId) ?? "", ownerTeamId: owner(c, dir), metrics: c.metrics ?? [], review });
    }
  }
  return out;
}

/** One stretch of a journey's rotation calendar. */
export interface RotationPeriodRow { start: string; end: string; ownerId: string | null; cover?: true }

/** Most periods listed per map (a 1-day cadence over years would be huge). */
export const MAX_PERIODS = 400;

/**
 * The rotation calendar of every map with a rotation between `from` and `to` (WA11): each
 * rotation period overlapping the range with the owner of its first day, then each override
 * overlapping it as a `cover` stretch; sorted by start.
 */
export function rotationRows(maps: readonly ProjectedMap[], dir: DirectoryIds, from: string, to: string): { mapId: string; mapTitle: string; periods: RotationPeriodRow[] }[] {
  const out: { mapId: string; mapTitle: string; periods: RotationPeriodRow[] }[] = [];
  for (const { id, projection } of maps) {
    const r = projection.journey.rotation;
    if (!r) continue;
    const periods: RotationPeriodRow[] = [];
    let k = periodOf(r, from).index;
    for (let n = 0; n < MAX_PERIODS; n++, k++) {
      const p = periodAt(r, k);
      if (p.start > to) break;
      const first = p.start;
      const base = k < 0 ? null : (r.ownerIds[((k % r.ownerIds.length) + r.ownerIds.length) % r.ownerIds.length] ?? null);
      void first;
      periods.push({ start: p.start, end: p.end, ownerId: person(base, dir) });
    }
    for (const o of r.overrides ?? []) {
      if (o.to < from || o.from > to) continue;
      periods.push({ start: o.from, end: o.to, ownerId: person(o.ownerId, dir), cover: true });
    }
    periods.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.cover ? 1 : -1));
    out.push({ mapId: id, mapTitle: projection.journey.title, periods });
  }
  return out;
}
