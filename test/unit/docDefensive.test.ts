import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DEFAULT_TITLE, docToJourney } from "../../shared/doc/docToJourney";
import type { DocProblem } from "../../shared/doc/docProblem";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { initialKeys } from "../../shared/doc/order";
import type { Journey } from "../../shared/schema/journey";
import { validateJourney } from "../../shared/validate";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

/** Reads `doc`, asserts the result is a valid journey (L11 of LAYOUT.md: always), returns it. */
function read(doc: Y.Doc): { journey: Journey; problems: DocProblem[] } {
  const reading = docToJourney(doc);
  const checked = validateJourney(reading.journey);
  if (!checked.ok) throw new Error(`docToJourney gave an invalid journey: ${JSON.stringify(checked.issues.slice(0, 5))}`);
  return reading;
}

const entity = (doc: Y.Doc, collection: string, id: string): Y.Map<unknown> => doc.getMap(collection).get(id) as Y.Map<unknown>;
const ids = (list: readonly { id: string }[] | undefined): string[] => (list ?? []).map((x) => x.id);
const problemIds = (problems: readonly DocProblem[], collection: string): string[] => problems.filter((p) => p.collection === collection).map((p) => p.id);

function freshExample(): Y.Doc {
  return journeyToDoc(structuredClone(example));
}

