/**
 * The one table of what a person can do on the map: the toolbar, the keyboard, menus and the
 * canvas's nodes all run these entries through `runAction`, so an action has one label, one
 * shortcut, one rule for when it is enabled and one implementation.
 *
 * `enabled` answers `null` when the action may run, otherwise the message key that says why
 * not (a refused action the person started is announced with that sentence).
 */
import type { Command } from "../../shared/commands/command";
import type { Card } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";
import type { MessageKey } from "../i18n/catalogue";
import type { MapState } from "../map/mapStore";
import { copyCards, duplicateCommands, pasteCommands, type CardClip } from "../flow/clipboard";
import { flowChangesToCommands } from "../flow/flowChangesToCommands";
import { gridLayout } from "../flow/gridLayout";
import { laneCardDefaults } from "../flow/laneCardKind";
import { neighbourCell, type Direction } from "./gridNavigation";

/** What an action runs with: the store's state now, and the page's services. */
export interface ActionContext {
  readonly state: MapState;
  /** The page's messages (new cards' default titles, announcements). */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A new entity id. */
  newId(): string;
  /** Cards copied on this page (shared by copy and paste). */
  clip: { current: CardClip | null };
  /** Says something to screen readers (and shows it briefly). */
  announce(text: string): void;
}

/** What an action may be given: a cell (add a card there) or nothing. */
export interface ActionArg {
  readonly stageId?: string;
  readonly laneId?: string;
}

export interface MapAction {
  readonly id: string;
  /** The accessible name of the action's controls. */
  readonly label: MessageKey;
  /** Keys that run it while the canvas or a card has focus (see `matchesShortcut`). */
  readonly shortcuts: readonly string[];
  enabled(state: MapState, arg?: ActionArg): MessageKey | null;
  run(ctx: ActionContext, arg?: ActionArg): void;
}

const editable = (s: MapState): MessageKey | null =>
  !s.canEdit ? (s.role === "participant" ? "keys.refused.participant" : "keys.refused.viewOnly") : s.presenting ? "keys.refused.presenting" : null;
const withSelection = (s: MapState): MessageKey | null => editable(s) ?? (s.selection.length === 0 ? "keys.refused.noSelection" : null);
const oneCard = (s: MapState): MessageKey | null => editable(s) ?? (s.selection.length !== 1 ? "keys.refused.oneCard" : null);

