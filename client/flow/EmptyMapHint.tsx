import { Panel } from "@xyflow/react";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";

/** What an empty map says, and for editors the two first steps. */
export function EmptyMapHint({ editable, onAdd }: { editable: boolean; onAdd(what: "stage" | "lane"): void }) {
  const t = useT();
  return (
    <Panel position="top-center" className="empty-hint">
      <p>{t("editor.emptyMap")}</p>
      {editable && (
        <div className="inline-form">
          <button type="button" className="btn btn-small btn-primary" onClick={() => onAdd("stage")}>
            <ToolIcon name="plus" />
            {t("editor.addStage")}
          </button>
          <button type="button" className="btn btn-small" onClick={() => onAdd("lane")}>
            <ToolIcon name="plus" />
            {t("editor.addLane")}
          </button>
        </div>
      )}
    </Panel>
  );
}
