import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";

export type MapViewKind = "canvas" | "table";

/** Map or table: two toggle buttons (the table is the canvas's accessible alternative). */
export function MapViewSwitch({ view, onChange }: { view: MapViewKind; onChange(view: MapViewKind): void }) {
  const t = useT();
  return (
    <div className="map-view-switch" role="group" aria-label={t("table.switch")}>
      <button type="button" className="btn btn-small" aria-pressed={view === "canvas"} onClick={() => onChange("canvas")}>
        <ToolIcon name="card" size={14} />
        {t("table.view.canvas")}
      </button>
      <button type="button" className="btn btn-small" aria-pressed={view === "table"} onClick={() => onChange("table")}>
        <ToolIcon name="list" size={14} />
        {t("table.view.table")}
      </button>
    </div>
  );
}
