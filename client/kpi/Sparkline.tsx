import { memo } from "react";
import type { MetricStatus } from "../../shared/dso/kpi";
import type { SeriesPoint } from "../../shared/metrics/series";
import { sparkline } from "./sparkline";

interface SparklineProps {
  readonly trend: readonly SeriesPoint[];
  readonly width?: number;
  readonly height?: number;
  readonly className?: string;
  /** Draws the target as a dashed line (and keeps it in the box). */
  readonly target?: number | null;
  /** Colours the line by the KPI's status; without it the line takes the text colour where it sits (a chip's status colour). */
  readonly status?: MetricStatus | null;
  /** Says what the line shows, for a line that stands alone; without it the line is decorative (the numbers are in the text beside it). */
  readonly label?: string;
}

/**
 * A KPI's trend (K4's points, oldest first) as a small inline SVG line with a dot on the latest
 * point; fewer than two points draw nothing. One component for the card chips, the inspector,
 * the KPI views and the review agenda.
 */
export const Sparkline = memo(function Sparkline({ trend, width = 28, height = 10, className, target = null, status, label }: SparklineProps) {
  if (trend.length < 2) return null;
  const g = sparkline(
    trend.map((p) => p.value),
    width,
    height,
    1.5,
    target,
  );
  const classes = ["sparkline", status !== undefined ? `sparkline-${status ?? "none"}` : "", className ?? ""].filter(Boolean).join(" ");
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true, focusable: false };
  return (
    <svg className={classes} width={width} height={height} viewBox={`0 0 ${width} ${height}`} {...a11y}>
      {label && <title>{label}</title>}
      {g.targetY !== null && <line className="sparkline-target" x1={0} x2={width} y1={g.targetY} y2={g.targetY} />}
      <polyline points={g.points} fill="none" stroke="currentColor" strokeWidth={1.25} strokeLinejoin="round" strokeLinecap="round" />
      {g.last && <circle cx={g.last.x} cy={g.last.y} r={1.6} fill="currentColor" />}
    </svg>
  );
});
