import type { SeriesPoint } from "../../../shared/metrics/series";
import type { MetricPointStore, PointsBySeries, UpsertResult } from "../MetricPointStore";

const byDay = (a: SeriesPoint, b: SeriesPoint) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0);

/** Metric points in memory (tests); workspace -> series -> day -> value. */
export class MemoryMetricPointStore implements MetricPointStore {
  private readonly data = new Map<string, Map<string, Map<string, number>>>();
  private readonly pending = new Set<string>();

  constructor(private readonly check: () => void) {}

  private series(workspaceId: string, seriesId: string, create: boolean): Map<string, number> | undefined {
    let ws = this.data.get(workspaceId);
    if (!ws) {
      if (!create) return undefined;
      this.data.set(workspaceId, (ws = new Map()));
    }
    let s = ws.get(seriesId);
    if (!s && create) ws.set(seriesId, (s = new Map()));
    return s;
  }

  private sorted(days: Map<string, number> | undefined): SeriesPoint[] {
    return [...(days ?? new Map<string, number>()).entries()].map(([on, value]) => ({ on, value })).sort(byDay);
  }

  async upsert(workspaceId: string, seriesId: string, points: readonly SeriesPoint[], max: number): Promise<UpsertResult | null> {
    this.check();
    const existing = this.series(workspaceId, seriesId, false);
    const replaced = points.filter((p) => existing?.has(p.on)).length;
    if ((existing?.size ?? 0) + points.length - replaced > max) return null;
    const days = this.series(workspaceId, seriesId, true) as Map<string, number>;
    for (const p of points) days.set(p.on, p.value);
    return { added: points.length - replaced, replaced };
  }

  async upsertMany(workspaceId: string, points: ReadonlyMap<string, readonly SeriesPoint[]>, options: { keepExisting?: boolean } = {}): Promise<void> {
    this.check();
    for (const [seriesId, list] of points) {
      if (list.length === 0) continue;
      const days = this.series(workspaceId, seriesId, true) as Map<string, number>;
      for (const p of list) if (!options.keepExisting || !days.has(p.on)) days.set(p.on, p.value);
    }
  }

  async remove(workspaceId: string, seriesId: string, day: string): Promise<boolean> {
    this.check();
    return this.series(workspaceId, seriesId, false)?.delete(day) ?? false;
  }

  async range(workspaceId: string, seriesId: string, from?: string, to?: string): Promise<SeriesPoint[]> {
    return this.sorted(this.series(workspaceId, seriesId, false)).filter((p) => (from === undefined || p.on >= from) && (to === undefined || p.on <= to));
  }

  async recent(workspaceId: string, seriesIds: readonly string[], to: string, n: number): Promise<PointsBySeries> {
    const out: PointsBySeries = new Map();
    for (const id of seriesIds) {
      const list = this.sorted(this.series(workspaceId, id, false)).filter((p) => p.on <= to);
      if (list.length > 0 && n > 0) out.set(id, list.slice(-n));
    }
    return out;
  }

  async counts(workspaceId: string): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const [id, days] of this.data.get(workspaceId) ?? []) if (days.size > 0) out.set(id, days.size);
    return out;
  }

  async all(workspaceId: string): Promise<PointsBySeries> {
    const out: PointsBySeries = new Map();
    for (const id of [...(this.data.get(workspaceId)?.keys() ?? [])].sort()) {
      const list = this.sorted(this.series(workspaceId, id, false));
      if (list.length > 0) out.set(id, list);
    }
    return out;
  }

  async workspaceIds(): Promise<string[]> {
    return [...this.data.entries()].filter(([, ws]) => [...ws.values()].some((d) => d.size > 0)).map(([id]) => id).sort();
  }

  async forgetWorkspace(workspaceId: string): Promise<void> {
    this.check();
    this.data.delete(workspaceId);
    this.pending.delete(workspaceId);
  }

  async queueMove(workspaceIds: readonly string[]): Promise<void> {
    this.check();
    for (const id of workspaceIds) this.pending.add(id);
  }

  async pendingMoves(): Promise<string[]> {
    return [...this.pending].sort();
  }

  async moveDone(workspaceId: string): Promise<void> {
    this.check();
    this.pending.delete(workspaceId);
  }
}
