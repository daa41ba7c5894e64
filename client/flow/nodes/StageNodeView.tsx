import { memo, useState } from "react";
import type { NodeProps } from "@xyflow/react";
import { useT } from "../../i18n/useT";
import { ToolIcon } from "../../ui/ToolIcon";
import { useEditorActions } from "../editorActions";
import type { StageNode } from "../flowTypes";
import { InlineTitle } from "./InlineTitle";

/** A column header: the stage's name (double-click or the pencil renames it), drag to reorder, move and delete buttons. */
function StageNodeViewImpl({ data }: NodeProps<StageNode>) {
  const { stage, index, count } = data;
  const t = useT();
  const actions = useEditorActions();
  const [renaming, setRenaming] = useState(false);
  const name = stage.name;
  return (
    <div
      className="header stage-header"
      role="columnheader"
      aria-label={t("editor.stage", { name })}
      onDoubleClick={() => actions.editable && setRenaming(true)}
    >
      <span className="header-index">{index + 1}</span>
      {renaming ? (
        <InlineTitle
          value={name}
          label={t("editor.stageName")}
          maxLength={120}
          onSave={(next) => actions.dispatch([{ type: "updateStage", id: stage.id, patch: { name: next } }])}
          onDone={() => setRenaming(false)}
        />
      ) : (
        <span className="header-name" title={stage.description ?? name}>
          {name}
        </span>
      )}
      {actions.editable && !renaming && (
        <span className="header-tools nodrag">
          <button type="button" className="tool" aria-label={t("editor.renameStage", { name })} title={t("editor.renameStage", { name })} onClick={() => setRenaming(true)}>
            <ToolIcon name="edit" />
          </button>
          <button
            type="button"
            className="tool"
            aria-label={t("editor.moveStageLeft", { name })}
            title={t("editor.moveStageLeft", { name })}
            disabled={index === 0}
            onClick={() => actions.dispatch([{ type: "moveStage", id: stage.id, index: index - 1 }])}
          >
            <ToolIcon name="left" />
          </button>
          <button
            type="button"
            className="tool"
            aria-label={t("editor.moveStageRight", { name })}
            title={t("editor.moveStageRight", { name })}
            disabled={index === count - 1}
            onClick={() => actions.dispatch([{ type: "moveStage", id: stage.id, index: index + 1 }])}
          >
            <ToolIcon name="right" />
          </button>
          <button
            type="button"
            className="tool tool-danger"
            aria-label={t("editor.deleteStage", { name })}
            title={t("editor.deleteStage", { name })}
            onClick={() => actions.dispatch([{ type: "deleteStage", id: stage.id }])}
          >
            <ToolIcon name="trash" />
          </button>
        </span>
      )}
    </div>
  );
}

export const StageNodeView = memo(StageNodeViewImpl);
