import type { SeriesPoint } from "../../shared/metrics/series";
import { sparkline } from "./sparkline";

/**
 * A KPI's trend as a tiny inline SVG line with a dot on the latest point, drawn in the text
 * colour of where it sits (`currentColor`, so a chip's status colour from the tokens). Decorative:
 * the numbers it draws are said in the chip's or the row's text.
 */
export function Sparkline({ trend, width = 28, height = 10, className }: { trend: readonly SeriesPoint[]; width?: number; height?: number; className?: string }) {
  if (trend.length < 2) return null;
  const g = sparkline(trend.map((p) => p.value), width, height, 1.5);
  return (
    <svg className={`sparkline${className ? ` ${className}` : ""}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={g.points} fill="none" stroke="currentColor" strokeWidth={1.25} strokeLinejoin="round" strokeLinecap="round" />
      {g.last && <circle cx={g.last.x} cy={g.last.y} r={1.6} fill="currentColor" />}
    </svg>
  );
}
