/**
 * The KPI overview's rows (shared/metrics/RULES.md K9, K10): every KPI on the cards of some
 * journeys, read through the workspace's metrics library on a day (K7), off-target first, and
 * the overview's filters. Pure: the journeys, the library and the day are arguments, so the map
 * page (one journey) and the workspace page (all journeys) build the same rows.
 */
import type { MetricStatus } from "../../shared/dso/kpi";
import { readMetric, type ReadableSeries } from "../../shared/metrics/seriesMetric";
import type { SeriesPoint } from "../../shared/metrics/series";
import type { Journey } from "../../shared/schema/journey";
import type { Metric, MetricKind } from "../../shared/schema/metric";

/** A series of the library as the overview reads it (the workspace's `MetricSeries` fits). */
export interface KpiSeries extends ReadableSeries {
  readonly kind?: MetricKind;
  readonly label?: string;
  readonly ownerTeamId?: string;
}

/** One journey the overview covers: its map id, its title and the journey as read. */
export interface KpiJourney {
  readonly mapId: string;
  readonly title: string;
  readonly journey: Pick<Journey, "stages" | "lanes" | "cards">;
}

/** One KPI of one card, as the overview shows it. */
export interface KpiRow {
  /** Stable within the rows: `mapId/cardId/index`. */
  readonly key: string;
  readonly mapId: string;
  readonly journeyTitle: string;
  readonly cardId: string;
  readonly cardTitle: string;
  /** The KPI's index in the card's `metrics`. */
  readonly index: number;
  readonly kind: MetricKind;
  /** The metric as shown on the day (value, target and unit from its series when it names one, K7). */
  readonly metric: Metric;
  readonly status: MetricStatus | null;
  /** The series the KPI names when that series exists; `undefined` for a typed KPI or a series that is gone. */
  readonly seriesId?: string;
  /** The last points on or before the day, oldest first (K4); empty for a typed KPI. */
  readonly trend: readonly SeriesPoint[];
  /** `true` improving, `false` worsening, `null` flat or unknown (K4). */
  readonly improving: boolean | null;
  /** K9: the card's owner team, else the series' owner team. */
  readonly ownerTeamId?: string;
}

/** K9: the order of statuses in the overview: off target first, then unknown, then on target. */
const STATUS_RANK: Readonly<Record<MetricStatus | "none", number>> = { red: 0, amber: 1, none: 2, green: 3 };

/** Position of each id in a list, for ordering cards by stage, then lane. */
function positions(items: readonly { readonly id: string }[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.id, i]));
}

/**
 * K9: every KPI on the journeys' cards, read on `today` through `library` (a map by id or the list; K7), sorted off target
 * first (red, amber, no status, green), then by journey (in the order given), stage, lane, the
 * card's place in its cell and the KPI's place on the card. The owner team is the card's, else
 * its series' (the card owns the touchpoint; the series speaks for KPIs of unowned cards).
 */
export function kpiRows(journeys: readonly KpiJourney[], library: ReadonlyMap<string, KpiSeries> | readonly KpiSeries[], today: string): KpiRow[] {
  const byId: ReadonlyMap<string, KpiSeries> = Array.isArray(library) ? new Map(library.map((s) => [s.id, s])) : (library as ReadonlyMap<string, KpiSeries>);
  const rows: { row: KpiRow; order: readonly number[] }[] = [];
  journeys.forEach(({ mapId, title, journey }, j) => {
    const stageAt = positions(journey.stages);
    const laneAt = positions(journey.lanes);
    journey.cards.forEach((card, c) => {
      (card.metrics ?? []).forEach((metric, index) => {
        const reading = readMetric(metric, byId, today);
        const series = reading.series && metric.seriesId !== undefined ? byId.get(metric.seriesId) : undefined;
        const ownerTeamId = card.ownerTeamId ?? series?.ownerTeamId;
        const row: KpiRow = {
          key: `${mapId}/${card.id}/${index}`,
          mapId,
          journeyTitle: title,
          cardId: card.id,
          cardTitle: card.title,
          index,
          kind: metric.kind,
          metric: reading.metric,
          status: reading.status,
          ...(series ? { seriesId: series.id } : {}),
          trend: reading.series?.trend ?? [],
          improving: reading.series?.improving ?? null,
          ...(ownerTeamId !== undefined ? { ownerTeamId } : {}),
        };
        const order = [STATUS_RANK[reading.status ?? "none"], j, stageAt.get(card.stageId) ?? -1, laneAt.get(card.laneId) ?? -1, c, index];
        rows.push({ row, order });
      });
    });
  });
  rows.sort((a, b) => {
    for (let i = 0; i < a.order.length; i++) {
      const d = (a.order[i] as number) - (b.order[i] as number);
      if (d !== 0) return d;
    }
    return 0;
  });
  return rows.map((r) => r.row);
}

/** The overview's filters; an absent field does not filter. */
export interface KpiFilter {
  readonly teamId?: string;
  readonly kind?: MetricKind;
}

/** K10: the rows of one owner team and/or one metric kind, in the order given. */
export function filterKpiRows(rows: readonly KpiRow[], filter: KpiFilter): KpiRow[] {
  return rows.filter((row) => (filter.teamId === undefined || row.ownerTeamId === filter.teamId) && (filter.kind === undefined || row.kind === filter.kind));
}

/** How many rows are off target (red or amber), for a view's heading or tab. */
export function offTargetCount(rows: readonly KpiRow[]): number {
  return rows.filter((row) => row.status === "red" || row.status === "amber").length;
}
