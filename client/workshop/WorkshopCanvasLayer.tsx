import { Panel } from "@xyflow/react";
import { useMapSession } from "../map/useMapSession";
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
  const session = useMapSession();
  const { awareness } = session;
  useCursorPublisher(awareness);
  useViewPublisher(awareness);
  const { leaderStage } = useFollow(awareness);
  const presentation = usePresentation(session);
  return (
    <>
      <StageSpotlight stageId={session.presenting ? presentation.stageId : leaderStage} />
      <PeerSelections awareness={awareness} />
      <LiveCursors awareness={awareness} />
      {session.presenting && <PresenterBar {...presentation} stageName={session.journey.stages[presentation.stageIndex]?.name ?? ""} onExit={() => session.setPresenting(false)} />}
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
