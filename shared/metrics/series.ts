/**
 * Metric series rules (shared/metrics/RULES.md, K-rules): dated points of a KPI fed by
 * integrations, the value a card shows on a day, target status in the series' direction, the
 * trend, and merging new points in (upsert by date). Pure: the day is always an argument.
 */
import { isCalendarDate } from "../schema/common";
import { AMBER_SHARE, type MetricStatus } from "../dso/kpi";

/** One measurement: the value of the series on a calendar day (YYYY-MM-DD). */
export interface SeriesPoint {
  readonly on: string;
  readonly value: number;
}

/** Which way is better: `up` (the default) or `down`. */
export type SeriesDirection = "up" | "down";

/** At most this many points per series (K3). */
export const MAX_SERIES_POINTS = 10_000;
/** At most this many points in one feed call (K5). */
export const MAX_POINTS_PER_CALL = 1_000;

/** Index of the last point with `on <= day` in `points` (sorted by `on`), or -1 (K1). */
function lastIndexOnOrBefore(points: readonly SeriesPoint[], day: string): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as SeriesPoint).on <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** K1: the latest point on or before `day`; `null` when the series has none yet. */
export function latestOn(points: readonly SeriesPoint[], day: string): SeriesPoint | null {
  const i = lastIndexOnOrBefore(points, day);
  return i < 0 ? null : (points[i] as SeriesPoint);
}

/**
 * K2: status of `value` against `target` in the series' direction: `green` on or beyond the
 * target, `amber` when it misses by at most 10% of |target| (no band when the target is 0),
 * `red` otherwise; `null` without a value or a target.
 */
export function directionStatus(value: number | undefined, target: number | undefined, direction: SeriesDirection = "up"): MetricStatus | null {
  if (value === undefined || target === undefined) return null;
  const miss = direction === "down" ? value - target : target - value;
  if (miss <= 0) return "green";
  return miss <= AMBER_SHARE * Math.abs(target) ? "amber" : "red";
}

/** What a series says on a day: its latest value, target status and recent trend (K1, K2, K4). */
export interface SeriesReading {
  readonly latest: SeriesPoint | null;
  readonly status: MetricStatus | null;
  /** The last `trendLength` points on or before the day, oldest first. */
  readonly trend: readonly SeriesPoint[];
  /** latest - the point before it; `null` with fewer than two points. */
  readonly change: number | null;
  /** `true` when the change goes the good way, `false` the bad way, `null` when flat or unknown. */
  readonly improving: boolean | null;
}

/** K4: the reading of a series on `day`, looking back `trendLength` points for the trend. */
export function readSeries(
  series: { readonly points?: readonly SeriesPoint[]; readonly target?: number; readonly direction?: SeriesDirection },
  day: string,
  trendLength = 12,
): SeriesReading {
  const points = series.points ?? [];
  const i = lastIndexOnOrBefore(points, day);
  const latest = i < 0 ? null : (points[i] as SeriesPoint);
  const trend = i < 0 ? [] : points.slice(Math.max(0, i - trendLength + 1), i + 1);
  const previous = i > 0 ? (points[i - 1] as SeriesPoint) : null;
  const change = latest && previous ? latest.value - previous.value : null;
  const good = change === null || change === 0 ? null : (series.direction ?? "up") === "up" ? change > 0 : change < 0;
  return { latest, status: directionStatus(latest?.value, series.target, series.direction), trend, change, improving: good };
}

/** One refused row of a feed call, by its index in the call. */
export interface PointIssue {
  readonly index: number;
  readonly message: string;
}

/**
 * K5: checks the rows of one feed call. Every row must be `{on, value}` with a real calendar
 * date and a finite number, no date may appear twice in the call, and a call holds 1..1,000
 * rows. Returns every problem by row index (index -1 for the call as a whole); the points only
 * when there is none, so a call is stored whole or not at all.
 */
