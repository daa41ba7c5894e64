import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useMapSession } from "./useMapSession";

/** Downloads the map as a journey file (journey-format.md), exactly what the reader derived from the document. */
export function ExportJsonButton() {
  const t = useT();
  const { journey } = useMapSession();
  return (
    <button type="button" className="btn btn-small" onClick={() => void import("../export/downloads").then((m) => m.downloadJson(journey))}>
      <ToolIcon name="download" />
      {t("map.exportJson")}
    </button>
  );
}
