import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import { apply, example, exampleDoc, expectSkipped, ids, journeyOf, localUndo } from "./commandsSupport";

describe("applyCommands: teams, people and the rotation", () => {
  it("[C5] deleteTeam clears it from cards and people, removes it from objectives; one undo restores it", () => {
    const doc = exampleDoc();
    const undo = localUndo(doc);
    apply(doc, { type: "deleteTeam", id: "growth" });
    const j = journeyOf(doc);
    expect(ids(j.teams)).toEqual(["mkt", "product", "care"]);
    expect(j.cards.some((c) => c.ownerTeamId === "growth")).toBe(false);
    expect(j.people?.find((p) => p.id === "omar")).toStrictEqual({ id: "omar", name: "Omar Haddad" });
    expect(j.okrs?.[0]?.teamIds).toEqual(["product", "care"]);
    undo.undo();
    expect(journeyOf(doc)).toStrictEqual(example);
  });

  it("[C5] an objective left with no team is deleted with the team", () => {
    const doc = exampleDoc();
    apply(doc, { type: "updateOkr", id: "okr1", patch: { teamIds: ["care"] } }, { type: "deleteTeam", id: "care" });
    expect(journeyOf(doc).okrs).toEqual([]);
  });

  it("[C6] deletePerson removes them from the rotation and its overrides and deletes their reviews", () => {
    const doc = exampleDoc();
    apply(doc, { type: "deletePerson", id: "jana" }, { type: "deletePerson", id: "lin" });
    const j = journeyOf(doc);
    expect(j.rotation).toStrictEqual({ cadenceDays: 28, startsOn: "2026-09-07", ownerIds: ["omar", "sven"], overrides: [] });
    expect(j.reviews).toEqual([]);
    expect(ids(j.people)).toEqual(["omar", "sven"]);
  });

  it("[C6] a rotation left with nobody is removed", () => {
    const doc = exampleDoc();
    apply(doc, { type: "setRotation", rotation: { cadenceDays: 7, startsOn: "2026-01-05", ownerIds: ["omar", "omar"] } });
    expect(journeyOf(doc).rotation).toStrictEqual({ cadenceDays: 7, startsOn: "2026-01-05", ownerIds: ["omar", "omar"] });
    apply(doc, { type: "deletePerson", id: "omar" });
    expect(journeyOf(doc)).not.toHaveProperty("rotation");
  });

  it("[F27][F28] setRotation refuses unknown people and reversed overrides; null removes the rotation", () => {
    const doc = exampleDoc();
    expectSkipped(doc, { type: "setRotation", rotation: { cadenceDays: 7, startsOn: "2026-01-05", ownerIds: ["ghost"] } }, 'no person "ghost"');
    expectSkipped(doc, { type: "setRotation", rotation: { cadenceDays: 7, startsOn: "2026-01-05", ownerIds: ["lin"], overrides: [{ from: "2026-02-02", to: "2026-02-01", ownerId: "lin" }] } }, "overrides");
    expectSkipped(doc, { type: "setRotation", rotation: { cadenceDays: 0, startsOn: "2026-01-05", ownerIds: ["lin"] } }, "cadenceDays");
    apply(doc, { type: "setRotation", rotation: null });
    expect(journeyOf(doc)).not.toHaveProperty("rotation");
  });

  it("[F26] addPerson and updatePerson check the team; addTeam at an index", () => {
    const doc = exampleDoc();
    apply(doc, { type: "addTeam", team: { id: "ops", name: "Ops" }, index: 1 }, { type: "addPerson", person: { id: "kai", name: "Kai", teamId: "ops" }, index: 0 });
    const j = journeyOf(doc);
    expect(ids(j.teams)).toEqual(["mkt", "ops", "growth", "product", "care"]);
    expect(j.people?.[0]).toStrictEqual({ id: "kai", name: "Kai", teamId: "ops" });
    expectSkipped(doc, { type: "addPerson", person: { id: "eve", name: "Eve", teamId: "ghost" } }, 'no team "ghost"');
    expectSkipped(doc, { type: "updatePerson", id: "kai", patch: { teamId: "ghost" } }, 'no team "ghost"');
    expectSkipped(doc, { type: "updateTeam", id: "ops", patch: { color: "red" } }, "color");
    apply(doc, { type: "updateTeam", id: "ops", patch: { color: "#00ff7f", name: "Operations" } });
    expect(journeyOf(doc).teams?.[1]).toStrictEqual({ id: "ops", name: "Operations", color: "#00ff7f" });
    apply(doc, { type: "updatePerson", id: "kai", patch: { teamId: null } });
    expect(journeyOf(doc).people?.[0]).toStrictEqual({ id: "kai", name: "Kai" });
  });
});

