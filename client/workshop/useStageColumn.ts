import { useCallback, useMemo } from "react";
import { useStore, type InternalNode, type ReactFlowState, type Rect } from "@xyflow/react";
import { GRID_NODE_ID, STAGE_PREFIX } from "../flow/flowTypes";

/** The stage header's x and width, from its top to the grid's bottom, as "x y width height"; "" before layout. */
function columnKey(stage: InternalNode | undefined, grid: InternalNode | undefined): string {
  if (!stage) return "";
  const width = stage.measured.width ?? stage.width ?? 0;
  const { x, y } = stage.internals.positionAbsolute;
  const gridBottom = grid ? grid.internals.positionAbsolute.y + (grid.measured.height ?? grid.height ?? 0) : 0;
  const height = Math.max(stage.measured.height ?? stage.height ?? 0, gridBottom - y);
  return width > 0 && height > 0 ? `${x} ${y} ${width} ${height}` : "";
}

/**
 * The column of a stage on the canvas, in flow coordinates (the editor lays stages out as
 * columns whose header node is `stage:<id>` above the `grid` node); `null` for no stage.
 * It selects the column's values, not the nodes: an edit that moves nothing (a card's title)
 * renders nobody who shows a column, and a column that moved is a new value (W13).
 */
export function useStageColumn(stageId: string | null): Rect | null {
  const key = useStore(
    useCallback(
      (s: ReactFlowState) => (stageId === null ? "" : columnKey(s.nodeLookup.get(STAGE_PREFIX + stageId), s.nodeLookup.get(GRID_NODE_ID))),
      [stageId],
    ),
  );
  return useMemo(() => {
    if (key === "") return null;
    const [x, y, width, height] = key.split(" ").map(Number) as [number, number, number, number];
    return { x, y, width, height };
  }, [key]);
}
