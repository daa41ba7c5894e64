import { memo } from "react";
import { useMap } from "../map/useMap";
import { ConfirmDeleteDialog } from "./ConfirmDeleteDialog";
import type { DeletionTarget } from "./deletionImpact";

/** Asks before a deletion that takes cards with it; runs `run` at once when nothing needs asking. */
export type RequestDelete = (target: DeletionTarget, run: () => void, name?: string) => void;

/**
 * The canvas's delete confirmation: the dialog for the deletion waiting in the map store
 * (`requestDelete`, used by the action table, the header nodes and the toolbar), if any.
 */
export const DeleteConfirmation = memo(function DeleteConfirmation() {
  const pending = useMap((s) => s.pendingDeletion, Object.is);
  const settle = useMap((s) => s.settleDeletion);
  return pending ? <ConfirmDeleteDialog pending={pending} onDone={settle} /> : null;
});
