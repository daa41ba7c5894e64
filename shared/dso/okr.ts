/** Progress of key results and objectives (SPEC.md F33, D9). */
import type { Journey } from "../schema/journey";
import type { Metric } from "../schema/metric";
import type { KeyResult, Okr } from "../schema/okr";

/**
 * Progress of a key result (F33): `(current - baseline) / (target - baseline)` clamped to 0..1,
 * baseline 0 when absent. `null` (no progress) when `current` is absent or `target === baseline`.
 * Works both ways: with target below baseline (lower is better) moving down is progress.
 * With `cards` (the key result's cards), a current measured by their KPIs wins (WS10).
 */
export function keyResultProgress(kr: KeyResultNumbers, cards?: readonly MeasuredCard[]): number | null {
  const current = cards === undefined ? kr.current : currentOf(kr, cards);
  if (current === undefined) return null;
  const baseline = kr.baseline ?? 0;
  const span = kr.target - baseline;
  if (span === 0) return null;
  const raw = (current - baseline) / span;
  if (Number.isNaN(raw)) return null;
  return Math.min(1, Math.max(0, raw));
}

/** The numbers of a key result (a journey's or a workspace's). */
export type KeyResultNumbers = Pick<KeyResult, "metric" | "baseline" | "target" | "current">;

/** A card as far as its KPIs go. */
export interface MeasuredCard {
  readonly metrics?: readonly Metric[];
}

/**
 * What the key result's cards measure (WS10, Deliver 6): when the key result names a metric
 * kind (not `custom`, which has no kind to match) and its cards carry a metric of that kind
 * with a value, the mean of those values (the single value when there is one); otherwise
 * `undefined`. `cards` are the key result's cards, resolved by the caller.
 */
export function measuredCurrent(kr: Pick<KeyResult, "metric">, cards: readonly MeasuredCard[]): number | undefined {
  if (kr.metric === undefined || kr.metric === "custom") return undefined;
  let sum = 0;
  let n = 0;
  for (const card of cards) {
    for (const m of card.metrics ?? []) {
      if (m.kind !== kr.metric || m.value === undefined) continue;
      sum += m.value;
      n++;
    }
  }
  return n === 0 ? undefined : sum / n;
}

/** The key result's current value: measured by its cards when they measure it (WS10), else the typed `current`. */
export function currentOf(kr: KeyResultNumbers, cards: readonly MeasuredCard[]): number | undefined {
  return measuredCurrent(kr, cards) ?? kr.current;
}

/** Mean progress of the objective's key results that have progress; null when none has (D9). */
export function objectiveProgress(okr: { keyResults: readonly KeyResultNumbers[] }, cardsOf?: (kr: KeyResultNumbers) => readonly MeasuredCard[]): number | null {
  let sum = 0;
  let n = 0;
  for (const kr of okr.keyResults) {
    const p = keyResultProgress(kr, cardsOf?.(kr));
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

/** The cards a journey key result points at (`cardIds`), in its order; missing ids are skipped. */
export function cardsOfKeyResult(journey: Pick<Journey, "cards">, kr: Pick<KeyResult, "cardIds">): Journey["cards"] {
  if (!kr.cardIds || kr.cardIds.length === 0) return [];
  const byId = new Map(journey.cards.map((c) => [c.id, c]));
  return kr.cardIds.flatMap((id) => {
    const card = byId.get(id);
    return card ? [card] : [];
  });
}
