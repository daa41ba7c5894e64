import { memo } from "react";
import type { MetricStatus } from "../../shared/dso/kpi";
import type { SeriesPoint } from "../../shared/metrics/series";

const W = 84;
const H = 22;
const PAD = 2;

/** The polyline's points for `points` in a W x H box (a flat series draws a middle line). */
function pathOf(points: readonly SeriesPoint[], target: number | null): { line: string; targetY: number | null } {
  const values = points.map((p) => p.value);
  const all = target === null ? values : [...values, target];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const y = (v: number) => (hi === lo ? H / 2 : PAD + (H - 2 * PAD) * (1 - (v - lo) / span));
  const step = points.length > 1 ? (W - 2 * PAD) / (points.length - 1) : 0;
  const line = points.map((p, i) => `${(PAD + i * step).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return { line, targetY: target === null ? null : y(target) };
}

/**
 * A KPI's recent points as a small line (K4's trend), coloured by its status, with the target as
 * a dashed line. The words (`label`) say what the line shows; fewer than two points draw nothing.
 */
export const KpiTrendLine = memo(function KpiTrendLine({ points, target, status, label }: { points: readonly SeriesPoint[]; target: number | null; status: MetricStatus | null; label: string }) {
  if (points.length < 2) return null;
  const { line, targetY } = pathOf(points, target);
  return (
    <svg className={`kpi-trend kpi-trend-${status ?? "none"}`} width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {targetY !== null && <line className="kpi-trend-target" x1={0} x2={W} y1={targetY} y2={targetY} />}
      <polyline className="kpi-trend-line" points={line} />
    </svg>
  );
});
