/** Issue 11, point 8: "Needs work" with a note as a backlog item, in one batch of commands. */
import { describe, expect, it } from "vitest";
import { backlogFromReview } from "../../client/dso/backlogFromReview";
import { docToJourney } from "../../shared/doc/docToJourney";
import { backlogItems } from "../../shared/dso";
import { apply, example, exampleDoc } from "./commandsSupport";

describe("a backlog item from a review", () => {
  it("[D11] a pain point in the touchpoint's stage, in the pain-points lane, owned by its team, linked to it, in the backlog", () => {
    const touchpoint = example.cards.find((c) => c.id === "t5")!;
    const commands = backlogFromReview(example, touchpoint, "Logo upload fails.", { card: "bk1", link: "lk1" }, (title) => `Needs work: ${title}`);
    const doc = exampleDoc();
    expect(apply(doc, ...commands).skipped).toEqual([]);
    const journey = docToJourney(doc).journey;
    const item = journey.cards.find((c) => c.id === "bk1")!;
    expect(item).toMatchObject({ kind: "painPoint", stageId: touchpoint.stageId, ownerTeamId: "product", status: "open", description: "Logo upload fails.", title: "Needs work: Invoice editor" });
    expect(journey.lanes.find((l) => l.id === item.laneId)?.kind).toBe("painPoints");
    expect(journey.links).toContainEqual({ id: "lk1", from: "bk1", to: "t5" });
    expect(backlogItems(journey).some((row) => row.card.id === "bk1")).toBe(true);
  });

  it("a title that would pass the limit is shortened with an ellipsis, the note stays whole", () => {
    const touchpoint = { ...example.cards.find((c) => c.id === "t5")!, title: "t".repeat(500) };
    const [add] = backlogFromReview(example, touchpoint, "n".repeat(2000), { card: "bk", link: "lk" }, (title) => `Needs work: ${title}`);
    expect(add?.type === "addCard" && add.card.title.length).toBe(500);
    expect(add?.type === "addCard" && add.card.description?.length).toBe(2000);
  });
});
