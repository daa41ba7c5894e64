import { useState, type ComponentType } from "react";
import { Inspector } from "../inspector/Inspector";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { SIDE_VIEWS } from "./sideViews";

/** A view shown in the side panel's tabs beside the map. */
export interface SideView {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly Component: ComponentType;
}

/** The panel beside the map: the selection's details, then the other areas' views as tabs. */
export function SidePanel({ selectedLinks, onSelectLinks }: { selectedLinks: readonly string[]; onSelectLinks(ids: string[]): void }) {
  const t = useT();
  const [tab, setTab] = useState("details");
  const active = SIDE_VIEWS.find((v) => v.id === tab);
  return (
    <aside className="side-panel" aria-label={t("map.views")}>
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
      <div className="side-panel-body" role="tabpanel" id="panel-side" aria-labelledby={`tab-${active ? active.id : "details"}`}>
        <ErrorBoundary name={active ? active.id : "details"} key={tab}>
          {active ? <active.Component /> : <Inspector selectedLinks={selectedLinks} onSelectLinks={onSelectLinks} />}
        </ErrorBoundary>
      </div>
    </aside>
  );
}
