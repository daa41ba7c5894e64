import { lazy, Suspense, useState } from "react";
import { useT } from "../i18n/useT";
import { AppHeader } from "../ui/AppHeader";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { ToolIcon } from "../ui/ToolIcon";
import { HeaderSlots, ExportSlot } from "./headerSlots";
import { MapTitle } from "./MapTitle";
import { MapViewSwitch, type MapViewKind } from "./MapViewSwitch";
import { StatusIndicator } from "./StatusIndicator";
import { UndoButtons } from "./UndoButtons";
import { WorkspaceCrumb } from "./WorkspaceCrumb";
import { LoadingOverlay } from "../ui/Loading";
import { useMap } from "./useMap";

/** The share dialog is downloaded when a person shows the intent to open it (hover, focus, click). */
const loadShareDialog = () => import("./ShareDialog");
const ShareDialog = lazy(() => loadShareDialog().then((m) => ({ default: m.ShareDialog })));

/**
 * The map's header: title, who may do what (view only, presenting), the connection; then undo,
 * export and share. The second row holds the ownership and workshop controls of other areas.
 */
export function MapHeader({ mapKey, view, onViewChange }: { mapKey: string; view: MapViewKind; onViewChange(view: MapViewKind): void }) {
  const t = useT();
  const mapId = useMap((s) => s.mapId);
  const { canEdit, presenting, roleKnown, role } = useMap((s) => ({ canEdit: s.canEdit, presenting: s.presenting, roleKnown: s.roleKnown, role: s.role }));
  const [sharing, setSharing] = useState(false);
  const editing = canEdit && !presenting;
  return (
    <>
      <AppHeader
        end={
          <>
            {editing && <UndoButtons />}
            {!presenting && (
              <>
                <ExportSlot />
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  onPointerEnter={() => void loadShareDialog()}
                  onFocus={() => void loadShareDialog()}
                  onClick={() => setSharing(true)}
                >
                  <ToolIcon name="share" />
                  {t("map.share")}
                </button>
              </>
            )}
          </>
        }
      >
        <WorkspaceCrumb mapId={mapId} mapKey={mapKey} />
        <MapTitle />
        {!canEdit && roleKnown && (
          <span className="badge badge-viewonly" title={t(role === "participant" ? "map.participant.hint" : "map.viewOnly.hint")}>
            {t(role === "participant" ? "map.participant" : "map.viewOnly")}
          </span>
        )}
        {presenting && <span className="badge badge-presenting">{t("map.presenting")}</span>}
        <StatusIndicator />
      </AppHeader>
      <div className="map-subheader">
        {!presenting && <MapViewSwitch view={view} onChange={onViewChange} />}
        <ErrorBoundary name="header-slots">
          <HeaderSlots />
        </ErrorBoundary>
      </div>
      {sharing && (
        <Suspense fallback={<LoadingOverlay />}>
          <ShareDialog mapKey={mapKey} onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </>
  );
}
