import { useState } from "react";
import { useT } from "../i18n/useT";
import { AppHeader } from "../ui/AppHeader";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { ToolIcon } from "../ui/ToolIcon";
import { HeaderSlots, ExportSlot } from "./headerSlots";
import { MapTitle } from "./MapTitle";
import { ShareDialog } from "./ShareDialog";
import { StatusIndicator } from "./StatusIndicator";
import { UndoButtons } from "./UndoButtons";
import { WorkspaceCrumb } from "./WorkspaceCrumb";
import { useMapSession } from "./useMapSession";
import { useMapInternals } from "./mapInternals";

/**
 * The map's header: title, who may do what (view only, presenting), the connection; then undo,
 * export and share. The second row holds the ownership and workshop controls of other areas.
 */
export function MapHeader({ mapKey }: { mapKey: string }) {
  const t = useT();
  const session = useMapSession();
  const { roleKnown } = useMapInternals();
  const [sharing, setSharing] = useState(false);
  const editing = session.canEdit && !session.presenting;
  return (
    <>
      <AppHeader
        end={
          <>
            {editing && <UndoButtons />}
            {!session.presenting && (
              <>
                <ExportSlot />
                <button type="button" className="btn btn-small btn-primary" onClick={() => setSharing(true)}>
                  <ToolIcon name="share" />
                  {t("map.share")}
                </button>
              </>
            )}
          </>
        }
      >
        <WorkspaceCrumb mapId={session.mapId} mapKey={mapKey} />
        <MapTitle />
        {!session.canEdit && roleKnown && (
          <span className="badge badge-viewonly" title={t("map.viewOnly.hint")}>
            {t("map.viewOnly")}
          </span>
        )}
        {session.presenting && <span className="badge badge-presenting">{t("map.presenting")}</span>}
        <StatusIndicator />
      </AppHeader>
      <div className="map-subheader">
        <ErrorBoundary name="header-slots">
          <HeaderSlots />
        </ErrorBoundary>
      </div>
      {sharing && <ShareDialog mapKey={mapKey} onClose={() => setSharing(false)} />}
    </>
  );
}
