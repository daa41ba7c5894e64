import { memo, useState } from "react";
import type { NodeProps } from "@xyflow/react";
import { LANE_KINDS, type LaneKind } from "../../../shared/schema/lane";
import type { MessageKey } from "../../i18n/catalogue";
import { useT } from "../../i18n/useT";
import { ToolIcon } from "../../ui/ToolIcon";
import { useEditorActions } from "../editorActions";
import type { LaneNode } from "../flowTypes";
import { InlineTitle } from "./InlineTitle";

/** A row header: the lane's name and type, rename in place, drag to reorder, move and delete buttons. */
function LaneNodeViewImpl({ data }: NodeProps<LaneNode>) {
  const { lane, index, count } = data;
  const t = useT();
  const actions = useEditorActions();
  const [renaming, setRenaming] = useState(false);
  const name = lane.name;
  return (
    <div className={`header lane-header lane-${lane.kind}`} role="rowheader" aria-label={t("editor.lane", { name })} onDoubleClick={() => actions.editable && setRenaming(true)}>
      {renaming ? (
        <InlineTitle
          value={name}
          label={t("editor.laneName")}
          maxLength={120}
          onSave={(next) => actions.dispatch([{ type: "updateLane", id: lane.id, patch: { name: next } }])}
          onDone={() => setRenaming(false)}
        />
      ) : (
        <span className="header-name">{name}</span>
      )}
      {actions.editable && (
        <select
          className="lane-kind nodrag"
          aria-label={t("editor.laneKind")}
          value={lane.kind}
          onChange={(e) => actions.dispatch([{ type: "updateLane", id: lane.id, patch: { kind: e.target.value as LaneKind } }])}
        >
          {LANE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`editor.laneKind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      )}
      {actions.editable && !renaming && (
        <span className="header-tools nodrag">
          <button type="button" className="tool" aria-label={t("editor.renameLane", { name })} title={t("editor.renameLane", { name })} onClick={() => setRenaming(true)}>
            <ToolIcon name="edit" />
          </button>
          <button
            type="button"
            className="tool"
            aria-label={t("editor.moveLaneUp", { name })}
            title={t("editor.moveLaneUp", { name })}
            disabled={index === 0}
            onClick={() => actions.dispatch([{ type: "moveLane", id: lane.id, index: index - 1 }])}
          >
            <ToolIcon name="up" />
          </button>
          <button
            type="button"
            className="tool"
            aria-label={t("editor.moveLaneDown", { name })}
            title={t("editor.moveLaneDown", { name })}
            disabled={index === count - 1}
            onClick={() => actions.dispatch([{ type: "moveLane", id: lane.id, index: index + 1 }])}
          >
            <ToolIcon name="down" />
          </button>
          <button
            type="button"
            className="tool tool-danger"
            aria-label={t("editor.deleteLane", { name })}
            title={t("editor.deleteLane", { name })}
            onClick={() => actions.dispatch([{ type: "deleteLane", id: lane.id }])}
          >
            <ToolIcon name="trash" />
          </button>
        </span>
      )}
    </div>
  );
}

export const LaneNodeView = memo(LaneNodeViewImpl);
