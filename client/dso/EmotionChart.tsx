import { emotionByStage } from "../../shared/dso";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";

const W = 380;
const H = 170;
const PAD = { left: 70, right: 14, top: 14, bottom: 30 };
const LEVELS = [
  { value: 2, key: "dso.emotion.veryGood" },
  { value: 0, key: "dso.emotion.neutral" },
  { value: -2, key: "dso.emotion.veryBad" },
] as const;

/**
 * How the customer feels stage by stage (the core's mean emotion per stage, -2..2, SPEC.md
 * D13) as a small line chart; a stage without emotions leaves a gap. Screen readers get the
 * same numbers as a table.
 */
export function EmotionChart() {
  const t = useT();
  // The means per stage, compared by value: an edit that changes no emotion does not render the chart.
  const points = useMap((s) => emotionByStage(s.journey));
  if (points.length === 0) return <p className="dso-hint">{t("dso.overview.noStages")}</p>;
  const step = (W - PAD.left - PAD.right) / points.length;
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => PAD.top + ((2 - v) / 4) * (H - PAD.top - PAD.bottom);
  const segments: string[] = [];
  let path = "";
  points.forEach((p, i) => {
    if (p.mean === null) {
      if (path) segments.push(path);
      path = "";
      return;
    }
    path += `${path ? "L" : "M"}${x(i).toFixed(1)},${y(p.mean).toFixed(1)}`;
  });
  if (path) segments.push(path);
  const maxLabel = Math.max(6, Math.floor(step / 6.5));
  return (
    <figure className="dso-emotion">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("dso.overview.emotionChart")}>
        {LEVELS.map(({ value, key }) => (
          <g key={value}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(value)} y2={y(value)} className={value === 0 ? "dso-axis-zero" : "dso-axis"} />
            <text x={PAD.left - 8} y={y(value) + 4} textAnchor="end" fontSize="11" className="dso-axis-label">
              {t(key)}
            </text>
          </g>
        ))}
        {segments.map((d, i) => (
          <path key={i} d={d} className="dso-emotion-line" />
        ))}
        {points.map((p, i) =>
          p.mean === null ? null : (
            <circle key={p.stageId} cx={x(i)} cy={y(p.mean)} r={5.5} className={p.mean < 0 ? "dso-dot-bad" : p.mean > 0 ? "dso-dot-good" : "dso-dot"}>
              <title>{`${p.name}: ${p.mean.toFixed(1)}`}</title>
            </circle>
          ),
        )}
        {points.map((p, i) => (
          <text key={p.stageId} x={x(i)} y={H - 8} textAnchor="middle" fontSize="11" className="dso-axis-label">
            {p.name.length <= maxLabel ? p.name : `${p.name.slice(0, maxLabel - 1)}…`}
          </text>
        ))}
      </svg>
      <table className="dso-sr">
        <caption>{t("dso.overview.emotionChart")}</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.stageId}>
              <th scope="row">{p.name}</th>
              <td>{p.mean === null ? t("dso.overview.noEmotion") : p.mean.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