/** The cell a new card goes to: the one given, else the selected card's, else the first. */
function targetCell(journey: Journey, selection: readonly string[], arg?: ActionArg): { stageId: string; laneId: string } | null {
  if (arg?.stageId && arg.laneId) return { stageId: arg.stageId, laneId: arg.laneId };
  const card = journey.cards.find((c) => c.id === selection[0]);
  if (card) return { stageId: card.stageId, laneId: card.laneId };
  const stage = journey.stages[0];
  const lane = journey.lanes[0];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

function selectedCard(s: MapState): Card | undefined {
  return s.selection.length === 1 ? s.journey.cards.find((c) => c.id === s.selection[0]) : undefined;
}

function moveCard(direction: Direction): MapAction {
  const key = { left: "ArrowLeft", right: "ArrowRight", up: "ArrowUp", down: "ArrowDown" }[direction];
  return {
    id: `card.move.${direction}`,
    label: `keys.action.move.${direction}`,
    shortcuts: [`Alt+${key}`],
    enabled(s) {
      const refused = oneCard(s);
      if (refused) return refused;
      const card = selectedCard(s);
      if (!card) return "keys.refused.oneCard";
      return neighbourCell(s.journey, card, direction) ? null : "keys.refused.edge";
    },
    run({ state, t, announce }) {
      const card = selectedCard(state);
      const cell = card && neighbourCell(state.journey, card, direction);
      if (!card || !cell) return;
      state.dispatch([{ type: "moveCard", id: card.id, stageId: cell.stage.id, laneId: cell.lane.id }]);
      announce(t("keys.moved", { title: card.title, stage: cell.stage.name, lane: cell.lane.name }));
    },
  };
}

/** Every action, in the order menus list them. */
export const MAP_ACTIONS: readonly MapAction[] = [
  {
    id: "card.add",
    label: "editor.addCard",
    shortcuts: ["N"],
    enabled: (s, arg) => editable(s) ?? (targetCell(s.journey, s.selection, arg) ? null : "keys.refused.noCell"),
    run({ state, t, newId }, arg) {
      const cell = targetCell(state.journey, state.selection, arg);
      const lane = cell && state.journey.lanes.find((l) => l.id === cell.laneId);
      if (!cell || !lane) return;
      const id = newId();
      state.dispatch([{ type: "addCard", card: { id, ...laneCardDefaults(lane.kind), stageId: cell.stageId, laneId: cell.laneId, title: t("editor.newCard") } }]);
      state.select([id]);
      state.setEditing(id);
    },
  },
  {
    id: "stage.add",
    label: "editor.addStage",
    shortcuts: [],
    enabled: editable,
    run: ({ state, t, newId }) => void state.dispatch([{ type: "addStage", stage: { id: newId(), name: t("editor.newStage") } }]),
  },
  {
    id: "lane.add",
    label: "editor.addLane",
    shortcuts: [],
    enabled: editable,
    run: ({ state, t, newId }) => void state.dispatch([{ type: "addLane", lane: { id: newId(), name: t("editor.newLane"), kind: "actions" } }]),
  },
  {
    id: "card.editTitle",
    label: "keys.action.editTitle",
    shortcuts: ["Enter", "F2"],
    enabled: oneCard,
    run: ({ state }) => state.setEditing(state.selection[0] ?? null),
  },
  {
    id: "selection.delete",
    label: "editor.deleteSelection",
    shortcuts: ["Delete", "Backspace"],
    enabled: (s) => editable(s) ?? (s.selection.length === 0 && s.selectedLinks.length === 0 ? "keys.refused.noSelection" : null),
    run({ state }) {
      const { selection, selectedLinks, journey } = state;
      // More than a few cards are confirmed first (issue 11); the journey is read again on "yes".
      state.requestDelete({ kind: "cards", ids: selection }, () => {
        const commands: Command[] = flowChangesToCommands({ kind: "remove", nodeIds: selection, edgeIds: selectedLinks }, { journey, layout: gridLayout(journey) });
        state.dispatch(commands);
        state.select([]);
        state.selectLinks([]);
      });
    },
  },
  {
    id: "selection.duplicate",
    label: "editor.duplicate",
    shortcuts: ["Mod+D"],
    enabled: withSelection,
    run({ state, newId }) {
      const { commands, cardIds } = duplicateCommands(state.journey, state.selection, newId);
      state.dispatch(commands);
      state.select(cardIds);
    },
  },
  {
    id: "selection.copy",
    label: "keys.action.copy",
    shortcuts: ["Mod+C"],
    enabled: (s) => (s.selection.length === 0 ? "keys.refused.noSelection" : null),
    run({ state, clip }) {
      clip.current = copyCards(state.journey, state.selection);
      void navigator.clipboard?.writeText(JSON.stringify(clip.current)).catch(() => {});
    },
  },
  {
    id: "clipboard.paste",
    label: "keys.action.paste",
    shortcuts: ["Mod+V"],
    enabled: editable,
    run({ state, clip, newId }) {
      if (!clip.current) return;
      const { commands, cardIds } = pasteCommands(state.journey, clip.current, newId, targetCell(state.journey, state.selection));
      state.dispatch(commands);
      state.select(cardIds);
    },
  },
  {
    id: "selection.all",
    label: "keys.action.selectAll",
    shortcuts: ["Mod+A"],
    enabled: () => null,
    run: ({ state }) => state.select(state.journey.cards.map((c) => c.id)),
  },
  {
    id: "history.undo",
    label: "map.undo",
    shortcuts: ["Mod+Z"],
    enabled: (s) => editable(s) ?? (s.undoManager.undoStack.length === 0 ? "keys.refused.nothingToUndo" : null),
    run: ({ state }) => void state.undoManager.undo(),
  },
  {
    id: "history.redo",
    label: "map.redo",
    shortcuts: ["Shift+Mod+Z", "Mod+Y"],
    enabled: (s) => editable(s) ?? (s.undoManager.redoStack.length === 0 ? "keys.refused.nothingToRedo" : null),
    run: ({ state }) => void state.undoManager.redo(),
  },
  {
    id: "selection.clear",
    label: "keys.action.clearSelection",
    shortcuts: ["Escape"],
    enabled: () => null,
    run({ state }) {
      state.select([]);
      state.selectLinks([]);
    },
  },
  moveCard("right"),
  moveCard("left"),
  moveCard("down"),
  moveCard("up"),
];

const BY_ID = new Map(MAP_ACTIONS.map((a) => [a.id, a]));

/** The action with this id (a typo is a programming error, so it throws). */
export function mapAction(id: string): MapAction {
  const action = BY_ID.get(id);
  if (!action) throw new Error(`No map action "${id}".`);
  return action;
}
