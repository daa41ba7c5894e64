import { memo, useCallback } from "react";
import { useStore, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { useT } from "../../i18n/useT";
import { ToolIcon } from "../../ui/ToolIcon";
import { useEditorActions } from "../editorActions";
import type { GridNode } from "../flowTypes";
import { LANE_HEADER_W, STAGE_HEADER_H, visibleRange, type VisibleRange } from "../gridLayout";

const sameRange = (a: VisibleRange, b: VisibleRange) =>
  a.stages[0] === b.stages[0] && a.stages[1] === b.stages[1] && a.lanes[0] === b.lanes[0] && a.lanes[1] === b.lanes[1];

/**
 * The grid behind the cards: one cell per stage x lane, drawn only where the view shows it (a
 * big map has thousands of cells). Double-clicking a cell adds a card there; each cell also has
 * an "add card" button (shown on hover and keyboard focus).
 */
function GridNodeViewImpl({ data }: NodeProps<GridNode>) {
  const { layout, names } = data;
  const t = useT();
  const actions = useEditorActions();
  const range = useStore(
    useCallback((s: ReactFlowState) => visibleRange(layout, s.transform, { width: s.width, height: s.height }), [layout]),
    sameRange,
  );
  const stages = layout.stages.slice(range.stages[0], range.stages[1] + 1);
  const lanes = layout.lanes.slice(range.lanes[0], range.lanes[1] + 1);
  return (
    <div className="grid" style={{ width: layout.width, height: layout.height }}>
      <div className="grid-corner" style={{ width: LANE_HEADER_W, height: STAGE_HEADER_H }} />
      {lanes.map((lane, i) =>
        stages.map((stage) => {
          const label = t("editor.addCardIn", { stage: names.stages[stage.id] ?? "", lane: names.lanes[lane.id] ?? "" });
          return (
            <div
              key={`${stage.id}:${lane.id}`}
              className={`grid-cell${(range.lanes[0] + i) % 2 === 1 ? " is-odd" : ""}`}
              data-cell-stage={stage.id}
              data-cell-lane={lane.id}
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
