import { describe, expect, it } from "vitest";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import type { Journey } from "../../shared/schema/journey";
import { validateJourney } from "../../shared/validate";
import { JOURNEY_FILE_REFERENCES } from "../../shared/validation/references";
import { exampleJourney } from "../support/example";

type Rec = Record<string, unknown>;

/** The first item at a site of the references table in a journey file, and its JSON path. */
function firstAt(journey: Rec, site: string): { item: Rec; path: string } {
  if (site === "rotation") return { item: journey["rotation"] as Rec, path: "rotation" };
  if (site === "rotation.overrides") return { item: ((journey["rotation"] as Rec)["overrides"] as Rec[])[0]!, path: "rotation.overrides[0]" };
  if (site === "okrs[].keyResults") return { item: ((journey["okrs"] as Rec[])[0]!["keyResults"] as Rec[])[0]!, path: "okrs[0].keyResults[0]" };
  const list = journey[site] as Rec[];
  const index = site === "comments" ? list.findIndex((c) => c["replyTo"] !== undefined) : list.findIndex((c) => c[site === "people" ? "teamId" : "id"] !== undefined);
  return { item: list[index]!, path: `${site}[${index}]` };
}

describe("the references table drives the journey validator and the reader (WS3)", () => {
  it("[WS3][F7] every row that applies inside a journey file is one the example exercises", () => {
    const sites = new Set(JOURNEY_FILE_REFERENCES.map((r) => `${r.site}.${r.field}`));
    for (const f7 of ["cards.stageId", "cards.laneId", "cards.ownerTeamId", "links.from", "links.to", "people.teamId", "rotation.ownerIds", "rotation.overrides.ownerId", "okrs.teamIds", "okrs[].keyResults.cardIds", "reviews.cardId", "reviews.reviewerId", "comments.cardId", "comments.replyTo"]) {
      expect(sites).toContain(f7);
    }
  });

  for (const r of JOURNEY_FILE_REFERENCES) {
    it(`[WS3][F7] a dangling ${r.site}.${r.field} is reported by the validator at its path, naming a missing ${r.row.noun}`, () => {
      const journey = exampleJourney() as unknown as Rec;
      const { item, path } = firstAt(journey, r.site);
      item[r.field] = r.shape === "one" ? "zz-missing" : ["zz-missing"];
      const result = validateJourney(journey);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const at = r.shape === "one" ? `${path}.${r.field}` : `${path}.${r.field}[0]`;
      expect(result.issues).toContainEqual({ path: at, message: `no ${r.row.noun} "zz-missing"` });
    });
  }

  for (const r of JOURNEY_FILE_REFERENCES.filter((x) => x.shape === "one" && ["cards", "links", "people", "reviews", "comments"].includes(x.site) && x.field !== "replyTo")) {
    it(`[WS3][L8] the reader repairs a dangling ${r.site}.${r.field} as the table says (${r.row.onMissing})`, () => {
      const journey = exampleJourney();
      const { item } = firstAt(journey as unknown as Rec, r.site);
      const id = item["id"] as string;
      item[r.field] = "zz-missing";
      const { journey: read, problems } = docToJourney(journeyToDoc(journey as Journey));
      const after = (read as unknown as Rec)[r.site] as Rec[];
      const found = after.find((x) => x["id"] === id);
      if (r.row.onMissing === "drop") expect(found).toBeUndefined();
      else {
        expect(found).toBeDefined();
        expect(found?.[r.field]).toBeUndefined();
      }
      expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining(`${r.field}: no ${r.row.noun} "zz-missing"`));
    });
  }
});
