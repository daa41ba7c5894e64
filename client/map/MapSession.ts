import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { Command } from "../../shared/commands/command";
import type { Journey } from "../../shared/schema/journey";

/** What a key lets its holder do (api.md, "Maps and keys"; `participant`: API-RULES.md P1-P7). */
export type Role = "owner" | "editor" | "participant" | "viewer";

/** `true` when `role` may change the map (owners and editors). */
export function roleCanEdit(role: Role): boolean {
  return role === "owner" || role === "editor";
}

/** `true` when `role` may vote and comment (everyone but viewers, P7). */
export function roleCanTakePart(role: Role): boolean {
  return role !== "viewer";
}

/** One thing a reader skipped because it did not validate (see shared/doc/LAYOUT.md). */
export interface MapProblem {
  readonly collection: string;
  readonly id: string;
  readonly message: string;
}

/**
 * Everything a panel of the map page needs, provided by the editor shell through
 * `useMapSession()`. Panels (DSO, workshop, exports) read `journey`, which is derived from the
 * document again on every change, and write only through `dispatch`.
 */
export interface MapSession {
  readonly mapId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly role: Role;
  /** `false` for viewers and participants: every editing control is hidden or disabled. */
  readonly canEdit: boolean;
  /** `true` for editors, owners and participants: voting and comments (add, reply, resolve) work (P7). */
  readonly canTakePart: boolean;
  /** The map as a valid journey file, derived from the document. */
  readonly journey: Journey;
  readonly problems: readonly MapProblem[];
  /**
   * Applies commands in one transaction. `local` edits are undoable by this person only;
   * `workshop` edits (votes, the timer) never enter undo history. Ignored for viewers.
   */
  dispatch(commands: readonly Command[], origin?: "local" | "workshop"): void;
  /** Today as `YYYY-MM-DD` (UTC); tests inject it with the page's `?today=` query parameter. */
  readonly today: string;
  /** The current time in ms; tests may inject it with `?now=` (an ISO time) to pin the clock. */
  now(): number;
  /** Card ids selected on the canvas, and a way to change the selection. */
  readonly selection: readonly string[];
  select(cardIds: readonly string[]): void;
  /** Pans and zooms the canvas to a card and selects it (a backlog row click, a review item). */
  focusCard(cardId: string): void;
  /** Presenting mode (workshop): the shell hides every editing control while it is on. */
  readonly presenting: boolean;
  setPresenting(on: boolean): void;
}
