import { useCallback, useState, type ReactNode } from "react";
import type { Journey } from "../../shared/schema/journey";
import { ConfirmDeleteDialog, type PendingDeletion } from "./ConfirmDeleteDialog";
import { deletionImpact, type DeletionTarget } from "./deletionImpact";

/** Asks before a deletion that takes cards with it; runs `run` at once when nothing needs asking. */
export type RequestDelete = (target: DeletionTarget, run: () => void, name?: string) => void;

/**
 * The canvas's delete confirmation (against the journey as it is when asked): `requestDelete` (handed to nodes, the toolbar and the keyboard
 * through EditorActions) and the dialog to render while a deletion waits for an answer.
 */
export function useDeleteConfirmation(journeyRef: { readonly current: Journey }): { requestDelete: RequestDelete; dialog: ReactNode } {
  const [pending, setPending] = useState<PendingDeletion | null>(null);
  const requestDelete = useCallback<RequestDelete>((target, run, name) => {
    const impact = deletionImpact(journeyRef.current, target);
    if (!impact.confirm) run();
    else setPending({ target, cards: impact.cards, run, ...(name !== undefined ? { name } : {}) });
  }, [journeyRef]);
  const dialog = pending ? <ConfirmDeleteDialog pending={pending} onDone={() => setPending(null)} /> : null;
  return { requestDelete, dialog };
}
