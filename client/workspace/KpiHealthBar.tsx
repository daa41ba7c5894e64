import { useT } from "../i18n/useT";
import type { KpiHealth } from "./workspaceApi";

/** KPI health of a journey: on / close / off target as a stacked bar with the counts in words. */
export function KpiHealthBar({ health }: { health: KpiHealth }) {
  const t = useT();
  const measured = health.on + health.close + health.off;
  const label = t("workspace.kpi.summary", { on: health.on, close: health.close, off: health.off, none: health.none });
  if (measured === 0) return <span className="muted" title={label}>{t("workspace.kpi.noneSet")}</span>;
  return (
    <span className="ws-kpi" role="img" aria-label={label} title={label}>
      <span className="ws-kpi-bar" aria-hidden="true">
        {(["on", "close", "off"] as const).map((k) =>
          health[k] > 0 ? <span key={k} className={`ws-kpi-${k}`} style={{ flexGrow: health[k] }} /> : null,
        )}
      </span>
      <span className="ws-kpi-counts" aria-hidden="true">
        <span className="ws-kpi-n-on">{health.on}</span>·<span className="ws-kpi-n-close">{health.close}</span>·<span className="ws-kpi-n-off">{health.off}</span>
      </span>
    </span>
  );
}
