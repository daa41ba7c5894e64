import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useMapSession } from "./useMapSession";

/**
 * Downloads the map as a journey file (journey-format.md), exactly what the reader derived from
 * the document (on this device: with every change not yet sent). `label` overrides "Export JSON".
 */
export function ExportJsonButton({ label }: { label?: MessageKey } = {}) {
  const t = useT();
  const { journey } = useMapSession();
  return (
    <button type="button" className="btn btn-small" onClick={() => void import("../export/downloads").then((m) => m.downloadJson(journey))}>
      <ToolIcon name="download" />
      {t(label ?? "map.exportJson")}
    </button>
  );
}