describe("docToJourney reads hostile documents defensively", () => {
  it("[L7] a card whose title is a number is skipped and reported, and so is everything on it (L8)", () => {
    const doc = freshExample();
    entity(doc, "cards", "t2").set("title", 42);
    const { journey, problems } = read(doc);
    expect(ids(journey.cards)).not.toContain("t2");
    expect(problems).toContainEqual({ collection: "cards", id: "t2", message: expect.stringContaining("title") });
    for (const r of journey.reviews ?? []) expect(r.cardId).not.toBe("t2");
    for (const l of journey.links ?? []) expect([l.from, l.to]).not.toContain("t2");
    for (const o of journey.okrs ?? []) for (const kr of o.keyResults) expect(kr.cardIds ?? []).not.toContain("t2");
  });

  it("[L7] a Y.Text where a string should be skips the stage, then its cards (L8)", () => {
    const doc = freshExample();
    const text = new Y.Text("Trial sign-up");
    entity(doc, "stages", "trial").set("name", text);
    const { journey, problems } = read(doc);
    expect(ids(journey.stages)).toEqual(["aware", "setup", "value", "support"]);
    expect(journey.cards.filter((c) => c.stageId === "trial")).toEqual([]);
    expect(problemIds(problems, "stages")).toEqual(["trial"]);
    const skippedCards = example.cards.filter((c) => c.stageId === "trial").map((c) => c.id);
    expect(problemIds(problems, "cards")).toEqual(expect.arrayContaining(skippedCards));
  });

  it("[L7] an entity that is a plain object, a number or a Y.Array instead of a Y.Map is skipped", () => {
    const doc = freshExample();
    const cards = doc.getMap("cards");
    cards.set("plain", { kind: "note", stageId: "aware", laneId: "do", title: "plain object", order: "a0" });
    cards.set("num", 7);
    cards.set("arr", new Y.Array());
    const { journey, problems } = read(doc);
    expect(ids(journey.cards)).toEqual(ids(example.cards));
    for (const id of ["plain", "num", "arr"]) {
      expect(problems).toContainEqual({ collection: "cards", id, message: "is not a Y.Map; skipped" });
    }
  });

  it("[L7][F5] an invalid id key is skipped; `__proto__` and `constructor` are valid ids and kept", () => {
    const doc = freshExample();
    const [k1, k2, k3] = ["b00", "b01", "b02"];
    doc.transact(() => {
      for (const [id, order] of [["a b", k1], ["__proto__", k2], ["constructor", k3], ["x".repeat(65), k3]] as const) {
        doc.getMap("teams").set(id, new Y.Map<unknown>([["name", `team ${id.length}`], ["order", order]]));
      }
    });
    const { journey, problems } = read(doc);
    expect(ids(journey.teams)).toEqual([...ids(example.teams), "__proto__", "constructor"]);
    expect(problemIds(problems, "teams").sort()).toEqual(["a b", "x".repeat(65)].sort());
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("[L3] an entity without a valid order key is skipped", () => {
    const doc = freshExample();
    entity(doc, "lanes", "feel").delete("order");
    entity(doc, "lanes", "idea").set("order", "zzz");
    const { journey, problems } = read(doc);
    expect(ids(journey.lanes)).toEqual(["do", "tp", "pain"]);
    expect(problemIds(problems, "lanes").sort()).toEqual(["feel", "idea"]);
  });

  it("[L2] keys the format does not name are ignored; the entity is kept", () => {
    const doc = freshExample();
    entity(doc, "cards", "a1").set("futureField", { anything: true });
    const { journey, problems } = read(doc);
    expect(journey).toStrictEqual(example);
    expect(problems).toEqual([]);
  });

  it("[L8][F24] a link from a card to itself is skipped", () => {
    const doc = freshExample();
    doc.getMap("links").set("self", new Y.Map<unknown>([["from", "a1"], ["to", "a1"], ["order", "b00"]]));
    const { journey, problems } = read(doc);
    expect(ids(journey.links)).toEqual(ids(example.links));
    expect(problems).toEqual([{ collection: "links", id: "self", message: "a link must join two different cards; skipped" }]);
  });

  it("[L8] a card in a deleted stage is skipped; its links, reviews, comments and replies follow; key results lose its id", () => {
    const doc = freshExample();
    const j = structuredClone(example);
    const victim = j.cards.find((c) => (j.reviews ?? []).some((r) => r.cardId === c.id));
    if (!victim) throw new Error("the example should have a card with reviews");
    doc.getMap("stages").delete(victim.stageId);
    const { journey, problems } = read(doc);
    const gone = new Set(example.cards.filter((c) => c.stageId === victim.stageId).map((c) => c.id));
    expect(journey.cards.some((c) => gone.has(c.id))).toBe(false);
    expect((journey.reviews ?? []).some((r) => gone.has(r.cardId))).toBe(false);
    expect((journey.comments ?? []).some((c) => gone.has(c.cardId))).toBe(false);
    expect((journey.links ?? []).some((l) => gone.has(l.from) || gone.has(l.to))).toBe(false);
    expect(problemIds(problems, "cards").sort()).toEqual([...gone].sort());
  });

  it("[L8] a dangling optional reference is cleared, the entity kept; a dangling required one skips it", () => {
    const doc = freshExample();
    entity(doc, "cards", "t1").set("ownerTeamId", "nobody");
    const firstReview = (example.reviews ?? [])[0];
    if (!firstReview) throw new Error("the example should have reviews");
    entity(doc, "reviews", firstReview.id).set("reviewerId", "ghost");
    const { journey, problems } = read(doc);
    const t1 = journey.cards.find((c) => c.id === "t1");
    expect(t1).toBeDefined();
    expect(t1).not.toHaveProperty("ownerTeamId");
    expect(ids(journey.reviews)).not.toContain(firstReview.id);
    expect(problems).toContainEqual({ collection: "cards", id: "t1", message: 'ownerTeamId: no team "nobody"; field left out' });
    expect(problems).toContainEqual({ collection: "reviews", id: firstReview.id, message: 'reviewerId: no person "ghost"; skipped' });
  });

  it("[L8] an objective whose teams are all gone is skipped; a rotation whose owners are all gone is left out", () => {
    const doc = freshExample();
    const okr = (example.okrs ?? [])[0];
    if (!okr || !example.rotation) throw new Error("the example should have an okr and a rotation");
    entity(doc, "okrs", okr.id).set("teamIds", ["gone"]);
    doc.getMap("rotation").set("ownerIds", ["gone"]);
    doc.getMap("rotation").delete("overrides");
    const { journey, problems } = read(doc);
    expect(ids(journey.okrs)).not.toContain(okr.id);
    expect(journey.rotation).toBeUndefined();
    expect(problemIds(problems, "okrs")).toEqual([okr.id]);
    expect(problemIds(problems, "rotation")).toEqual([""]);
  });

  it("[L5] an invalid key result is left out of its objective; an objective with none left is skipped", () => {
    const doc = freshExample();
    const okr = (example.okrs ?? [])[0];
    if (!okr) throw new Error("the example should have an okr");
    const krs = entity(doc, "okrs", okr.id).get("keyResults") as Y.Map<unknown>;
    const firstKr = okr.keyResults[0];
    if (!firstKr) throw new Error("an okr has key results");
    (krs.get(firstKr.id) as Y.Map<unknown>).set("target", "ten");
    const { journey, problems } = read(doc);
    const after = journey.okrs?.find((o) => o.id === okr.id);
    if (okr.keyResults.length > 1) {
      expect(ids(after?.keyResults)).toEqual(ids(okr.keyResults.slice(1)));
    } else {
      expect(after).toBeUndefined();
    }
    expect(problems.some((p) => p.collection === "okrs" && p.id === okr.id && p.message.includes(firstKr.id))).toBe(true);

    entity(doc, "okrs", okr.id).set("keyResults", "not a map");
    expect(ids(read(doc).journey.okrs)).not.toContain(okr.id);
  });

  it("[L8][F35] a reply to a comment on another card is skipped, and replies to it too", () => {
    const doc = journeyToDoc({
      format: "baton.journey", version: 1, title: "t",
      stages: [{ id: "s", name: "S" }], lanes: [{ id: "l", name: "L", kind: "notes" }],
      cards: [{ id: "c1", kind: "note", stageId: "s", laneId: "l", title: "one" }, { id: "c2", kind: "note", stageId: "s", laneId: "l", title: "two" }],
      comments: [
        { id: "m1", cardId: "c1", author: "a", text: "first", at: "2026-01-01T00:00:00Z" },
        { id: "m2", cardId: "c1", author: "a", text: "reply", at: "2026-01-01T00:00:00Z", replyTo: "m1" },
        { id: "m3", cardId: "c1", author: "a", text: "reply to reply", at: "2026-01-01T00:00:00Z", replyTo: "m2" },
        { id: "m4", cardId: "c1", author: "a", text: "self", at: "2026-01-01T00:00:00Z", replyTo: "m4" },
      ],
    });
    entity(doc, "comments", "m1").set("cardId", "c2");
    const { journey, problems } = read(doc);
    expect(ids(journey.comments)).toEqual(["m1", "m4"]);
    expect(problemIds(problems, "comments").sort()).toEqual(["m2", "m3"]);
  });

  it("[L9][F11] 25,000 cards are cut to the first 20,000 by (order, id), each cut card reported", () => {
    const doc = new Y.Doc();
    const keys = initialKeys(25_000);
    doc.transact(() => {
      doc.getMap("meta").set("title", "big");
      doc.getMap("stages").set("s", new Y.Map<unknown>([["name", "S"], ["order", "a0"]]));
      doc.getMap("lanes").set("l", new Y.Map<unknown>([["name", "L"], ["kind", "notes"], ["order", "a0"]]));
      const cards = doc.getMap("cards");
      keys.forEach((order, i) => {
        cards.set(`c${i}`, new Y.Map<unknown>([["kind", "note"], ["stageId", "s"], ["laneId", "l"], ["title", `card ${i}`], ["order", order]]));
      });
    });
    const { journey, problems } = read(doc);
    expect(journey.cards).toHaveLength(20_000);
    expect(journey.cards[19_999]?.id).toBe("c19999");
    expect(problems).toHaveLength(5_000);
    expect(problems[0]).toEqual({ collection: "cards", id: "c20000", message: "beyond the limit of 20000 cards; skipped" });
  });

  it("[L9][F12] a document over 5 MiB of JSON loses lists until it fits, and says so", () => {
    const doc = new Y.Doc();
    const keys = initialKeys(1_000);
    const long = "ü".repeat(3_000); // 6,000 bytes of UTF-8 per card
    doc.transact(() => {
      doc.getMap("meta").set("title", "heavy");
      doc.getMap("stages").set("s", new Y.Map<unknown>([["name", "S"], ["order", "a0"]]));
      doc.getMap("lanes").set("l", new Y.Map<unknown>([["name", "L"], ["kind", "notes"], ["order", "a0"]]));
      keys.forEach((order, i) => {
        doc.getMap("cards").set(`c${i}`, new Y.Map<unknown>([["kind", "note"], ["stageId", "s"], ["laneId", "l"], ["title", "t"], ["description", long], ["order", order]]));
        doc.getMap("comments").set(`m${i}`, new Y.Map<unknown>([["cardId", `c${i}`], ["author", "a"], ["text", long.slice(0, 2_500)], ["at", "2026-01-01T00:00:00Z"], ["order", order]]));
      });
    });
    const { journey, problems } = read(doc);
    expect(journey.comments ?? []).toEqual([]);
    expect(journey.cards.length).toBeGreaterThan(800);
    expect(journey.cards.length).toBeLessThan(1_000);
    expect(problems.map((p) => p.collection)).toEqual(["journey", "comments", "cards"]);
  });

  it("[L10] a missing, numeric or Y.Text title reads as the default title and is reported", () => {
    for (const title of [undefined, 12, new Y.Text("hello"), ""]) {
      const doc = freshExample();
      if (title === undefined) doc.getMap("meta").delete("title");
      else doc.getMap("meta").set("title", title);
      const { journey, problems } = read(doc);
      expect(journey.title).toBe(DEFAULT_TITLE);
      expect(problems).toEqual([{ collection: "meta", id: "title", message: expect.stringContaining(DEFAULT_TITLE) }]);
    }
  });

  it("[L10][L6] an invalid persona (the meta.persona map) or description is left out and reported", () => {
    const doc = freshExample();
    (doc.getMap("meta").get("persona") as Y.Map<unknown>).set("goals", "not a list");
    doc.getMap("meta").set("description", ["no"]);
    const { journey, problems } = read(doc);
    expect(journey.persona).toBeUndefined();
    expect(journey.description).toBeUndefined();
    expect(problemIds(problems, "meta").sort()).toEqual(["description", "persona"]);
  });

  it("[L1] unknown top-level types are ignored; a collection name holding another type reads as empty", () => {
    const doc = new Y.Doc();
    doc.getArray("cards").push([1, 2, 3]);
    doc.getText("somethingElse").insert(0, "hello");
    doc.getMap("meta").set("title", "odd");
    const { journey, problems } = read(doc);
    expect(journey).toStrictEqual({ format: "baton.journey", version: 1, title: "odd", stages: [], lanes: [], cards: [] });
    expect(problems).toEqual([{ collection: "cards", id: "", message: "is not a Y.Map; the list is read as empty" }]);
  });

  it("[L9] 201 stages are cut to 200", () => {
    const doc = new Y.Doc();
    const keys = initialKeys(201);
    keys.forEach((order, i) => doc.getMap("stages").set(`s${i}`, new Y.Map<unknown>([["name", `S${i}`], ["order", order]])));
    doc.getMap("meta").set("title", "wide");
    const { journey, problems } = read(doc);
    expect(journey.stages).toHaveLength(200);
    expect(problems).toEqual([{ collection: "stages", id: "s200", message: "beyond the limit of 200 stages; skipped" }]);
  });
});
