/** LAYOUT.md L12 / C9: creation days written by commands and read back defensively (SPEC.md D14). */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CREATED, MAP_CREATED } from "../../shared/doc/layout";
import { readCreatedDays } from "../../shared/doc/readCreatedDays";
import { apply, example, exampleDoc, expectSkipped, journeyOf } from "./commandsSupport";

const card = (id: string) => ({ id, kind: "touchpoint" as const, stageId: example.stages[0]!.id, laneId: example.lanes[0]!.id, title: id });

describe("creation days in the document", () => {
  it("[C9] addCard with createdOn records the day; the journey file does not carry it", () => {
    const doc = exampleDoc();
    expect(apply(doc, { type: "addCard", card: card("n1"), createdOn: "2026-11-29" }).applied).toBe(1);
    expect(readCreatedDays(doc).cards?.get("n1")).toBe("2026-11-29");
    expect(journeyOf(doc).cards.find((c) => c.id === "n1")).toEqual(card("n1"));
  });

  it("[C9] a createdOn that is not a calendar day skips the command", () => {
    expectSkipped(exampleDoc(), { type: "addCard", card: card("n2"), createdOn: "2026-02-30" }, /createdOn/);
  });

  it("[C9] setMapCreated records the map's day once; the first day stays", () => {
    const doc = exampleDoc();
    apply(doc, { type: "setMapCreated", day: "2026-11-01" });
    apply(doc, { type: "setMapCreated", day: "2026-12-01" });
    expect(readCreatedDays(doc).map).toBe("2026-11-01");
  });

  it("[L12] values that are not days are ignored, never thrown", () => {
    const doc = new Y.Doc();
    const created = doc.getMap(CREATED);
    created.set("a", 42);
    created.set("b", "yesterday");
    created.set(MAP_CREATED, "2026-13-01");
    created.set("c", "2026-11-02");
    const days = readCreatedDays(doc);
    expect(days.map).toBeUndefined();
    expect([...(days.cards ?? new Map()).entries()]).toEqual([["c", "2026-11-02"]]);
    const foreign = new Y.Doc();
    foreign.getArray(CREATED);
    expect(readCreatedDays(foreign).cards?.size).toBe(0);
  });

  it("[C8][L12] replacing the journey keeps the creation days", () => {
    const doc = exampleDoc();
    apply(doc, { type: "addCard", card: card("n3"), createdOn: "2026-11-29" });
    apply(doc, { type: "replaceJourney", journey: example });
    expect(readCreatedDays(doc).cards?.get("n3")).toBe("2026-11-29");
  });
});
