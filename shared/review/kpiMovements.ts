/**
 * The KPI part of a review's agenda (shared/review/RULES.md RV2-RV5): which series went off
 * target in the period, which moved most, which hand-typed card KPIs are off target, each with
 * the cards that show it. Pure: the days are arguments.
 */
import { addDays } from "../dso/days";
import { LOWER_IS_BETTER, metricStatus, type MetricStatus } from "../dso/kpi";
import { directionStatus, latestOn, type SeriesDirection, type SeriesPoint } from "../metrics/series";
import type { Metric, MetricKind } from "../schema/metric";

/** A series of the library as far as the agenda reads it. */
export interface AgendaSeries {
  readonly id: string;
  readonly kind: MetricKind;
  readonly label?: string;
  readonly unit?: string;
  readonly target?: number;
  readonly direction?: SeriesDirection;
  readonly ownerTeamId?: string;
  readonly points?: readonly SeriesPoint[];
}

/** A touchpoint with its KPIs, as `GET /api/workspaces/:id/touchpoints` lists it. */
export interface AgendaTouchpoint {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly cardId: string;
  readonly title: string;
  readonly stageName: string;
  readonly ownerTeamId: string | null;
  readonly metrics: readonly Metric[];
  readonly review: { readonly state: "due" | "overdue" | "done" | "notDue" };
}

/** A card an agenda item links to. */
export interface AgendaCard {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly cardId: string;
  readonly title: string;
}

/** Why a KPI is on the agenda. */
export type KpiReason = "wentOff" | "movedMost" | "offTyped";

/** One KPI on the agenda. */
export interface KpiAgendaItem {
  readonly reason: KpiReason;
  /** The series' id (RV2, RV3); for a typed KPI (RV4) the card's `mapId:cardId:index`. */
  readonly id: string;
  readonly seriesId: string | null;
  readonly kind: MetricKind;
  readonly label: string | null;
  readonly unit: string | null;
  readonly target: number | null;
  readonly direction: SeriesDirection;
  readonly ownerTeamId: string | null;
  /** The value before the period (RV2) or its first in the period (RV3); `null` when there was none. */
  readonly start: SeriesPoint | null;
  /** The value on asOf (K1); a typed KPI's value is read as of asOf (RV4). */
  readonly end: SeriesPoint | null;
  readonly statusStart: MetricStatus | null;
  readonly statusEnd: MetricStatus | null;
  /** end - start, when both exist. */
  readonly change: number | null;
  /** The cards whose KPI shows this series (RV5), or the typed KPI's card. */
  readonly cards: readonly AgendaCard[];
}

/** How many series RV3 lists. */
export const MOVED_MOST = 3;

const card = (tp: AgendaTouchpoint): AgendaCard => ({ mapId: tp.mapId, mapTitle: tp.mapTitle, cardId: tp.cardId, title: tp.title });

/** RV5: the cards whose KPIs name each series, in the touchpoints' order, each card once per series. */
function cardsBySeries(touchpoints: readonly AgendaTouchpoint[]): Map<string, AgendaCard[]> {
  const out = new Map<string, AgendaCard[]>();
  for (const tp of touchpoints) {
    const seen = new Set<string>();
    for (const m of tp.metrics) {
      if (m.seriesId === undefined || seen.has(m.seriesId)) continue;
      seen.add(m.seriesId);
      const list = out.get(m.seriesId) ?? [];
      list.push(card(tp));
      out.set(m.seriesId, list);
    }
  }
  return out;
}

/** How far a value misses its target, as a share of |target| (0 when on target or unknown). */
function missShare(value: number | undefined, target: number | undefined, direction: SeriesDirection): number {
  if (value === undefined || target === undefined) return 0;
  const miss = direction === "down" ? value - target : target - value;
  return miss <= 0 ? 0 : miss / (Math.abs(target) || 1);
}

