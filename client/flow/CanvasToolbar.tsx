import { Panel } from "@xyflow/react";
import { useMapSession } from "../map/useMapSession";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { duplicateCommands } from "./clipboard";
import { useEditorActions } from "./editorActions";
import { flowChangesToCommands } from "./flowChangesToCommands";
import { freshId } from "./freshId";
import type { GridLayout } from "./gridLayout";
import { SelectionActionSlot } from "./slots";

/**
 * The canvas's toolbars (editors only, hidden while presenting): adding cards, stages and lanes
 * at the top; what can be done with the selection in a bar at the bottom while something is selected.
 */
export function CanvasToolbar({
  onAddCard,
  layout,
  selectedLinks,
  onSelectLinks,
}: {
  onAddCard(stageId: string, laneId: string): void;
  layout: GridLayout;
  selectedLinks: readonly string[];
  onSelectLinks(ids: string[]): void;
}) {
  const t = useT();
  const session = useMapSession();
  const actions = useEditorActions();
  const { journey, selection } = session;
  const selectedCard = journey.cards.find((c) => c.id === selection[0]);
  const cell = selectedCard
    ? { stageId: selectedCard.stageId, laneId: selectedCard.laneId }
    : journey.stages[0] && journey.lanes[0]
      ? { stageId: journey.stages[0].id, laneId: journey.lanes[0].id }
      : null;
  const hasSelection = selection.length > 0 || selectedLinks.length > 0;
  return (
    <>
      <Panel position="top-left" className="canvas-toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
        <button type="button" className="btn btn-small btn-primary" disabled={!cell} onClick={() => cell && onAddCard(cell.stageId, cell.laneId)} title={`${t("editor.addCard")} (N)`}>
          <ToolIcon name="card" />
          {t("editor.addCard")}
        </button>
        <button type="button" className="btn btn-small" onClick={() => actions.addHeader("stage")}>
          <ToolIcon name="plus" />
          {t("editor.addStage")}
        </button>
        <button type="button" className="btn btn-small" onClick={() => actions.addHeader("lane")}>
          <ToolIcon name="plus" />
          {t("editor.addLane")}
        </button>
        <span className="toolbar-hint muted small">
          <ToolIcon name="link" size={14} />
          {t("editor.link.hint")}
        </span>
      </Panel>
      {hasSelection && (
        <Panel position="bottom-center" className="canvas-toolbar selection-bar" role="toolbar" aria-label={t("editor.selectionTools")}>
          <span className="selection-count">{t("editor.selected", { count: selection.length + selectedLinks.length })}</span>
          <SelectionActionSlot />
          {selection.length > 0 && (
            <button
              type="button"
              className="btn btn-small"
              title={`${t("editor.duplicate")} (Ctrl+D)`}
              onClick={() => {
                const { commands, cardIds } = duplicateCommands(journey, selection, freshId);
                session.dispatch(commands);
                session.select(cardIds);
              }}
            >
              <ToolIcon name="copy" />
              {t("editor.duplicate")}
            </button>
          )}
          <button
            type="button"
            className="btn btn-small btn-danger-quiet"
            title={`${t("editor.deleteSelection")} (Delete)`}
            onClick={() =>
              actions.requestDelete({ kind: "cards", ids: selection }, () => {
                session.dispatch(flowChangesToCommands({ kind: "remove", nodeIds: selection, edgeIds: selectedLinks }, { journey, layout }));
                session.select([]);
                onSelectLinks([]);
              })
            }
          >
            <ToolIcon name="trash" />
            {t("editor.deleteSelection")}
          </button>
        </Panel>
      )}
    </>
  );
}
