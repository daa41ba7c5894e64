/** Progress of key results and objectives (SPEC.md F33, D9). */
import type { Journey } from "../schema/journey";
import type { KeyResult, Okr } from "../schema/okr";

/**
 * Progress of a key result (F33): `(current - baseline) / (target - baseline)` clamped to 0..1,
 * baseline 0 when absent. `null` (no progress) when `current` is absent or `target === baseline`.
 * Works both ways: with target below baseline (lower is better) moving down is progress.
 */
export function keyResultProgress(kr: KeyResult): number | null {
  if (kr.current === undefined) return null;
  const baseline = kr.baseline ?? 0;
  const span = kr.target - baseline;
  if (span === 0) return null;
  const raw = (kr.current - baseline) / span;
  if (Number.isNaN(raw)) return null;
  return Math.min(1, Math.max(0, raw));
}

/** Mean progress of the objective's key results that have progress; null when none has (D9). */
export function objectiveProgress(okr: Okr): number | null {
  let sum = 0;
  let n = 0;
  for (const kr of okr.keyResults) {
    const p = keyResultProgress(kr);
    if (p === null) continue;
    sum += p;
    n++;
  }
  return n === 0 ? null : Math.min(1, Math.max(0, sum / n));
}

/** True when two or more distinct teams hold the objective (F31). */
export function isShared(okr: Okr): boolean {
  return new Set(okr.teamIds).size >= 2;
}

/** A key result together with the objective it belongs to. */
export interface CardKeyResult {
  okr: Okr;
  keyResult: KeyResult;
}

/** Every key result that names `cardId` in its `cardIds`, in objective and key-result order. */
export function keyResultsForCard(journey: Journey, cardId: string): CardKeyResult[] {
  const out: CardKeyResult[] = [];
  for (const okr of journey.okrs ?? []) {
    for (const keyResult of okr.keyResults) {
      if (keyResult.cardIds?.includes(cardId)) out.push({ okr, keyResult });
    }
  }
  return out;
}
