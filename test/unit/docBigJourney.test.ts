import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { validateJourney } from "../../shared/validate";
import { exampleJourney } from "../support/example";
import { makeBigJourney } from "../support/bigJourney";

describe("makeBigJourney and big documents", () => {
  it("[F11][F12] is valid, deterministic, and 20,000 cards stay under 5 MiB", () => {
    for (const cards of [0, 1, 2_000, 20_000]) {
      const journey = makeBigJourney({ cards, seed: 1 });
      const checked = validateJourney(journey);
      expect(checked.ok, `${cards} cards: ${checked.ok ? "" : JSON.stringify(checked.issues.slice(0, 3))}`).toBe(true);
      expect(journey.cards).toHaveLength(cards);
    }
    expect(makeBigJourney({ cards: 500, seed: 7 })).toStrictEqual(makeBigJourney({ cards: 500, seed: 7 }));
    expect(makeBigJourney({ cards: 500, seed: 7 })).not.toStrictEqual(makeBigJourney({ cards: 500, seed: 8 }));
    expect(makeBigJourney({ cards: 100, seed: 1, stages: 3, lanes: 2 }).stages).toHaveLength(3);
  });

  it("[F14][L4] a 20,000-card journey round-trips through a document and its encoding exactly", () => {
    const journey = makeBigJourney({ cards: 20_000, seed: 3 });
    const doc = journeyToDoc(journey);
    const reading = docToJourney(doc);
    expect(reading.problems).toEqual([]);
    expect(reading.journey).toStrictEqual(journey);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(docToJourney(other).journey).toStrictEqual(journey);
  }, 60_000);

  it("[F14] the example file round-trips exactly", async () => {
    const example = exampleJourney();
    expect(validateJourney(example).ok).toBe(true);
    const reading = docToJourney(journeyToDoc(example));
    expect(reading.problems).toEqual([]);
    expect(reading.journey).toStrictEqual(example);
  });
});
