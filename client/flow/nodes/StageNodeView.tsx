import { memo, useState } from "react";
import type { NodeProps } from "@xyflow/react";
import { useT } from "../../i18n/useT";
import { useEditorActions } from "../editorActions";
import type { StageNode } from "../flowTypes";
import { HeaderTools } from "./HeaderTools";
import { InlineTitle } from "./InlineTitle";
import { StageDescriptionDialog } from "./StageDescriptionDialog";

/** A column header: the stage's name (double-click or the pencil renames it), drag to reorder, move and delete buttons. */
function StageNodeViewImpl({ data }: NodeProps<StageNode>) {
  const { stage, index, count } = data;
  const t = useT();
  const actions = useEditorActions();
  const [renaming, setRenaming] = useState(false);
  const [describing, setDescribing] = useState(false);
  const name = stage.name;
  return (
    <div
      className="header stage-header"
      role="group"
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
        <span className="header-name" dir="auto" title={stage.description ?? name}>
          {name}
        </span>
      )}
      {actions.editable && !renaming && (
        <HeaderTools
          labels={{
            rename: t("editor.renameStage", { name }),
            back: t("editor.moveStageLeft", { name }),
            forward: t("editor.moveStageRight", { name }),
            delete: t("editor.deleteStage", { name }),
            describe: t("layout.stage.describe", { name }),
          }}
          icons={["left", "right"]}
          index={index}
          count={count}
          onRename={() => setRenaming(true)}
          onDescribe={() => setDescribing(true)}
          onMove={(to) => actions.dispatch([{ type: "moveStage", id: stage.id, index: to }])}
          onDelete={() => actions.requestDelete({ kind: "stage", id: stage.id }, () => actions.dispatch([{ type: "deleteStage", id: stage.id }]), name)}
        />
      )}
      {describing && (
        <StageDescriptionDialog
          name={name}
          value={stage.description}
          onSave={(next) => actions.dispatch([{ type: "updateStage", id: stage.id, patch: { description: next } }])}
          onClose={() => setDescribing(false)}
        />
      )}
    </div>
  );
}

export const StageNodeView = memo(StageNodeViewImpl);
