/**
 * Keyboard shortcuts as data, and where they may act. Pure: the page describes the focused
 * element (`describeFocus`) and these rules decide.
 */

/** The parts of a key event a shortcut looks at. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * A shortcut as written in the action table: modifiers then a key, joined by "+":
 * `N`, `Enter`, `Mod+Z` (Ctrl, or Cmd on a Mac), `Shift+Mod+Z`, `Alt+ArrowRight`. Modifiers
 * not named must not be held (Shift is ignored for single printable keys only when named).
 */
export function matchesShortcut(e: KeyLike, shortcut: string): boolean {
  const parts = shortcut.split("+");
  const key = parts[parts.length - 1] ?? "";
  const mods = new Set(parts.slice(0, -1));
  const mod = e.ctrlKey || e.metaKey;
  if (mods.has("Mod") !== mod) return false;
  if (mods.has("Shift") !== e.shiftKey) return false;
  if (mods.has("Alt") !== e.altKey) return false;
  return key.length === 1 ? e.key.toLowerCase() === key.toLowerCase() : e.key === key;
}

/** What the keyboard focus is on, as far as shortcuts care. */
export interface FocusDescription {
  /** The map's canvas itself (its pane), or a card or header node on it. */
  readonly onCanvas: boolean;
  /** A card node on the canvas. */
  readonly onCard: boolean;
  /** Inside an open dialog (the Share dialog is a modal `<dialog>`), or a modal dialog is open anywhere. */
  readonly inDialog: boolean;
  /** A text field, a select, or something content-editable. */
  readonly inTextField: boolean;
  /** A button, link, tab, menu or menu item (a control with keys of its own). */
  readonly onControl: boolean;
}

/**
 * Shortcuts act only when the canvas or a card has focus: never under a dialog, in a text
 * field, or on a button, tab or menu (rule KB1 in shared/SPEC.md).
 */
export function shortcutsMayAct(focus: FocusDescription): boolean {
  return focus.onCanvas && !focus.inDialog && !focus.inTextField && !focus.onControl;
}

const TEXT_FIELD = "input, textarea, select, [contenteditable=''], [contenteditable='true']";
const CONTROL = "button, a[href], summary, [role=button], [role=tab], [role=menu], [role=menuitem], [role=menubar], [role=listbox], [role=option]";

/** Describes the element holding focus, relative to the map's canvas element. */
export function describeFocus(target: Element | null, canvas: Element | null): FocusDescription {
  const modalOpen = target?.ownerDocument.querySelector("dialog[open]:modal") != null;
  if (!target || !canvas) return { onCanvas: false, onCard: false, inDialog: modalOpen, inTextField: false, onControl: false };
  const node = target.closest(".react-flow__node");
  return {
    onCanvas: target === canvas || (canvas.contains(target) && (node !== null || target.closest(".react-flow__pane, .react-flow__renderer") !== null || target.classList.contains("react-flow"))),
    onCard: node?.classList.contains("react-flow__node-card") ?? false,
    inDialog: modalOpen || target.closest("dialog, [role=dialog], [role=alertdialog]") !== null,
    inTextField: target.closest(TEXT_FIELD) !== null || (target instanceof HTMLElement && target.isContentEditable),
    onControl: target.closest(CONTROL) !== null && target.closest(CONTROL) !== node,
  };
}
