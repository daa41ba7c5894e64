import { useInternalNode, type Rect } from "@xyflow/react";
import { GRID_NODE_ID, STAGE_PREFIX } from "../flow/flowTypes";

type Internal = ReturnType<typeof useInternalNode>;

/** The stage header's x and width, from its top to the grid's bottom; `null` before layout. */
function columnRect(stage: Internal, grid: Internal): Rect | null {
  if (!stage) return null;
  const width = stage.measured.width ?? stage.width ?? 0;
  const { x, y } = stage.internals.positionAbsolute;
  const gridBottom = grid ? grid.internals.positionAbsolute.y + (grid.measured.height ?? grid.height ?? 0) : 0;
  const height = Math.max(stage.measured.height ?? stage.height ?? 0, gridBottom - y);
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/**
 * The column of a stage on the canvas, in flow coordinates (the editor lays stages out as
 * columns whose header node is `stage:<id>` above the `grid` node); `null` for no stage.
 */
export function useStageColumn(stageId: string | null): Rect | null {
  const stage = useInternalNode(stageId === null ? "" : STAGE_PREFIX + stageId);
  const grid = useInternalNode(GRID_NODE_ID);
  return stageId === null ? null : columnRect(stage, grid);
}
