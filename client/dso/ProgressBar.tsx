import { useT } from "../i18n/useT";

/**
 * A 0..1 progress as a bar with its percentage; `null` (no current value yet, or target equal
 * to baseline) shows as an empty bar that says so instead of a misleading 0 %.
 */
export function ProgressBar({ value, label, compact = false }: { value: number | null; label: string; compact?: boolean }) {
  const t = useT();
  const percent = value === null ? null : Math.round(value * 100);
  const tone = percent === null ? "none" : percent >= 70 ? "green" : percent >= 30 ? "amber" : "red";
  return (
    <div className={compact ? "dso-progress dso-progress-compact" : "dso-progress"}>
      <div
        className="dso-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? t("dso.okr.noProgress") : `${percent} %`}
      >
        <div className={`dso-progress-fill dso-tone-${tone}`} style={{ width: `${percent ?? 0}%` }} />
      </div>
      <span className="dso-progress-text">{percent === null ? t("dso.okr.noProgress") : `${percent} %`}</span>
    </div>
  );
}
