/**
 * Stable actions the canvas's nodes call (add a card in a cell, rename a header, edit a title).
 * Kept out of MapSession on purpose: this context's value changes only when the role or
 * presenting mode changes, so a remote edit does not re-render every memoized node.
 */
import { createContext, useContext, useSyncExternalStore } from "react";
import type { Command } from "../../shared/commands/command";
import type { RequestDelete } from "./useDeleteConfirmation";

export interface EditorActions {
  /** Editing controls are shown: an editor or owner, not presenting. */
  readonly editable: boolean;
  dispatch(commands: readonly Command[]): void;
  addCardIn(stageId: string, laneId: string): void;
  /** Adds a stage at the right end or a lane at the bottom, and starts renaming it. */
  addHeader(what: "stage" | "lane"): void;
  /** Deletes through the confirmation: a stage or lane with cards, or more than a few cards, asks first. */
  requestDelete: RequestDelete;
  /** Which card's title is being edited in place (one at a time, on this device). */
  readonly editing: EditingStore;
}

/** A tiny store of the card whose title is being edited, read per card with `useIsEditing`. */
export interface EditingStore {
  get(): string | null;
  set(cardId: string | null): void;
  subscribe(listener: () => void): () => void;
}

export function createEditingStore(): EditingStore {
  let current: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(cardId) {
      if (cardId === current) return;
      current = cardId;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const EditorActionsContext = createContext<EditorActions | null>(null);

/** The canvas's stable actions. */
export function useEditorActions(): EditorActions {
  const value = useContext(EditorActionsContext);
  if (!value) throw new Error("useEditorActions() outside the map canvas.");
  return value;
}

/** True while this card's title is edited in place. */
export function useIsEditing(cardId: string): boolean {
  const { editing } = useEditorActions();
  return useSyncExternalStore(editing.subscribe, () => editing.get() === cardId);
}
