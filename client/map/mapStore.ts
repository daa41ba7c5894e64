/**
 * The open map's page state as one zustand store (xyflow's pattern: a context holds the store,
 * components select the slices they show, see `useMap`). The journey comes from a `DocStore`
 * of the map's document; the rest is this page's: role, selection, presenting, the card whose
 * title is edited in place, the connection's state, and the actions that change them.
 *
 * Nothing here knows React Flow: the canvas registers a `viewport` (to pan to a card) while it
 * is mounted, and a view without a canvas (the table view) works on the same store.
 */
import { dispatchInWorkspace, type WorkspaceTarget } from "./workspaceDispatch";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { createStore, type StoreApi } from "zustand/vanilla";
import { applyCommands, type ApplyResult } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import type { DocReading } from "../../shared/doc/docProblem";
import type { Journey } from "../../shared/schema/journey";
import type { ConnectionState } from "../live/MapConnection";
import type { DocStore } from "../store/createDocStore";
import type { PendingDeletion } from "../flow/ConfirmDeleteDialog";
import { deletionImpact, type DeletionTarget } from "../flow/deletionImpact";
import { allParticipantCommands } from "../../shared/commands/participantCommands";
import { roleCanEdit, roleCanTakePart, type MapProblem, type Role } from "./MapSession";

/** What a view with a canvas offers the store (pan and zoom to a card). */
export interface MapViewport {
  focusCard(cardId: string): void;
}

/** What `dispatch` did: how many commands were applied, which were skipped and why; `refused` when nothing could be applied (a viewer). */
export interface DispatchResult extends ApplyResult {
  readonly refused: "viewOnly" | null;
}

export interface MapState {
  readonly mapId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly undoManager: Y.UndoManager;
  readonly role: Role;
  /** False while the server has not said which role the key holds (the map shows read-only meanwhile). */
  readonly roleKnown: boolean;
  readonly canEdit: boolean;
  /** Votes and comments (P7): editors, owners and participants. */
  readonly canTakePart: boolean;
  readonly journey: Journey;
  readonly problems: readonly MapProblem[];
  readonly connection: ConnectionState;
  readonly today: string;
  now(): number;
  /** Card ids selected (only cards that still exist), and selected link ids. */
  readonly selection: readonly string[];
  readonly selectedLinks: readonly string[];
  readonly presenting: boolean;
  /** The card whose title is being edited in place on this device, or null. */
  readonly editingCardId: string | null;
  readonly viewport: MapViewport | null;
  /** A deletion waiting for the person's confirmation (ConfirmDeleteDialog), or null. */
  readonly pendingDeletion: PendingDeletion | null;
  /** The last thing said to screen readers (and shown briefly): refused actions, moved cards. */
  readonly announcement: { readonly text: string; readonly seq: number } | null;

  /** Forgets this device's copy of the map (after the map was deleted or its keys replaced). */
  clearLocal(): Promise<void>;
  /** Applies commands in one transaction (`local` edits are undoable by this person only; `workshop` edits, votes and the timer, never enter undo history); a viewer's are refused, a participant's unless all are votes and comments (P2). */
  dispatch(commands: readonly Command[], origin?: "local" | "workshop"): DispatchResult;
  select(cardIds: readonly string[]): void;
  selectLinks(linkIds: readonly string[]): void;
  setPresenting(on: boolean): void;
  setEditing(cardId: string | null): void;
  focusCard(cardId: string): void;
  setViewport(viewport: MapViewport | null): void;
  setRole(role: Role, roleKnown: boolean): void;
  announce(text: string): void;
  /** Runs `run` at once, or first asks (a stage or lane with cards, more than a few cards: issue 11). */
  requestDelete(target: DeletionTarget, run: () => void, name?: string): void;
  /** The confirmation was answered (run or cancelled). */
  settleDeletion(): void;
}

export interface MapStoreInput {
  readonly mapId: string;
  readonly journey: DocStore<DocReading<Journey>>;
  readonly awareness: Awareness;
  readonly undoManager: Y.UndoManager;
  readonly connection: { readonly state: ConnectionState; subscribe(listener: () => void): () => void; clearLocal(): Promise<void> };
  readonly role: Role;
  readonly roleKnown: boolean;
  readonly clock: { readonly today: string; now(): number };
  /** The map's workspace document, once known, for directory and OKR edits (WS11). */
  readonly workspace?: () => WorkspaceTarget | undefined;
}

/** The map store; call the returned `destroy` to stop following the journey and the connection. */
export type MapStore = StoreApi<MapState> & { destroy(): void };

const NONE: readonly string[] = [];

