/**
 * How much a deletion takes with it, and whether the page asks first (issue 11, point 1).
 * Pure: the canvas, the toolbar and the keyboard ask here before they delete.
 *
 * A stage or lane that holds cards is never deleted without a confirmation; a selection is
 * confirmed when it holds more than `FEW_CARDS` cards. Links alone never ask (undo brings them back
 * and they carry no writing of their own).
 */
import type { Journey } from "../../shared/schema/journey";

/** More cards than this, deleted at once, are confirmed first. */
export const FEW_CARDS = 3;

export type DeletionTarget =
  | { readonly kind: "stage"; readonly id: string }
  | { readonly kind: "lane"; readonly id: string }
  | { readonly kind: "cards"; readonly ids: readonly string[] };

export interface DeletionImpact {
  /** Cards the deletion removes (a stage's or lane's cards, or the selected cards that exist). */
  readonly cards: number;
  /** The page asks before it deletes. */
  readonly confirm: boolean;
}

/** The cards a deletion removes and whether a person must confirm it. */
export function deletionImpact(journey: Journey, target: DeletionTarget): DeletionImpact {
  switch (target.kind) {
    case "stage": {
      const cards = journey.cards.filter((c) => c.stageId === target.id).length;
      return { cards, confirm: cards > 0 };
    }
    case "lane": {
      const cards = journey.cards.filter((c) => c.laneId === target.id).length;
      return { cards, confirm: cards > 0 };
    }
    case "cards": {
      const wanted = new Set(target.ids);
      const cards = journey.cards.filter((c) => wanted.has(c.id)).length;
      return { cards, confirm: cards > FEW_CARDS };
    }
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}
