import { useCallback, useRef } from "react";
import type * as Y from "yjs";
import type { Command } from "../../shared/commands/command";
import type { Journey } from "../../shared/schema/journey";
import { flowChangesToCommands } from "./flowChangesToCommands";
import type { GridLayout } from "./gridLayout";
import { captureAsOneStep } from "../map/createUndoManager";

/** How often a drag may write to the document (ms); the release always writes. */
export const DRAG_WRITE_MS = 80;

/**
 * Card dragging that writes to the document while the drag goes on, but at most every
 * DRAG_WRITE_MS and on release, never per pointer move: others see the card travel between
 * cells, and the whole drag is one undo step.
 */
export function useCardDrag(opts: {
  journeyRef: { readonly current: Journey };
  layoutRef: { readonly current: GridLayout };
  dispatch: (commands: readonly Command[]) => void;
  undoManager: Y.UndoManager;
}) {
  const { journeyRef, layoutRef, dispatch, undoManager } = opts;
  const state = useRef<{ lastWrite: number; timer: number; pending: { ids: string[]; pointer: { x: number; y: number } } | null; endStep: () => void } | null>(null);

  const write = useCallback(() => {
    const s = state.current;
    if (!s?.pending) return;
    const { ids, pointer } = s.pending;
    s.pending = null;
    s.lastWrite = performance.now();
    dispatch(flowChangesToCommands({ kind: "dragCards", cardIds: ids, pointer }, { journey: journeyRef.current, layout: layoutRef.current }));
  }, [dispatch, journeyRef, layoutRef]);

  const start = useCallback(() => {
    state.current = { lastWrite: 0, timer: 0, pending: null, endStep: captureAsOneStep(undoManager) };
  }, [undoManager]);

  const move = useCallback(
    (ids: string[], pointer: { x: number; y: number }) => {
      const s = state.current;
      if (!s) return;
      s.pending = { ids, pointer };
      if (s.timer !== 0) return;
      const wait = Math.max(0, DRAG_WRITE_MS - (performance.now() - s.lastWrite));
      s.timer = window.setTimeout(() => {
        s.timer = 0;
        write();
      }, wait);
    },
    [write],
  );

  const stop = useCallback(
    (ids: string[], pointer: { x: number; y: number }) => {
      const s = state.current;
      if (!s) return;
      if (s.timer !== 0) window.clearTimeout(s.timer);
      s.timer = 0;
      s.pending = { ids, pointer };
      write();
      s.endStep();
      state.current = null;
    },
    [write],
  );

  return { start, move, stop };
}
