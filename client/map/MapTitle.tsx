import { useState } from "react";
import { InlineTitle } from "../flow/nodes/InlineTitle";
import { useT } from "../i18n/useT";
import { useMap } from "./useMap";

/** The map's title in the header; editors rename it in place by clicking it. */
export function MapTitle() {
  const t = useT();
  const title = useMap((s) => s.journey.title);
  const editable = useMap((s) => s.canEdit && !s.presenting);
  const dispatch = useMap((s) => s.dispatch);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <div className="map-title">
        <InlineTitle value={title} label={t("editor.mapTitle")} maxLength={200} onSave={(next) => dispatch([{ type: "setTitle", title: next }])} onDone={() => setEditing(false)} />
      </div>
    );
  }
  if (!editable) return <h1 className="map-title">{title}</h1>;
  return (
    <h1 className="map-title">
      <button type="button" className="title-button" aria-label={`${t("editor.mapTitle")}: ${title}`} title={t("editor.mapTitle")} onClick={() => setEditing(true)}>
        {title}
      </button>
    </h1>
  );
}
