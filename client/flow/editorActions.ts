/**
 * What the canvas's nodes call (add a card in a cell, add a header, edit a title), on the map
 * store and the action table: no context of its own. A node renders again only when
 * `editable` changes (role or presenting), never on a remote edit.
 */
import { useMemo } from "react";
import type { Command } from "../../shared/commands/command";
import { useRunAction } from "../actions/useRunAction";
import { useMapStores } from "../map/MapStoreContext";
import type { MapStore } from "../map/mapStore";
import { useMap } from "../map/useMap";
import type { RequestDelete } from "./DeleteConfirmation";

export interface EditorActions {
  /** Editing controls are shown: an editor or owner, not presenting. */
  readonly editable: boolean;
  dispatch(commands: readonly Command[]): void;
  addCardIn(stageId: string, laneId: string): void;
  /** Adds a stage at the right end or a lane at the bottom. */
  addHeader(what: "stage" | "lane"): void;
  /** Deletes through the confirmation: a stage or lane with cards, or more than a few cards, asks first. */
  requestDelete: RequestDelete;
  /** Which card's title is being edited in place (one at a time, on this device). */
  readonly editing: EditingStore;
}

/** The card whose title is being edited, on the map store (`editingCardId`). */
export interface EditingStore {
  get(): string | null;
  set(cardId: string | null): void;
  subscribe(listener: () => void): () => void;
}

function editingOf(map: MapStore): EditingStore {
  return {
    get: () => map.getState().editingCardId,
    set: (cardId) => map.getState().setEditing(cardId),
    subscribe: (listener) => map.subscribe(listener),
  };
}

/** The canvas's actions for node views. */
export function useEditorActions(): EditorActions {
  const { map } = useMapStores();
  const editable = useMap((s) => s.canEdit && !s.presenting);
  const run = useRunAction();
  return useMemo(
    () => ({
      editable,
      dispatch: (commands) => void map.getState().dispatch(commands),
      addCardIn: (stageId, laneId) => void run("card.add", "node", { stageId, laneId }),
      addHeader: (what) => void run(what === "stage" ? "stage.add" : "lane.add", "node"),
      requestDelete: (target, run, name) => map.getState().requestDelete(target, run, name),
      editing: editingOf(map),
    }),
    [editable, map, run],
  );
}

/** True while this card's title is edited in place. */
export function useIsEditing(cardId: string): boolean {
  return useMap((s) => s.editingCardId === cardId);
}
