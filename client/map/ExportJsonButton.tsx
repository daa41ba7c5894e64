import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useMapStores } from "./MapStoreContext";

/**
 * Downloads the map as a journey file (journey-format.md), exactly what the reader derived from
 * the document (on this device: with every change not yet sent). `label` overrides "Export JSON".
 */
export function ExportJsonButton({ label }: { label?: MessageKey } = {}) {
  const t = useT();
  // The journey as it is when the button is pressed: the button does not render on each edit.
  const { map } = useMapStores();
  return (
    <button type="button" className="btn btn-small" onClick={() => void import("../export/downloads").then((m) => m.downloadJson(map.getState().journey))}>
      <ToolIcon name="download" />
      {t(label ?? "map.exportJson")}
    </button>
  );
}
