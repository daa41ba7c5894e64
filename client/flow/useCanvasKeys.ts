import { useEffect, useLayoutEffect, useRef } from "react";
import { useMapInternals } from "../map/mapInternals";
import { useMapSession } from "../map/useMapSession";
import { copyCards, duplicateCommands, pasteCommands, type CardClip } from "./clipboard";
import type { EditingStore } from "./editorActions";
import { flowChangesToCommands } from "./flowChangesToCommands";
import { freshId } from "./freshId";
import type { GridLayout } from "./gridLayout";
import type { RequestDelete } from "./useDeleteConfirmation";

/** Cards copied on this page (the system clipboard gets a text copy too). */
let clip: CardClip | null = null;

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, dialog, [role=dialog]") !== null;
}

/**
 * The map's keyboard: N adds a card (in the selected card's cell, else the first cell), Enter or
 * F2 edits the selected card's title, Delete removes the selection, Ctrl/Cmd+C, V, D copy, paste
 * and duplicate, Ctrl/Cmd+A selects every card, Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or
 * Ctrl+Y) redoes this person's own changes, Escape clears the selection. Keys typed into a
 * field or a dialog are left alone.
 */
export function useCanvasKeys(opts: {
  editable: boolean;
  selectedLinks: readonly string[];
  onSelectLinks(ids: string[]): void;
  addCardIn(stageId: string, laneId: string): void;
  requestDelete: RequestDelete;
  editing: EditingStore;
  layoutRef: { readonly current: GridLayout };
}): void {
  const session = useMapSession();
  const { undoManager } = useMapInternals();
  const latest = useRef({ session, opts });
  useLayoutEffect(() => {
    latest.current = { session, opts };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || typingInField(e.target)) return;
      const { session: s, opts: o } = latest.current;
      if (!o.editable) {
        if (e.key === "Escape") s.select([]);
        return;
      }
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const journey = s.journey;
      const selection = s.selection;
      const currentCell = () => {
        const card = journey.cards.find((c) => c.id === selection[0]);
        if (card) return { stageId: card.stageId, laneId: card.laneId };
        const stage = journey.stages[0];
        const lane = journey.lanes[0];
        return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
      };
      const paste = (from: CardClip) => {
        const { commands, cardIds } = pasteCommands(journey, from, freshId, currentCell());
        s.dispatch(commands);
        s.select(cardIds);
      };
      let handled = true;
      if (mod && key === "z" && !e.shiftKey) undoManager.undo();
      else if ((mod && key === "z" && e.shiftKey) || (mod && key === "y")) undoManager.redo();
      else if (mod && key === "c" && selection.length > 0) {
        clip = copyCards(journey, selection);
        void navigator.clipboard?.writeText(JSON.stringify(clip)).catch(() => {});
      } else if (mod && key === "v" && clip) paste(clip);
      else if (mod && key === "d" && selection.length > 0) {
        const { commands, cardIds } = duplicateCommands(journey, selection, freshId);
        s.dispatch(commands);
        s.select(cardIds);
      }
      else if (mod && key === "a") s.select(journey.cards.map((c) => c.id));
      else if (!mod && !e.altKey && key === "n") {
        const cell = currentCell();
        if (cell) o.addCardIn(cell.stageId, cell.laneId);
      } else if ((e.key === "Enter" || e.key === "F2") && selection.length === 1 && selection[0]) o.editing.set(selection[0]);
      else if ((e.key === "Delete" || e.key === "Backspace") && (selection.length > 0 || o.selectedLinks.length > 0)) {
        const edgeIds = o.selectedLinks;
        const layout = o.layoutRef.current;
        o.requestDelete({ kind: "cards", ids: selection }, () => {
          s.dispatch(flowChangesToCommands({ kind: "remove", nodeIds: selection, edgeIds }, { journey, layout }));
          s.select([]);
          o.onSelectLinks([]);
        });
      } else if (e.key === "Escape") {
        s.select([]);
        o.onSelectLinks([]);
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undoManager]);
}
