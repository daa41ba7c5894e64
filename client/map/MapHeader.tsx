import { lazy, Suspense, useState } from "react";
import { useT } from "../i18n/useT";
import { AppHeader } from "../ui/AppHeader";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { ToolIcon } from "../ui/ToolIcon";
import { NARROW_QUERY, useMediaQuery } from "../ui/useMediaQuery";
import { HeaderSlots, ExportSlot } from "./headerSlots";
import { MapTitle } from "./MapTitle";
import { MapViewSwitch, type MapViewKind } from "./MapViewSwitch";
import { StatusIndicator } from "./StatusIndicator";
import { UndoButtons } from "./UndoButtons";
import { WorkspaceCrumb } from "./WorkspaceCrumb";
import { LoadingOverlay } from "../ui/Loading";
import { useMap } from "./useMap";
import { withLaterMessages } from "../i18n/pageI18n";

/** The share dialog is downloaded when a person shows the intent to open it (hover, focus, click). */
const loadShareDialog = () => withLaterMessages(import("./ShareDialog"));
const ShareDialog = lazy(() => loadShareDialog().then((m) => ({ default: m.ShareDialog })));
const MENU_ID = "map-menu";

/**
 * The map's header: title, who may do what (view only, presenting), the connection; then undo,
 * export and share. The second row holds the ownership and workshop controls of other areas.
 * On a narrow page (a tablet, a phone) the second row and the header's buttons fold into a menu
 * under one button (PL5); the name form and a follow notice still show while the menu is closed.
 */
export function MapHeader({ mapKey, view, onViewChange }: { mapKey: string; view: MapViewKind; onViewChange(view: MapViewKind): void }) {
  const t = useT();
  const mapId = useMap((s) => s.mapId);
  const { canEdit, presenting, roleKnown, role } = useMap((s) => ({ canEdit: s.canEdit, presenting: s.presenting, roleKnown: s.roleKnown, role: s.role }));
  const [sharing, setSharing] = useState(false);
  const narrow = useMediaQuery(NARROW_QUERY);
  const [menuOpen, setMenuOpen] = useState(false);
  const editing = canEdit && !presenting;
  const actions = (
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
  );
  const folded = narrow && !menuOpen;
  return (
    <>
      <AppHeader
        language={!narrow}
        end={
          narrow ? (
            <button type="button" className="btn btn-small map-menu-button" aria-expanded={menuOpen} aria-controls={MENU_ID} onClick={() => setMenuOpen((o) => !o)}>
              <ToolIcon name={menuOpen ? "close" : "menu"} />
              {t("layout.menu")}
            </button>
          ) : (
            actions
          )
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
      {/* Folded, the row stays mounted (the workshop publishes presence from it) and only its controls hide. */}
      <div
        id={MENU_ID}
        className={`map-subheader${narrow ? " is-menu" : ""}${folded ? " is-folded" : ""}`}
        role={narrow ? "region" : undefined}
        aria-label={narrow ? t("layout.menu.label") : undefined}
        onKeyDown={(e) => {
          if (narrow && menuOpen && e.key === "Escape" && !e.defaultPrevented) {
            setMenuOpen(false);
            document.querySelector<HTMLElement>(".map-menu-button")?.focus();
          }
        }}
      >
        {narrow && (
          <div className="map-menu-actions">
            {actions}
            <LanguageSwitch />
          </div>
        )}
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