/** Keeps the ids that are still in `exists`, returning `ids` itself when all are. */
function keep(ids: readonly string[], exists: ReadonlySet<string>): readonly string[] {
  if (ids.length === 0) return ids;
  const kept = ids.filter((id) => exists.has(id));
  return kept.length === ids.length ? ids : kept;
}

/** Cards added on this page record the day (SPEC.md D14: a touchpoint is due from the next period). */
function stampCreated(commands: readonly Command[], today: string): readonly Command[] {
  return commands.some((c) => c.type === "addCard" && c.createdOn === undefined)
    ? commands.map((c) => (c.type === "addCard" && c.createdOn === undefined ? { ...c, createdOn: today } : c))
    : commands;
}

/** Creates the store of one open map (see the module comment). */
export function createMapStore(input: MapStoreInput): MapStore {
  const first = input.journey.getState();
  const store = createStore<MapState>()((set, get) => ({
    mapId: input.mapId,
    doc: input.journey.doc,
    awareness: input.awareness,
    undoManager: input.undoManager,
    role: input.role,
    roleKnown: input.roleKnown,
    canEdit: roleCanEdit(input.role),
    canTakePart: roleCanTakePart(input.role),
    journey: first.journey,
    problems: first.problems,
    connection: input.connection.state,
    today: input.clock.today,
    now: input.clock.now,
    selection: NONE,
    selectedLinks: NONE,
    presenting: false,
    editingCardId: null,
    viewport: null,
    announcement: null,
    pendingDeletion: null,
    clearLocal: () => input.connection.clearLocal(),
    dispatch(commands, origin = "local") {
      const s = get();
      if (!s.canEdit && !(s.canTakePart && allParticipantCommands(commands))) return { applied: 0, skipped: [], refused: "viewOnly" };
      if (commands.length === 0) return { applied: 0, skipped: [], refused: null };
      const target = input.workspace?.();
      const stamped = stampCreated(commands, get().today);
      const result = target ? dispatchInWorkspace(get().doc, target, stamped, origin) : applyCommands(get().doc, stamped, origin);
      // The person's next action (a second key press within the frame) must see this one's
      // result: read the journey now instead of on the next frame (KB1, KB4).
      if (result.applied > 0) input.journey.flush();
      return { ...result, refused: null };
    },
    select(cardIds) {
      const next = cardIds.length === 0 ? NONE : [...new Set(cardIds)];
      const old = get().selection;
      if (next.length === old.length && next.every((id, i) => id === old[i])) return;
      set({ selection: next });
    },
    selectLinks(linkIds) {
      const old = get().selectedLinks;
      if (linkIds.length === old.length && linkIds.every((id, i) => id === old[i])) return;
      set({ selectedLinks: linkIds.length === 0 ? NONE : [...new Set(linkIds)] });
    },
    setPresenting(on) {
      set({ presenting: on, editingCardId: on ? null : get().editingCardId });
    },
    setEditing(cardId) {
      if (get().editingCardId !== cardId) set({ editingCardId: cardId });
    },
    focusCard(cardId) {
      get().select([cardId]);
      get().viewport?.focusCard(cardId);
    },
    setViewport(viewport) {
      set({ viewport });
    },
    requestDelete(target, run, name) {
      const impact = deletionImpact(get().journey, target);
      if (!impact.confirm) run();
      else set({ pendingDeletion: { target, cards: impact.cards, run, ...(name !== undefined ? { name } : {}) } });
    },
    settleDeletion() {
      if (get().pendingDeletion) set({ pendingDeletion: null });
    },
    announce(text) {
      set({ announcement: { text, seq: (get().announcement?.seq ?? 0) + 1 } });
    },
    setRole(role, roleKnown) {
      if (get().role === role && get().roleKnown === roleKnown) return;
      set({ role, roleKnown, canEdit: roleCanEdit(role), canTakePart: roleCanTakePart(role), editingCardId: roleCanEdit(role) ? get().editingCardId : null });
    },
  }));

  const offJourney = input.journey.subscribe((reading) => {
    const s = store.getState();
    const cards = new Set(reading.journey.cards.map((c) => c.id));
    const links = s.selectedLinks.length > 0 ? new Set((reading.journey.links ?? []).map((l) => l.id)) : new Set<string>();
    const editing = s.editingCardId !== null && !cards.has(s.editingCardId) ? null : s.editingCardId;
    store.setState({
      journey: reading.journey,
      problems: reading.problems,
      selection: keep(s.selection, cards),
      selectedLinks: keep(s.selectedLinks, links),
      editingCardId: editing,
    });
  });
  const offConnection = input.connection.subscribe(() => store.setState({ connection: input.connection.state }));
  return {
    ...store,
    destroy() {
      offJourney();
      offConnection();
    },
  };
}