export function checkPointRows(rows: unknown): { ok: true; points: SeriesPoint[] } | { ok: false; issues: PointIssue[] } {
  if (!Array.isArray(rows)) return { ok: false, issues: [{ index: -1, message: "points must be an array of {on, value}" }] };
  if (rows.length === 0) return { ok: false, issues: [{ index: -1, message: "there are no points" }] };
  if (rows.length > MAX_POINTS_PER_CALL) {
    return { ok: false, issues: [{ index: -1, message: `at most ${MAX_POINTS_PER_CALL} points a call, got ${rows.length}` }] };
  }
  const issues: PointIssue[] = [];
  const points: SeriesPoint[] = [];
  const firstIndexOf = new Map<string, number>();
  rows.forEach((row: unknown, index) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      issues.push({ index, message: "must be an object {on, value}" });
      return;
    }
    const keys = Object.keys(row);
    const extra = keys.filter((k) => k !== "on" && k !== "value");
    if (extra.length > 0) issues.push({ index, message: `unknown key "${extra[0]}"` });
    const { on, value } = row as { on?: unknown; value?: unknown };
    const dateOk = typeof on === "string" && isCalendarDate(on);
    if (!dateOk) issues.push({ index, message: `on must be a date YYYY-MM-DD, got ${JSON.stringify(on) ?? "nothing"}` });
    const valueOk = typeof value === "number" && Number.isFinite(value);
    if (!valueOk) issues.push({ index, message: `value must be a finite number, got ${typeof value === "number" ? String(value) : JSON.stringify(value) ?? "nothing"}` });
    if (dateOk) {
      const first = firstIndexOf.get(on);
      if (first !== undefined) issues.push({ index, message: `date ${on} is already given at index ${first}` });
      else firstIndexOf.set(on, index);
    }
    if (dateOk && valueOk && extra.length === 0) points.push({ on, value });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, points };
}

/**
 * K3: merges `incoming` into `existing` (sorted by `on`, one per date): a point for a date that
 * exists replaces it, the rest are added; the result is sorted with one point per date. Refuses
 * (returns `null`) when the result would exceed `max` points.
 */
export function upsertPoints(
  existing: readonly SeriesPoint[],
  incoming: readonly SeriesPoint[],
  max = MAX_SERIES_POINTS,
): { points: SeriesPoint[]; added: number; replaced: number } | null {
  const byDate = new Map<string, SeriesPoint>();
  for (const p of existing) byDate.set(p.on, p);
  let added = 0;
  let replaced = 0;
  for (const p of incoming) {
    if (byDate.has(p.on)) replaced++;
    else added++;
    byDate.set(p.on, { on: p.on, value: p.value });
  }
  if (byDate.size > max) return null;
  const points = [...byDate.values()].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return { points, added, replaced };
}

/**
 * K6: reads a CSV upload of `date,value` rows (an optional header line naming `date` and `value`;
 * `,` or `;` as separator; a decimal comma is accepted when the separator is `;`; blank lines
 * ignored) into feed rows, then checks them like a feed call (K5). Issues name the row index
 * among the data rows, which is also the line number minus the header.
 */
export function parsePointsCsv(text: string): ReturnType<typeof checkPointRows> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length > 0 && /date/i.test(lines[0] as string) && /value/i.test(lines[0] as string)) lines.shift();
  const rows: unknown[] = lines.map((line) => {
    const sep = line.includes(";") ? ";" : ",";
    const cells = line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
    if (cells.length !== 2) return { on: cells[0], value: Number.NaN, cells: cells.length };
    const raw = sep === ";" ? (cells[1] as string).replace(",", ".") : (cells[1] as string);
    const value = raw === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) ? Number.NaN : Number(raw);
    return { on: cells[0], value };
  });
  const checked = checkPointRows(rows);
  if (checked.ok) return checked;
  return {
    ok: false,
    issues: checked.issues.map((i) => {
      const row = rows[i.index] as { cells?: number } | undefined;
      return row?.cells !== undefined ? { index: i.index, message: `must have two cells, date and value; found ${row.cells}` } : i;
    }).filter((i, n, all) => all.findIndex((j) => j.index === i.index && j.message === i.message) === n),
  };
}
