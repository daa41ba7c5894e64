import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { useT } from "../../i18n/useT";
import { ToolIcon } from "../../ui/ToolIcon";
import { useEditorActions } from "../editorActions";
import type { AddNode } from "../flowTypes";

/** The "+" at the end of the stage headers and below the lane headers. */
function AddNodeViewImpl({ data }: NodeProps<AddNode>) {
  const t = useT();
  const actions = useEditorActions();
  const label = data.what === "stage" ? t("editor.addStage") : t("editor.addLane");
  return (
    <button type="button" className="add-header nodrag" aria-label={label} title={label} onClick={() => actions.addHeader(data.what)}>
      <ToolIcon name="plus" size={20} />
    </button>
  );
}

export const AddNodeView = memo(AddNodeViewImpl);
