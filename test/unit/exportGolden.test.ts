import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderJourneySvg } from "../../shared/export/svg";
import { journeyToMermaid } from "../../shared/export/mermaid";
import { journeyToCsv } from "../../shared/export/csv";
import { exampleJourney } from "../support/example";

/**
 * Golden files of the example map's exports. A change to the renderers shows up as a diff of
 * these files in review. Regenerate them only on purpose: `UPDATE_GOLDEN=1 npx vitest run
 * test/unit/exportGolden.test.ts`, then look at the new SVG before committing it.
 */
const example = exampleJourney();
const dir = new URL("../fixtures/golden/", import.meta.url);
const update = process.env.UPDATE_GOLDEN === "1";

function golden(name: string, actual: string): void {
  const file = new URL(name, dir);
  if (update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`missing golden file test/fixtures/golden/${name}; create it with UPDATE_GOLDEN=1`);
  expect(actual === readFileSync(file, "utf8"), `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(true);
}

describe("golden exports of the example map", () => {
  it("[X5] onboarding.svg", () => golden("onboarding.svg", renderJourneySvg(example)));
  it("[X5] onboarding.de.svg (German labels)", () => golden("onboarding.de.svg", renderJourneySvg(example, { lang: "de" })));
  it("[M1] onboarding.mmd", () => golden("onboarding.mmd", journeyToMermaid(example)));
  it("[C1] onboarding.csv", () => golden("onboarding.csv", journeyToCsv(example)));
});