/** RV3's scale of a move: |target|, else |start|, else 1. */
function moveShare(start: number, end: number, target: number | undefined): number {
  const scale = target !== undefined && target !== 0 ? Math.abs(target) : start !== 0 ? Math.abs(start) : 1;
  return Math.abs(end - start) / scale;
}

/**
 * RV2-RV5: the KPI items of a review of `from`..`asOf` (asOf = min(to, today)), went-off first
 * (largest miss first), then the typed KPIs that are off target, then the `movedMost` series
 * that moved most. Ties by id.
 */
export function kpiAgenda(series: readonly AgendaSeries[], touchpoints: readonly AgendaTouchpoint[], from: string, asOf: string, movedMost = MOVED_MOST): KpiAgendaItem[] {
  const cards = cardsBySeries(touchpoints);
  const before = addDays(from, -1);
  const wentOff: { item: KpiAgendaItem; miss: number }[] = [];
  const moved: { item: KpiAgendaItem; share: number }[] = [];
  for (const s of series) {
    const points = s.points ?? [];
    const direction = s.direction ?? "up";
    const prior = latestOn(points, before);
    const end = latestOn(points, asOf);
    const inPeriod = points.find((p) => p.on >= from && p.on <= asOf) ?? null;
    const statusStart = directionStatus(prior?.value, s.target, direction);
    const statusEnd = directionStatus(end?.value, s.target, direction);
    const base = {
      id: s.id, seriesId: s.id, kind: s.kind, label: s.label ?? null, unit: s.unit ?? null, target: s.target ?? null, direction,
      ownerTeamId: s.ownerTeamId ?? null, end, statusEnd, cards: cards.get(s.id) ?? [],
    };
    if (statusEnd === "red" && statusStart !== "red" && inPeriod) {
      const change = prior && end ? end.value - prior.value : null;
      wentOff.push({ item: { ...base, reason: "wentOff", start: prior, statusStart, change }, miss: missShare(end?.value, s.target, direction) });
      continue;
    }
    const start = prior ?? inPeriod;
    if (!start || !end || !inPeriod || start.on === end.on || start.value === end.value) continue;
    const item: KpiAgendaItem = { ...base, reason: "movedMost", start, statusStart: directionStatus(start.value, s.target, direction), change: end.value - start.value };
    moved.push({ item, share: moveShare(start.value, end.value, s.target) });
  }
  wentOff.sort((a, b) => b.miss - a.miss || (a.item.id < b.item.id ? -1 : 1));
  moved.sort((a, b) => b.share - a.share || (a.item.id < b.item.id ? -1 : 1));
  return [...wentOff.map((w) => w.item), ...typedOffTarget(series, touchpoints, asOf), ...moved.slice(0, Math.max(0, movedMost)).map((m) => m.item)];
}

/** RV4: card KPIs read as typed (no series, or a series that is gone) that are red (D12). */
function typedOffTarget(series: readonly AgendaSeries[], touchpoints: readonly AgendaTouchpoint[], asOf: string): KpiAgendaItem[] {
  const known = new Set(series.map((s) => s.id));
  const out: { item: KpiAgendaItem; miss: number }[] = [];
  for (const tp of touchpoints) {
    tp.metrics.forEach((m, index) => {
      if (m.seriesId !== undefined && known.has(m.seriesId)) return;
      if (metricStatus(m) !== "red") return;
      const direction: SeriesDirection = LOWER_IS_BETTER.has(m.kind) ? "down" : "up";
      out.push({
        miss: missShare(m.value, m.target, direction),
        item: {
          reason: "offTyped", id: `${tp.mapId}:${tp.cardId}:${index}`, seriesId: null, kind: m.kind, label: m.label ?? null, unit: m.unit ?? null,
          target: m.target ?? null, direction, ownerTeamId: tp.ownerTeamId, start: null, end: { on: asOf, value: m.value as number }, statusStart: null, statusEnd: "red", change: null,
          cards: [card(tp)],
        },
      });
    });
  }
  return out.sort((a, b) => b.miss - a.miss).map((o) => o.item);
}
