import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { validateJourney } from "../../shared/validate";
import { journeyArbitrary } from "../support/journeyArbitrary";
import { testSeed } from "../support/seed";

const seed = testSeed(20261121);

describe(`file -> document -> file (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[F14] generated journeys are valid (the arbitrary's own contract)", () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const checked = validateJourney(journey);
        if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
      }),
      { seed, numRuns: 100 },
    );
  }, 60_000);

  it("[F14][L4] docToJourney(journeyToDoc(j)) deep-equals j, with no problems", () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const { journey: back, problems } = docToJourney(journeyToDoc(journey));
        expect(problems).toEqual([]);
        expect(back).toStrictEqual(journey);
      }),
      { seed, numRuns: 150 },
    );
  }, 60_000);

  it("[F14] the round trip also holds after the document is encoded and loaded by another replica", () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const other = new Y.Doc();
        Y.applyUpdate(other, Y.encodeStateAsUpdate(journeyToDoc(journey)));
        const { journey: back, problems } = docToJourney(other);
        expect(problems).toEqual([]);
        // JSON equality: Yjs's encoding writes -0 as 0, which JSON does too.
        expect(JSON.parse(JSON.stringify(back))).toStrictEqual(JSON.parse(JSON.stringify(journey)));
      }),
      { seed, numRuns: 80 },
    );
  }, 60_000);
});
