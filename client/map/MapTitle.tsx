import { useState } from "react";
import { InlineTitle } from "../flow/nodes/InlineTitle";
import { useT } from "../i18n/useT";
import { useMap } from "./useMap";
import { useLiveMapHere } from "./useLiveMapHere";
import { useMapFirstAnswers } from "./useMapFirstAnswers";

/** The map's title in the header; editors rename it in place by clicking it. */
export function MapTitle() {
  const t = useT();
  const liveTitle = useMap((s) => s.journey.title);
  const mapId = useMap((s) => s.mapId);
  const here = useLiveMapHere();
  const first = useMapFirstAnswers(mapId);
  // Until the document is here (synced, or this device's copy), the title the server answered (KB24), not editable.
  const early = !here && first.kind === "here";
  const title = early ? first.answers.info.title : liveTitle;
  const editable = useMap((s) => s.canEdit && !s.presenting) && !early;
  const dispatch = useMap((s) => s.dispatch);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <div className="map-title">
        <InlineTitle value={title} label={t("editor.mapTitle")} maxLength={200} onSave={(next) => dispatch([{ type: "setTitle", title: next }])} onDone={() => setEditing(false)} />
      </div>
    );
  }
  if (!editable) return <h1 className="map-title" dir="auto">{title}</h1>;
  return (
    <h1 className="map-title">
      <button type="button" className="title-button" dir="auto" aria-label={`${t("editor.mapTitle")}: ${title}`} title={t("editor.mapTitle")} onClick={() => setEditing(true)}>
        {title}
      </button>
    </h1>
  );
}