describe("applyCommands: OKRs", () => {
  it("[F31][F32] addOkr, addKeyResult at an index, updateKeyResult, deleteKeyResult, deleteOkr", () => {
    const doc = exampleDoc();
    apply(doc,
      { type: "addOkr", okr: { id: "o2", objective: "Fewer tickets", teamIds: ["care", "product"], keyResults: [{ id: "k1", title: "Tickets per 100 customers", target: 5 }] } },
      { type: "addKeyResult", okrId: "o2", keyResult: { id: "k0", title: "First", target: 1, cardIds: ["t4"] }, index: 0 },
      { type: "updateKeyResult", okrId: "o2", id: "k1", patch: { current: 7, baseline: 9 } },
      { type: "updateOkr", id: "o2", patch: { period: "2027-Q1" } },
    );
    let o2 = journeyOf(doc).okrs?.find((o) => o.id === "o2");
    expect(o2).toStrictEqual({
      id: "o2", objective: "Fewer tickets", period: "2027-Q1", teamIds: ["care", "product"],
      keyResults: [{ id: "k0", title: "First", target: 1, cardIds: ["t4"] }, { id: "k1", title: "Tickets per 100 customers", target: 5, current: 7, baseline: 9 }],
    });
    apply(doc, { type: "deleteKeyResult", okrId: "o2", id: "k0" });
    o2 = journeyOf(doc).okrs?.find((o) => o.id === "o2");
    expect(ids(o2?.keyResults)).toEqual(["k1"]);
    expectSkipped(doc, { type: "deleteKeyResult", okrId: "o2", id: "k1" }, "at least one key result");
    apply(doc, { type: "deleteOkr", id: "o2" });
    expect(journeyOf(doc).okrs).toStrictEqual(example.okrs);
  });

  it("[F6][F7][F31] OKR commands refuse missing teams and cards, duplicate key results, empty team lists", () => {
    const doc = exampleDoc();
    const kr = { id: "k", title: "K", target: 1 };
    expectSkipped(doc, { type: "addOkr", okr: { id: "o", objective: "O", teamIds: ["ghost"], keyResults: [kr] } }, 'no team "ghost"');
    expectSkipped(doc, { type: "addOkr", okr: { id: "o", objective: "O", teamIds: ["care"], keyResults: [kr, kr] } }, 'key result "k" appears twice');
    expectSkipped(doc, { type: "addOkr", okr: { id: "o", objective: "O", teamIds: ["care"], keyResults: [{ ...kr, cardIds: ["ghost"] }] } }, 'no card "ghost"');
    expectSkipped(doc, { type: "updateOkr", id: "okr1", patch: { teamIds: [] } }, "teamIds");
    expectSkipped(doc, { type: "addKeyResult", okrId: "okr1", keyResult: { id: "kr1", title: "dup", target: 1 } }, "already exists");
    expectSkipped(doc, { type: "addKeyResult", okrId: "ghost", keyResult: kr }, 'no objective "ghost"');
    expectSkipped(doc, { type: "updateKeyResult", okrId: "okr1", id: "kr1", patch: { cardIds: ["ghost"] } }, 'no card "ghost"');
    expectSkipped(doc, { type: "updateKeyResult", okrId: "okr1", id: "kr1", patch: { target: null } }, "required");
  });

  it("[F31] an objective holds at most 20 key results", () => {
    const doc = exampleDoc();
    const adds = Array.from({ length: 18 }, (_, i) => ({ type: "addKeyResult" as const, okrId: "okr1", keyResult: { id: `x${i}`, title: `X${i}`, target: i } }));
    expect(apply(doc, ...adds).applied).toBe(18);
    expectSkipped(doc, { type: "addKeyResult", okrId: "okr1", keyResult: { id: "x99", title: "no", target: 1 } }, "at most 20");
  });
});

