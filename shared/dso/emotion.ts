/** The emotion curve across stages (SPEC.md D13). */
import type { Journey } from "../schema/journey";

/** The mean emotion of one stage's cards. */
export interface StageEmotion {
  stageId: string;
  name: string;
  /** Mean of the `emotion` of the stage's cards that have one (-2..2), or null when none has. */
  mean: number | null;
  /** How many cards of the stage have an emotion. */
  count: number;
}

/** Per stage, in stage order, the mean emotion of its cards that have one (D13). */
export function emotionByStage(journey: Pick<Journey, "cards" | "stages">): StageEmotion[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const card of journey.cards) {
    if (card.emotion === undefined) continue;
    const acc = sums.get(card.stageId) ?? { sum: 0, count: 0 };
    acc.sum += card.emotion;
    acc.count++;
    sums.set(card.stageId, acc);
  }
  return journey.stages.map((s) => {
    const acc = sums.get(s.id);
    return { stageId: s.id, name: s.name, mean: acc ? acc.sum / acc.count : null, count: acc?.count ?? 0 };
  });
}
