import { ViewportPortal } from "@xyflow/react";
import { useStageColumn } from "./useStageColumn";

/**
 * While someone presents, the stage they show is lit and the rest of the map dimmed a little,
 * for the presenter and everyone following them.
 */
export function StageSpotlight({ stageId }: { stageId: string | null }) {
  const column = useStageColumn(stageId);
  if (!column) return null;
  return (
    <ViewportPortal>
      <div
        className="ws-spotlight"
        data-testid="stage-spotlight"
        data-stage-id={stageId ?? ""}
        style={{ left: column.x, top: column.y, width: column.width, height: column.height }}
        aria-hidden="true"
      />
    </ViewportPortal>
  );
}