describe("applyCommands: reviews and comments", () => {
  it("[F34] addReview checks card and reviewer; deleteReview", () => {
    const doc = exampleDoc();
    const review = { id: "r9", cardId: "t1", reviewerId: "omar", at: "2026-11-21T09:30:00+01:00", status: "ok" as const };
    apply(doc, { type: "addReview", review });
    expect(journeyOf(doc).reviews?.at(-1)).toStrictEqual(review);
    expectSkipped(doc, { type: "addReview", review: { ...review, id: "r10", reviewerId: "ghost" } }, 'no person "ghost"');
    expectSkipped(doc, { type: "addReview", review: { ...review, id: "r10", at: "yesterday" } }, "at");
    apply(doc, { type: "deleteReview", id: "r9" });
    expect(journeyOf(doc).reviews).toStrictEqual(example.reviews);
  });

  it("[F35][C7] a reply must be on the same card; deleting a comment deletes its replies transitively", () => {
    const doc = exampleDoc();
    const at = "2026-11-21T10:00:00Z";
    apply(doc, { type: "addComment", comment: { id: "m9", cardId: "p2", author: "Kai", text: "reply to a reply", at, replyTo: "m2" } });
    expectSkipped(doc, { type: "addComment", comment: { id: "mx", cardId: "t2", author: "Kai", text: "wrong card", at, replyTo: "m1" } }, "another card");
    apply(doc, { type: "updateComment", id: "m3", patch: { resolved: null, text: "Dropped it." } });
    let j = journeyOf(doc);
    expect(j.comments?.find((c) => c.id === "m3")).toStrictEqual({ id: "m3", cardId: "t2", author: "Omar Haddad", text: "Dropped it.", at: "2026-10-11T08:30:00Z" });
    expectSkipped(doc, { type: "updateComment", id: "m3", patch: { author: "x" } as never }, "cannot be changed");
    apply(doc, { type: "deleteComment", id: "m1" });
    j = journeyOf(doc);
    expect(ids(j.comments)).toEqual(["m3"]);
  });
});

describe("applyCommands: replaceJourney", () => {
  const small: Journey = {
    format: "baton.journey", version: 1, title: "Replaced",
    stages: [{ id: "s", name: "S" }], lanes: [{ id: "l", name: "L", kind: "notes" }],
    cards: [{ id: "c", kind: "note", stageId: "s", laneId: "l", title: "only" }], links: [],
  };

  it("[C8][F14] replaces the whole journey, leaves the workshop alone, and one undo brings the old one back", () => {
    const doc = exampleDoc();
    doc.getMap("workshop").set("timer", { state: "idle" });
    const undo = localUndo(doc);
    expect(apply(doc, { type: "replaceJourney", journey: small })).toEqual({ applied: 1, skipped: [] });
    expect(journeyOf(doc)).toStrictEqual(small);
    expect(doc.getMap("workshop").get("timer")).toEqual({ state: "idle" });
    undo.undo();
    expect(journeyOf(doc)).toStrictEqual(example);
  });

  it("[C8][F13] an invalid journey is refused whole with its first problem", () => {
    const doc = exampleDoc();
    const broken = { ...small, cards: [{ ...small.cards[0], stageId: "s9" }] } as Journey;
    expectSkipped(doc, { type: "replaceJourney", journey: broken }, 'cards[0].stageId: no stage "s9"');
  });
});
