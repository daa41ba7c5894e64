import type { CardKeyResult, CreatedDays } from "../../shared/dso";
import type { Journey } from "../../shared/schema/journey";
import { reviewRound, type TouchpointReviewState } from "./reviewView";

/** What the ownership badges of every card on the map need, looked up per card in O(1). */
export interface CardDsoIndex {
  /** The touchpoints' states in this period's review round (cards that are not touchpoints are absent). */
  readonly reviews: ReadonlyMap<string, TouchpointReviewState>;
  /** The key results each card serves, in objective and key result order (the core's `keyResultsForCard`). */
  readonly keyResults: ReadonlyMap<string, readonly CardKeyResult[]>;
  /** Whether the "no owner" highlight is on (a device setting, read once for all cards). */
  readonly showUnowned: boolean;
}

const NONE: readonly CardKeyResult[] = [];

/** The key results of every card, built in one pass over the objectives. */
export function keyResultsByCard(journey: Journey): ReadonlyMap<string, readonly CardKeyResult[]> {
  const out = new Map<string, CardKeyResult[]>();
  for (const okr of journey.okrs ?? []) {
    for (const keyResult of okr.keyResults) {
      // A card listed twice in one key result still serves it once.
      for (const cardId of new Set(keyResult.cardIds ?? [])) {
        const list = out.get(cardId);
        if (list) list.push({ okr, keyResult });
        else out.set(cardId, [{ okr, keyResult }]);
      }
    }
  }
  return out;
}

/** The index for `journey` on `today`; the review round is the one the views share (cached per journey and day). */
export function cardDsoIndex(journey: Journey, today: string, showUnowned: boolean, created?: CreatedDays): CardDsoIndex {
  return { reviews: reviewRound(journey, today, created).byCard, keyResults: keyResultsByCard(journey), showUnowned };
}

/** The key results one card serves (none: a shared empty list). */
export function cardKeyResults(index: CardDsoIndex, cardId: string): readonly CardKeyResult[] {
  return index.keyResults.get(cardId) ?? NONE;
}
