import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { useT } from "../../i18n/useT";
import { ToolIcon } from "../../ui/ToolIcon";
import { useEditorActions } from "../editorActions";
import type { GridNode } from "../flowTypes";
import { LANE_HEADER_W, STAGE_HEADER_H } from "../gridLayout";

/**
 * The grid behind the cards: one cell per stage x lane. Double-clicking a cell adds a card
 * there; each cell also has an "add card" button (shown on hover and keyboard focus).
 */
function GridNodeViewImpl({ data }: NodeProps<GridNode>) {
  const { layout, names } = data;
  const t = useT();
  const actions = useEditorActions();
  return (
    <div className="grid" style={{ width: layout.width, height: layout.height }}>
      <div className="grid-corner" style={{ width: LANE_HEADER_W, height: STAGE_HEADER_H }} />
      {layout.lanes.map((lane, li) =>
        layout.stages.map((stage) => {
          const label = t("editor.addCardIn", { stage: names.stages[stage.id] ?? "", lane: names.lanes[lane.id] ?? "" });
          return (
            <div
              key={`${stage.id}:${lane.id}`}
              className={`grid-cell${li % 2 === 1 ? " is-odd" : ""}`}
              style={{ left: stage.x, top: lane.y, width: stage.width, height: lane.height }}
              onDoubleClick={(e) => {
                if (!actions.editable) return;
                e.stopPropagation();
                actions.addCardIn(stage.id, lane.id);
              }}
            >
              {actions.editable && (
                <button type="button" className="cell-add nodrag" aria-label={label} title={label} onClick={() => actions.addCardIn(stage.id, lane.id)}>
                  <ToolIcon name="plus" size={14} />
                </button>
              )}
            </div>
          );
        }),
      )}
    </div>
  );
}

export const GridNodeView = memo(GridNodeViewImpl);
