import { memo, Suspense, useRef, useState, type ComponentType, type CSSProperties } from "react";
import { Inspector } from "../inspector/Inspector";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Loading } from "../ui/Loading";
import { ToolIcon } from "../ui/ToolIcon";
import { PanelResizer } from "./PanelResizer";
import { SIDE_VIEWS } from "./sideViews";
import { useSidePanelWidth } from "./useSidePanelWidth";
import { useSidePanelOpen } from "./useSidePanelOpen";

/** A view shown in the side panel's tabs beside the map. */
export interface SideView {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly Component: ComponentType;
}

/**
 * The panel beside the map: the selection's details, then the other areas' views as tabs.
 * Its left edge resizes it; the views (tables, lists) start wider than the details and can be
 * expanded to most of the page, the map staying in sight beside them.
 */
export function SidePanel() {
  const t = useT();
  const [tab, setTab] = useState("details");
  const active = SIDE_VIEWS.find((v) => v.id === tab);
  const panel = useRef<HTMLElement>(null);
  const size = useSidePanelWidth(active ? "views" : "details", panel);
  const [open, setOpenSetting] = useSidePanelOpen();
  // The button pressed goes away with the state it changed: focus moves to the one that undoes it.
  const setOpen = (next: boolean) => {
    setOpenSetting(next);
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>(next ? ".panel-hide" : ".panel-toggle")?.focus());
  };
  const expanded = size.expanded;
  const style: CSSProperties = { width: size.width };
  if (!open) {
    // Closed, the panel is a rail at the page's right edge (a bar at the bottom on a phone) with one button to open it again (PL4).
    return (
      <aside ref={panel} className="side-panel is-closed" aria-label={t("map.views")}>
        <button type="button" className="btn btn-small panel-toggle" aria-expanded={false} title={t("layout.panel.show")} onClick={() => setOpen(true)}>
          <ToolIcon name="panel" />
          <span className="panel-toggle-label">{t("layout.panel.show")}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside ref={panel} className={`side-panel${expanded ? " is-expanded" : ""}`} style={style} aria-label={t("map.views")}>
      <PanelResizer size={size} />
      <div className="side-panel-head">
        <div className="tabs" role="tablist" aria-label={t("map.views")}>
          <button type="button" role="tab" id="tab-details" aria-selected={tab === "details"} aria-controls="panel-side" className="tab" onClick={() => setTab("details")}>
            {t("editor.inspector")}
          </button>
          {SIDE_VIEWS.map((v) => (
            <button key={v.id} type="button" role="tab" id={`tab-${v.id}`} aria-selected={tab === v.id} aria-controls="panel-side" className="tab" onClick={() => setTab(v.id)}>
              {t(v.labelKey)}
            </button>
          ))}
        </div>
        <button type="button" className="tool panel-hide" aria-expanded={true} aria-label={t("layout.panel.hide")} title={t("layout.panel.hide")} onClick={() => setOpen(false)}>
          <ToolIcon name="close" />
        </button>
        {active && (
          <button
            type="button"
            className="tool panel-expand"
            aria-pressed={expanded}
            aria-label={t(expanded ? "map.panel.collapse" : "map.panel.expand")}
            title={t(expanded ? "map.panel.collapse" : "map.panel.expand")}
            onClick={size.toggleExpanded}
          >
            <ToolIcon name={expanded ? "collapse" : "expand"} />
          </button>
        )}
      </div>
      <PanelBody active={active} />
    </aside>
  );
}

/** The open tab's content; memoised, so dragging the panel's edge re-renders only the panel's frame. */
const PanelBody = memo(function PanelBody({ active }: { active: SideView | undefined }) {
  const id = active ? active.id : "details";
  return (
    <div className="side-panel-body" role="tabpanel" id="panel-side" aria-labelledby={`tab-${id}`}>
      <ErrorBoundary name={id} key={id}>
        <Suspense fallback={<Loading />}>{active ? <active.Component /> : <Inspector />}</Suspense>
      </ErrorBoundary>
    </div>
  );
});
