import { Panel } from "@xyflow/react";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { useCursorPublisher } from "./useCursorPublisher";
import { useViewPublisher } from "./useViewPublisher";
import { useFollow } from "./useFollow";
import { usePresentation } from "./usePresentation";
import { LiveCursors } from "./LiveCursors";
import { PeerSelections } from "./PeerSelections";
import { StageSpotlight } from "./StageSpotlight";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * The workshop's part of the canvas; the editor renders it inside `<ReactFlow>`. It publishes
 * my cursor and viewport, draws others' cursors and selections, drives following, and while I
 * present shows the stage controls.
 */
export function WorkshopCanvasLayer() {
  const awareness = useMap((s) => s.awareness, Object.is);
  const presenting = useMap((s) => s.presenting);
  const setPresenting = useMap((s) => s.setPresenting, Object.is);
  useCursorPublisher(awareness);
  useViewPublisher(awareness);
  const { leaderStage } = useFollow(awareness);
  const presentation = usePresentation();
  const stageName = useMap((s) => (presenting ? (s.journey.stages[presentation.stageIndex]?.name ?? "") : ""));
  return (
    <>
      <StageSpotlight stageId={presenting ? presentation.stageId : leaderStage} />
      <PeerSelections awareness={awareness} />
      <LiveCursors awareness={awareness} />
      {presenting && <PresenterBar {...presentation} stageName={stageName} onExit={() => setPresenting(false)} />}
    </>
  );
}

function PresenterBar(props: { stageIndex: number; stageCount: number; stageName: string; go(delta: number): void; onExit(): void }) {
  const t = useT();
  const { stageIndex, stageCount, stageName, go, onExit } = props;
  return (
    <Panel position="bottom-center" className="ws-presenter-bar" role="toolbar" aria-label={t("workshop.present.controls")}>
      <button type="button" className="ws-btn ws-btn-ghost" onClick={() => go(-1)} disabled={stageIndex <= 0} aria-label={t("workshop.present.previous")}>
        <ToolIcon name="left" />
      </button>
      <span className="ws-presenter-stage" aria-live="polite">
        {stageCount === 0
          ? t("workshop.present.noStages")
          : t("workshop.present.stage", { n: stageIndex + 1, total: stageCount, name: stageName })}
      </span>
      <button type="button" className="ws-btn ws-btn-ghost" onClick={() => go(1)} disabled={stageIndex >= stageCount - 1} aria-label={t("workshop.present.next")}>
        <ToolIcon name="right" />
      </button>
      <button type="button" className="ws-btn" onClick={onExit}>
        {t("workshop.present.stop")}
      </button>
    </Panel>
  );
}
