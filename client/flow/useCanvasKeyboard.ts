/**
 * The map's keyboard, on the canvas element (capture phase, so React Flow's own node keys do
 * not also act). Shortcuts come from the action table and act only while the canvas or a card
 * has focus (rule KB1). Besides them:
 *
 * - arrow keys move focus between cards and cells in grid order (`nextStop`); the focused card
 *   is selected, and scrolled into view first when it is off screen;
 * - Enter on a focused card selects it (Enter again, or F2, edits its title);
 * - L starts a link from the focused card: move to another card, Enter links, Escape cancels
 *   and returns focus to where the link started;
 * - on an empty cell's "add card" button, N adds a card there (Enter and Space press the button).
 */
import { useCallback, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from "react";
import { MAP_ACTIONS } from "../actions/mapActions";
import { nextStop, firstStop, type Direction, type GridStop } from "../actions/gridNavigation";
import { describeFocus, matchesShortcut, shortcutsMayAct } from "../actions/shortcuts";
import { useRunAction } from "../actions/useRunAction";
import { useT } from "../i18n/useT";
import { useMapStores } from "../map/MapStoreContext";
import { freshId } from "./freshId";

const ARROWS: Readonly<Record<string, Direction>> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

/** Where focus is on the grid, read from the focused element. */
function stopOf(target: Element): GridStop | null {
  const node = target.closest(".react-flow__node-card");
  const id = node?.getAttribute("data-id");
  if (id) return { cardId: id };
  const cell = target.closest("[data-cell-stage]");
  const stageId = cell?.getAttribute("data-cell-stage");
  const laneId = cell?.getAttribute("data-cell-lane");
  return stageId && laneId ? { stageId, laneId } : null;
}

/** The element to focus for a stop, once React Flow has rendered it. */
function elementOf(canvas: HTMLElement, stop: GridStop): HTMLElement | null {
  const selector = "cardId" in stop ? `.react-flow__node-card[data-id="${CSS.escape(stop.cardId)}"]` : `[data-cell-stage="${CSS.escape(stop.stageId)}"][data-cell-lane="${CSS.escape(stop.laneId)}"] button`;
  return canvas.querySelector<HTMLElement>(selector);
}

/** Focuses `stop`, bringing it into view first (the canvas draws only what is in view). */
export function focusStop(canvas: HTMLElement, stop: GridStop, reveal: (stop: GridStop) => void): void {
  const now = elementOf(canvas, stop);
  if (now && isInView(canvas, now)) {
    now.focus({ preventScroll: true });
    return;
  }
  reveal(stop);
  let frames = 0;
  const tryFocus = () => {
    const el = elementOf(canvas, stop);
    if (el) el.focus({ preventScroll: true });
    else if (frames++ < 30) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}

function isInView(canvas: HTMLElement, el: HTMLElement): boolean {
  const a = canvas.getBoundingClientRect();
  const b = el.getBoundingClientRect();
  return b.left >= a.left && b.top >= a.top && b.right <= a.right && b.bottom <= a.bottom;
}

/** The canvas's keydown handler (capture phase); `reveal` pans the view to a stop. */
export function useCanvasKeyboard(canvasRef: RefObject<HTMLElement | null>, reveal: (stop: GridStop) => void): (e: ReactKeyboardEvent) => void {
  const { map } = useMapStores();
  const run = useRunAction();
  const t = useT();
  const linkFrom = useRef<string | null>(null);

  return useCallback(
    (e: ReactKeyboardEvent) => {
      const canvas = canvasRef.current;
      const target = e.target as Element;
      if (!canvas || e.defaultPrevented) return;
      const focus = describeFocus(target, canvas);
      const cell = !focus.inDialog && !focus.inTextField ? target.closest("[data-cell-stage]") : null;
      if (!shortcutsMayAct(focus) && !cell) return;
      const s = map.getState();
      const handled = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
      const direction = ARROWS[e.key];
      const here = stopOf(target);

      if (direction && plain && !s.presenting) {
        const to = here ? nextStop(s.journey, here, direction, s.canEdit) : firstStop(s.journey);
        if (to) {
          if ("cardId" in to) s.select([to.cardId]);
          focusStop(canvas, to, reveal);
        }
        handled();
        return;
      }
      if (linkFrom.current !== null) {
        const from = linkFrom.current;
        if (e.key === "Escape") {
          linkFrom.current = null;
          canvas.removeAttribute("data-linking");
          s.announce(t("keys.link.cancelled"));
          s.select([from]);
          focusStop(canvas, { cardId: from }, reveal);
          handled();
          return;
        }
        if (e.key === "Enter" && here && "cardId" in here) {
          if (here.cardId === from) s.announce(t("keys.link.same"));
          else {
            linkFrom.current = null;
            canvas.removeAttribute("data-linking");
            const title = (id: string) => s.journey.cards.find((c) => c.id === id)?.title ?? "";
            const result = s.dispatch([{ type: "addLink", link: { id: freshId(), from, to: here.cardId } }]);
            if (result.applied > 0) s.announce(t("keys.link.done", { from: title(from), to: title(here.cardId) }));
          }
          handled();
          return;
        }
      }
      if (cell) {
        const stageId = cell.getAttribute("data-cell-stage");
        const laneId = cell.getAttribute("data-cell-lane");
        if (plain && e.key.toLowerCase() === "n" && stageId && laneId) {
          run("card.add", "keyboard", { stageId, laneId });
          handled();
        }
        return;
      }
      if (focus.onCard && here && "cardId" in here) {
        const alone = s.selection.length === 1 && s.selection[0] === here.cardId;
        if (e.key === "Enter" && plain && !alone) {
          s.select([here.cardId]);
          handled();
          return;
        }
        if (plain && e.key.toLowerCase() === "l") {
          const refused = !s.canEdit ? "keys.refused.viewOnly" : s.presenting ? "keys.refused.presenting" : null;
          if (refused) s.announce(t(refused));
          else {
            linkFrom.current = here.cardId;
            canvas.setAttribute("data-linking", here.cardId);
            s.announce(t("keys.link.started", { title: s.journey.cards.find((c) => c.id === here.cardId)?.title ?? "" }));
          }
          handled();
          return;
        }
      }
      const action = MAP_ACTIONS.find((a) => a.shortcuts.some((k) => matchesShortcut(e, k)));
      if (!action) return;
      const before = s.selection;
      run(action.id, "keyboard");
      handled();
      // Focus follows the selection an action made (a duplicate, a paste), and a moved card
      // keeps focus once it is drawn in its new cell; a title being edited keeps its field.
      const after = map.getState();
      const single = after.selection.length === 1 ? after.selection[0] : undefined;
      if (after.editingCardId !== null) return;
      const hereCard = here && "cardId" in here ? here.cardId : null;
      // The focused card went (a delete; the store reads a local change at once): focus moves to
      // the map's canvas, not the page's body, so the next shortcut, an undo, still acts (KB1).
      // Not while a confirmation dialog asks first.
      const gone = hereCard !== null && !after.journey.cards.some((c) => c.id === hereCard);
      if (gone && canvas.ownerDocument.querySelector("dialog[open]") === null) {
        canvas.focus({ preventScroll: true });
        return;
      }
      if (single && after.selection !== before && single !== hereCard) focusStop(canvas, { cardId: single }, reveal);
      else if (action.id.startsWith("card.move.") && here && "cardId" in here) focusStop(canvas, here, reveal);
    },
    [canvasRef, map, reveal, run, t],
  );
}
