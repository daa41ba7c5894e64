/**
 * What a map's address shows while the live editor downloads (SPEC.md KB24): the map painted from
 * its first HTTP answers (`mapFirstAnswers.ts`), read-only, in the page's own frame (header,
 * canvas, side panel) so the cards sit where the editor then puts them. Without those answers
 * (offline, a refused key, no key) it is today's loading message, and the editor opens as
 * before: from the device's copy, or with the server's refusal.
 */
import { useRef } from "react";
import { StaticMapCanvas } from "../flow/StaticMapCanvas";
import { useT } from "../i18n/useT";
import { AppHeader } from "../ui/AppHeader";
import { Loading } from "../ui/Loading";
import { ToolIcon } from "../ui/ToolIcon";
import { NARROW_QUERY, useMediaQuery } from "../ui/useMediaQuery";
import { useMapFirstAnswers } from "./useMapFirstAnswers";
import { useIdentity } from "../workshop/identity";
import { useSidePanelOpen } from "./useSidePanelOpen";
import { useSidePanelWidth } from "./useSidePanelWidth";

/** The side panel's place, empty until the editor fills it: the canvas keeps the width it will have. */
function PanelPlace() {
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const size = useSidePanelWidth("details", panel);
  const [open] = useSidePanelOpen();
  if (!open) {
    return (
      <aside ref={panel} className="side-panel is-closed" aria-hidden="true">
        <span className="btn btn-small panel-toggle">
          <ToolIcon name="panel" />
          <span className="panel-toggle-label">{t("layout.panel.show")}</span>
        </span>
      </aside>
    );
  }
  return <aside ref={panel} className="side-panel" style={{ width: size.width }} aria-hidden="true" />;
}

/** The map's first paint, or the loading message while (or when) there is nothing to paint. */
export function MapFirstPaint({ mapId }: { mapId: string }) {
  const t = useT();
  const answers = useMapFirstAnswers(mapId);
  const narrow = useMediaQuery(NARROW_QUERY);
  // The workshop asks for a name in that row until one is saved on this device: the row is taller then.
  const named = useIdentity()[0] !== null;
  if (answers.kind !== "here") return <Loading />;
  const { info, journey } = answers.answers;
  const editable = info.role === "owner" || info.role === "editor";
  return (
    <div className="map-page map-first-paint" data-first-paint="">
      <AppHeader language={!narrow}>
        {info.workspace && (
          <span className="ws-crumb">
            <ToolIcon name="left" size={14} />
            {info.workspace.title}
          </span>
        )}
        <h1 className="map-title" dir="auto">
          <span className="title-button">{info.title}</span>
        </h1>
        <div className="status status-connecting" role="status" aria-label={t("map.status.label")} data-link="connecting">
          <span className="status-dot" aria-hidden="true" />
          <span className="status-link">{t("map.status.connecting")}</span>
        </div>
      </AppHeader>
      {/* The second header row's place (its controls come with the editor): as tall as it will be, so the cards barely move. */}
      <div className="first-paint-subheader" data-named={named ? "" : undefined} aria-hidden="true" />
      <div className="map-body">
        <div className="canvas" role="region" aria-label={t("editor.canvas")} aria-busy="true">
          {/* The editor's toolbar strip takes this place for people who may edit; nothing here pretends to be a tool. */}
          {editable && <div className="canvas-strip" aria-hidden="true" />}
          <div className="canvas-flow">
            <StaticMapCanvas journey={journey} editable={editable} />
          </div>
        </div>
        <PanelPlace />
      </div>
    </div>
  );
}
