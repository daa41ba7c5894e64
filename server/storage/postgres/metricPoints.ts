import type { SeriesPoint } from "../../../shared/metrics/series";
import { groupPoints, PointLimitError, type MetricPointStore, type PointsBySeries, type UpsertResult } from "../MetricPointStore";
import type { PostgresQuery, PostgresTx } from "./workspaces";

interface Row {
  series: string;
  day: string;
  value: number;
}

const INSERT = `
  INSERT INTO metric_points (workspace_id, series_id, day, value)
  SELECT $1, s, d, v FROM unnest($2::text[], $3::text[], $4::float8[]) AS i(s, d, v)
  ON CONFLICT (workspace_id, series_id, day)`;
const UPSERT = `${INSERT} DO UPDATE SET value = excluded.value RETURNING (xmax = 0) AS inserted`;
const ADD_MISSING = `${INSERT} DO NOTHING`;

/** Metric points in PostgreSQL (table `metric_points`, postgresSchema.ts step 6), the same rules as SQLite's. */
export class PostgresMetricPointStore implements MetricPointStore {
  constructor(
    private readonly tx: PostgresTx,
    private readonly query: PostgresQuery,
  ) {}

  async upsert(workspaceId: string, seriesId: string, points: readonly SeriesPoint[], max: number): Promise<UpsertResult | null> {
    try {
      return await this.tx("metricPoints.upsert", async (c) => {
      // One writer per series at a time, so the count below is the series' own.
      await c.query("SELECT pg_advisory_xact_lock(hashtext('baton.points'), hashtext($1 || '/' || $2))", [workspaceId, seriesId]);
      const r = await c.query<{ inserted: boolean }>(UPSERT, [workspaceId, points.map(() => seriesId), points.map((p) => p.on), points.map((p) => p.value)]);
      const added = r.rows.filter((x) => x.inserted).length;
      const n = await c.query<{ n: string }>("SELECT count(*) AS n FROM metric_points WHERE workspace_id = $1 AND series_id = $2", [workspaceId, seriesId]);
      if (Number(n.rows[0]?.n ?? 0) > max) throw new PointLimitError();
      return { added, replaced: points.length - added };
      });
    } catch (err) {
      if ((err as { cause?: unknown }).cause instanceof PointLimitError) return null;
      throw err;
    }
  }

  async upsertMany(workspaceId: string, points: ReadonlyMap<string, readonly SeriesPoint[]>, options: { keepExisting?: boolean } = {}): Promise<void> {
    const flat = [...points].flatMap(([s, list]) => list.map((p) => ({ s, p })));
    if (flat.length === 0) return;
    await this.tx("metricPoints.upsertMany", async (c) => {
      for (let i = 0; i < flat.length; i += 10_000) {
        const part = flat.slice(i, i + 10_000);
        await c.query(options.keepExisting ? ADD_MISSING : UPSERT, [workspaceId, part.map((x) => x.s), part.map((x) => x.p.on), part.map((x) => x.p.value)]);
      }
    });
  }

  async remove(workspaceId: string, seriesId: string, day: string): Promise<boolean> {
    const r = await this.query("metricPoints.remove", "DELETE FROM metric_points WHERE workspace_id = $1 AND series_id = $2 AND day = $3", [workspaceId, seriesId, day]);
    return (r.rowCount ?? 0) > 0;
  }

  async range(workspaceId: string, seriesId: string, from?: string, to?: string): Promise<SeriesPoint[]> {
    const { rows } = await this.query<Row>(
      "metricPoints.range",
      "SELECT day, value FROM metric_points WHERE workspace_id = $1 AND series_id = $2 AND ($3::text IS NULL OR day >= $3) AND ($4::text IS NULL OR day <= $4) ORDER BY day",
      [workspaceId, seriesId, from ?? null, to ?? null],
    );
    return rows.map((r) => ({ on: r.day, value: Number(r.value) }));
  }

  async recent(workspaceId: string, seriesIds: readonly string[], to: string, n: number): Promise<PointsBySeries> {
    if (n <= 0 || seriesIds.length === 0) return new Map();
    const { rows } = await this.query<Row>(
      "metricPoints.recent",
      `SELECT s.id AS series, p.day, p.value FROM unnest($2::text[]) AS s(id)
       CROSS JOIN LATERAL (SELECT day, value FROM metric_points WHERE workspace_id = $1 AND series_id = s.id AND day <= $3 ORDER BY day DESC LIMIT $4) p
       ORDER BY s.id, p.day`,
      [workspaceId, [...seriesIds], to, n],
    );
    return groupPoints(rows.map((r) => ({ ...r, value: Number(r.value) })));
  }

  async counts(workspaceId: string): Promise<Map<string, number>> {
    const { rows } = await this.query<{ series: string; n: string }>("metricPoints.counts", "SELECT series_id AS series, count(*) AS n FROM metric_points WHERE workspace_id = $1 GROUP BY series_id", [workspaceId]);
    return new Map(rows.map((r) => [r.series, Number(r.n)]));
  }

  async all(workspaceId: string): Promise<PointsBySeries> {
    const { rows } = await this.query<Row>("metricPoints.all", "SELECT series_id AS series, day, value FROM metric_points WHERE workspace_id = $1 ORDER BY series_id, day", [workspaceId]);
    return groupPoints(rows.map((r) => ({ ...r, value: Number(r.value) })));
  }

  async workspaceIds(): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>("metricPoints.workspaceIds", "SELECT DISTINCT workspace_id AS id FROM metric_points ORDER BY workspace_id");
    return rows.map((r) => r.id);
  }

  async forgetWorkspace(workspaceId: string): Promise<void> {
    await this.tx("metricPoints.forget", async (c) => {
      await c.query("DELETE FROM metric_points WHERE workspace_id = $1", [workspaceId]);
      await c.query("DELETE FROM metric_points_todo WHERE workspace_id = $1", [workspaceId]);
    });
  }

  async queueMove(workspaceIds: readonly string[]): Promise<void> {
    await this.query("metricPoints.queueMove", "INSERT INTO metric_points_todo (workspace_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING", [[...workspaceIds]]);
  }

  async pendingMoves(): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>("metricPoints.pendingMoves", "SELECT workspace_id AS id FROM metric_points_todo ORDER BY workspace_id");
    return rows.map((r) => r.id);
  }

  async moveDone(workspaceId: string): Promise<void> {
    await this.query("metricPoints.moveDone", "DELETE FROM metric_points_todo WHERE workspace_id = $1", [workspaceId]);
  }
}
