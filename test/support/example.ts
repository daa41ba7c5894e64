import { readFileSync } from "node:fs";
import type { Journey } from "../../shared/schema/journey";

/**
 * The format's complete example map, as a fresh object each call. The repository keeps its own
 * copy (`test/fixtures/onboarding.journey.json`, identical to `examples/onboarding.journey.json`
 * of the format page) so that tests run from a clean clone with nothing beside it.
 */
export function exampleJourney(): Journey {
  return JSON.parse(exampleJourneyText()) as Journey;
}

/** The example map's file text, byte for byte. */
export function exampleJourneyText(): string {
  return readFileSync(new URL("../fixtures/onboarding.journey.json", import.meta.url), "utf8");
}
