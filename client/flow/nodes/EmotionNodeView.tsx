import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { MessageKey } from "../../i18n/catalogue";
import { useT } from "../../i18n/useT";
import type { EmotionNode } from "../flowTypes";
import { emotionCurve, emotionTone, emotionY } from "../emotionCurve";

/** The emotion curve through the stages: one point per stage with an emotion, -2 (bottom) to 2 (top). */
function EmotionNodeViewImpl({ data, width, height }: NodeProps<EmotionNode>) {
  const t = useT();
  const w = width ?? 0;
  const h = height ?? 0;
  const yOf = (e: number) => emotionY(e, h);
  const { points: pts, path } = emotionCurve(data.points, h);
  return (
    <div className="emotion-band" style={{ width: w, height: h }}>
      <div className="emotion-label" style={{ width: data.labelWidth }}>
        <span className="header-name">{t("editor.emotion")}</span>
        <span className="muted small">{pts.length > 0 ? t("editor.emotion.hint") : t("editor.emotion.none")}</span>
      </div>
      <svg className="emotion-svg" width={w} height={h} role="img" aria-label={t("editor.emotion")}>
        <line x1={data.labelWidth} x2={w} y1={yOf(0)} y2={yOf(0)} className="emotion-zero" />
        <path d={path} className="emotion-path" />
        {pts.map((p, i) => (
          <g key={i}>
            <circle cx={p.x} cy={yOf(p.emotion)} r={7} className={`emotion-dot emotion-${emotionTone(p.emotion)}`} />
            <title>{t(`editor.emotion.${Math.round(p.emotion)}` as MessageKey)}</title>
          </g>
        ))}
      </svg>
    </div>
  );
}

export const EmotionNodeView = memo(EmotionNodeViewImpl);
