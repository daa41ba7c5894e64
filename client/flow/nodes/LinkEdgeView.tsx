import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import type { LinkEdge } from "../flowTypes";
import { gutterPath } from "../linkRoute";

/** An arrow between two cards, with its label (if any) on a small pill at the middle. */
function LinkEdgeViewImpl({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected, data }: EdgeProps<LinkEdge>) {
  // Inside one column a link either runs straight down (or up) or, past cards between, along the column's margin (PL2).
  const [path, labelX, labelY] =
    data?.route === "gutter" ? gutterPath(sourceX, sourceY, targetX, targetY) : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? "link-path is-selected" : "link-path"} interactionWidth={16} />
      {data?.label && (
        <EdgeLabelRenderer>
          <div className={`link-label${selected ? " is-selected" : ""}`} style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LinkEdgeView = memo(LinkEdgeViewImpl);
