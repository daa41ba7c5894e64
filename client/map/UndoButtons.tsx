import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useMap } from "./useMap";

/** Undo and redo of this person's own changes (the same as Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z). */
export function UndoButtons() {
  const t = useT();
  const undoManager = useMap((s) => s.undoManager, Object.is);
  const [, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    undoManager.on("stack-item-added", bump);
    undoManager.on("stack-item-popped", bump);
    undoManager.on("stack-cleared", bump);
    return () => {
      undoManager.off("stack-item-added", bump);
      undoManager.off("stack-item-popped", bump);
      undoManager.off("stack-cleared", bump);
    };
  }, [undoManager]);
  return (
    <span className="button-group">
      <button type="button" className="icon-button" aria-label={t("map.undo")} title={`${t("map.undo")} (Ctrl+Z)`} disabled={!undoManager.canUndo()} onClick={() => undoManager.undo()}>
        <ToolIcon name="undo" />
      </button>
      <button type="button" className="icon-button" aria-label={t("map.redo")} title={`${t("map.redo")} (Shift+Ctrl+Z)`} disabled={!undoManager.canRedo()} onClick={() => undoManager.redo()}>
        <ToolIcon name="redo" />
      </button>
    </span>
  );
}
