import { memo, useState } from "react";
import type { NodeProps } from "@xyflow/react";
import { LANE_KINDS, type LaneKind } from "../../../shared/schema/lane";
import type { MessageKey } from "../../i18n/catalogue";
import { useT } from "../../i18n/useT";
import { useEditorActions } from "../editorActions";
import type { LaneNode } from "../flowTypes";
import { HeaderTools } from "./HeaderTools";
import { InlineTitle } from "./InlineTitle";

/** A row header: the lane's name and type, rename in place, drag to reorder, move and delete buttons. */
function LaneNodeViewImpl({ data }: NodeProps<LaneNode>) {
  const { lane, index, count } = data;
  const t = useT();
  const actions = useEditorActions();
  const [renaming, setRenaming] = useState(false);
  const name = lane.name;
  return (
    <div className={`header lane-header lane-${lane.kind}`} role="group" aria-label={t("editor.lane", { name })} onDoubleClick={() => actions.editable && setRenaming(true)}>
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
        <HeaderTools
          labels={{
            rename: t("editor.renameLane", { name }),
            back: t("editor.moveLaneUp", { name }),
            forward: t("editor.moveLaneDown", { name }),
            delete: t("editor.deleteLane", { name }),
          }}
          icons={["up", "down"]}
          index={index}
          count={count}
          onRename={() => setRenaming(true)}
          onMove={(to) => actions.dispatch([{ type: "moveLane", id: lane.id, index: to }])}
          onDelete={() => actions.requestDelete({ kind: "lane", id: lane.id }, () => actions.dispatch([{ type: "deleteLane", id: lane.id }]), name)}
        />
      )}
    </div>
  );
}

export const LaneNodeView = memo(LaneNodeViewImpl);
