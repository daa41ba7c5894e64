import { memo } from "react";
import { mapAction } from "../actions/mapActions";
import { useRunAction } from "../actions/useRunAction";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { ToolIcon, type ToolIconName } from "../ui/ToolIcon";
import { SelectionActionSlot } from "./slots";

/** A toolbar button that runs an entry of the action table, named and titled by it. */
function ActionButton({ id, icon, className = "btn btn-small", disabled = false, showLabel = true }: { id: string; icon: ToolIconName; className?: string; disabled?: boolean; showLabel?: boolean }) {
  const t = useT();
  const run = useRunAction();
  const action = mapAction(id);
  const label = t(action.label);
  const shortcut = action.shortcuts[0]?.replace("Mod", "Ctrl");
  return (
    <button type="button" className={className} disabled={disabled} aria-label={showLabel ? undefined : label} title={shortcut ? `${label} (${shortcut})` : label} onClick={() => void run(id, "toolbar")}>
      <ToolIcon name={icon} />
      {showLabel && <span className="btn-label">{label}</span>}
    </button>
  );
}

/**
 * The canvas's toolbars (editors only, hidden while presenting), docked in one strip above the
 * map so they never cover a card (PL3): adding cards, stages and lanes at the start; what can be
 * done with the selection at the end while something is selected. Every button runs an action
 * of the table (mapActions.ts).
 */
export const CanvasToolbar = memo(function CanvasToolbar() {
  const t = useT();
  const { cards, links, hasCell } = useMap((s) => ({ cards: s.selection.length, links: s.selectedLinks.length, hasCell: s.journey.stages.length > 0 && s.journey.lanes.length > 0 }));
  return (
    <div className="canvas-strip">
      <div className="canvas-toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
        <ActionButton id="card.add" icon="card" className="btn btn-small btn-primary" disabled={!hasCell} />
        <ActionButton id="stage.add" icon="addStage" />
        <ActionButton id="lane.add" icon="addLane" />
        <span className="toolbar-hint muted small">
          <ToolIcon name="link" size={14} />
          {t("editor.link.hint")}
        </span>
      </div>
      {cards + links > 0 && (
        <div className="canvas-toolbar selection-bar" role="toolbar" aria-label={t("editor.selectionTools")}>
          <span className="selection-count">{t("editor.selected", { count: cards + links })}</span>
          <SelectionActionSlot />
          {cards > 0 && <ActionButton id="selection.duplicate" icon="copy" />}
          <ActionButton id="selection.delete" icon="trash" className="btn btn-small btn-danger-quiet" />
        </div>
      )}
    </div>
  );
});
