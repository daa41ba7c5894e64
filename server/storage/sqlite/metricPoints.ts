import type Database from "better-sqlite3";
import type { SeriesPoint } from "../../../shared/metrics/series";
import { StorageError } from "../Storage";
import { groupPoints, PointLimitError, type MetricPointStore, type PointsBySeries, type UpsertResult } from "../MetricPointStore";

interface Row {
  series: string;
  day: string;
  value: number;
}

/**
 * Metric points in SQLite (table `metric_points`, schema step 6, sqliteSchema.ts). The primary
 * key (workspace, series, day) is the index every read walks: a series' last points are an
 * index range read backwards, whatever the workspace holds.
 */
export class SqliteMetricPointStore implements MetricPointStore {
  private readonly stmts;
  private readonly upsertTx: (workspaceId: string, seriesId: string, points: readonly SeriesPoint[], max: number) => UpsertResult;
  private readonly upsertManyTx: (workspaceId: string, points: ReadonlyMap<string, readonly SeriesPoint[]>, keepExisting: boolean) => void;

  constructor(db: Database.Database) {
    const stmts = {
      put: db.prepare("INSERT INTO metric_points (workspace_id, series_id, day, value) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, series_id, day) DO UPDATE SET value = excluded.value"),
      add: db.prepare("INSERT INTO metric_points (workspace_id, series_id, day, value) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, series_id, day) DO NOTHING"),
      count: db.prepare<[string, string], { n: number }>("SELECT count(*) AS n FROM metric_points WHERE workspace_id = ? AND series_id = ?"),
      remove: db.prepare("DELETE FROM metric_points WHERE workspace_id = ? AND series_id = ? AND day = ?"),
      range: db.prepare<[string, string, string, string], Row>(
        "SELECT series_id AS series, day, value FROM metric_points WHERE workspace_id = ? AND series_id = ? AND day >= ? AND day <= ? ORDER BY day",
      ),
      recent: db.prepare<[string, string, string, number], Row>(
        "SELECT series_id AS series, day, value FROM metric_points WHERE workspace_id = ? AND series_id = ? AND day <= ? ORDER BY day DESC LIMIT ?",
      ),
      counts: db.prepare<[string], { series: string; n: number }>("SELECT series_id AS series, count(*) AS n FROM metric_points WHERE workspace_id = ? GROUP BY series_id"),
      all: db.prepare<[string], Row>("SELECT series_id AS series, day, value FROM metric_points WHERE workspace_id = ? ORDER BY series_id, day"),
      workspaces: db.prepare<[], { id: string }>("SELECT DISTINCT workspace_id AS id FROM metric_points ORDER BY workspace_id"),
      forget: db.prepare("DELETE FROM metric_points WHERE workspace_id = ?"),
      queue: db.prepare("INSERT INTO metric_points_todo (workspace_id) VALUES (?) ON CONFLICT DO NOTHING"),
      pending: db.prepare<[], { id: string }>("SELECT workspace_id AS id FROM metric_points_todo ORDER BY workspace_id"),
      done: db.prepare("DELETE FROM metric_points_todo WHERE workspace_id = ?"),
    };
    this.stmts = stmts;
    this.upsertTx = db.transaction((workspaceId: string, seriesId: string, points: readonly SeriesPoint[], max: number) => {
      const before = (stmts.count.get(workspaceId, seriesId) as { n: number }).n;
      for (const p of points) stmts.put.run(workspaceId, seriesId, p.on, p.value);
      const after = (stmts.count.get(workspaceId, seriesId) as { n: number }).n;
      if (after > max) throw new PointLimitError();
      return { added: after - before, replaced: points.length - (after - before) };
    });
    this.upsertManyTx = db.transaction((workspaceId: string, points: ReadonlyMap<string, readonly SeriesPoint[]>, keepExisting: boolean) => {
      const stmt = keepExisting ? stmts.add : stmts.put;
      for (const [seriesId, list] of points) for (const p of list) stmt.run(workspaceId, seriesId, p.on, p.value);
    });
  }

  private run<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof PointLimitError) throw err;
      throw new StorageError(`${what} failed: ${(err as Error).message}`, { cause: err });
    }
  }

  async upsert(workspaceId: string, seriesId: string, points: readonly SeriesPoint[], max: number): Promise<UpsertResult | null> {
    try {
      return this.run("metricPoints.upsert", () => this.upsertTx(workspaceId, seriesId, points, max));
    } catch (err) {
      if (err instanceof PointLimitError) return null;
      throw err;
    }
  }

  async upsertMany(workspaceId: string, points: ReadonlyMap<string, readonly SeriesPoint[]>, options: { keepExisting?: boolean } = {}): Promise<void> {
    this.run("metricPoints.upsertMany", () => this.upsertManyTx(workspaceId, points, options.keepExisting === true));
  }

  async remove(workspaceId: string, seriesId: string, day: string): Promise<boolean> {
    return this.run("metricPoints.remove", () => this.stmts.remove.run(workspaceId, seriesId, day).changes > 0);
  }

  async range(workspaceId: string, seriesId: string, from?: string, to?: string): Promise<SeriesPoint[]> {
    return this.run("metricPoints.range", () => this.stmts.range.all(workspaceId, seriesId, from ?? "", to ?? "\uffff").map((r) => ({ on: r.day, value: r.value })));
  }

  async recent(workspaceId: string, seriesIds: readonly string[], to: string, n: number): Promise<PointsBySeries> {
    return this.run("metricPoints.recent", () => {
      const out: PointsBySeries = new Map();
      if (n <= 0) return out;
      for (const id of seriesIds) {
        const rows = this.stmts.recent.all(workspaceId, id, to, n);
        if (rows.length > 0) out.set(id, rows.reverse().map((r) => ({ on: r.day, value: r.value })));
      }
      return out;
    });
  }

  async counts(workspaceId: string): Promise<Map<string, number>> {
    return this.run("metricPoints.counts", () => new Map(this.stmts.counts.all(workspaceId).map((r) => [r.series, r.n])));
  }

  async all(workspaceId: string): Promise<PointsBySeries> {
    return this.run("metricPoints.all", () => groupPoints(this.stmts.all.all(workspaceId)));
  }

  async workspaceIds(): Promise<string[]> {
    return this.run("metricPoints.workspaceIds", () => this.stmts.workspaces.all().map((r) => r.id));
  }

  async forgetWorkspace(workspaceId: string): Promise<void> {
    this.run("metricPoints.forget", () => {
      this.stmts.forget.run(workspaceId);
      this.stmts.done.run(workspaceId);
    });
  }

  async queueMove(workspaceIds: readonly string[]): Promise<void> {
    this.run("metricPoints.queueMove", () => {
      for (const id of workspaceIds) this.stmts.queue.run(id);
    });
  }

  async pendingMoves(): Promise<string[]> {
    return this.run("metricPoints.pendingMoves", () => this.stmts.pending.all().map((r) => r.id));
  }

  async moveDone(workspaceId: string): Promise<void> {
    this.run("metricPoints.moveDone", () => this.stmts.done.run(workspaceId));
  }
}
