import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import { COLLECTIONS } from "../../shared/doc/layout";
import { Rng, randomCommand } from "../fuzz/randomCommands";
import { testSeed } from "../support/seed";
import { example, exampleDoc } from "./commandsSupport";

const seed = testSeed(99);

/** A raw write a buggy or hostile client could make, bypassing the commands. */
function hostileEdit(rng: Rng, doc: Y.Doc): void {
  const name = rng.pick(COLLECTIONS) ?? "cards";
  const map = doc.getMap(name);
  const keys = [...map.keys()];
  const id = rng.pick(keys) ?? "x";
  const entity = map.get(id);
  const values: unknown[] = [42, "", null, [1], { a: 1 }, new Y.Text("t"), "a0", "fine title"];
  switch (rng.int(6)) {
    case 0: if (entity instanceof Y.Map) entity.set(rng.pick(["title", "name", "stageId", "order", "cardId", "from"]) ?? "title", rng.pick(values)); break;
    case 1: map.set(rng.id("h"), rng.pick(values)); break;
    case 2: if (entity instanceof Y.Map) entity.delete("order"); break;
    case 3: map.delete(id); break;
    case 4: doc.getMap("meta").set("title", rng.pick(values)); break;
    default: if (entity instanceof Y.Map) { const okrKrs = entity.get("keyResults"); if (okrKrs instanceof Y.Map) okrKrs.forEach((kr) => kr instanceof Y.Map && kr.set("target", "x")); }
  }
}

describe("createJourneyReader", () => {
  it(`[L11] gives exactly docToJourney's result after every random edit, valid or hostile (seed ${seed})`, () => {
    const rng = new Rng(seed);
    const doc = exampleDoc();
    const reader = createJourneyReader(doc);
    try {
      for (let step = 0; step < 400; step++) {
        if (rng.chance(0.15)) {
          doc.transact(() => hostileEdit(rng, doc), "remote");
        } else {
          const view = docToJourney(doc).journey;
          const batch = Array.from({ length: 1 + rng.int(3) }, () => randomCommand(rng, view));
          applyCommands(doc, batch, "local");
        }
        if (rng.chance(0.7)) {
          expect(reader.read(), `step ${step}, seed ${seed}`).toStrictEqual(docToJourney(doc));
        }
      }
      expect(reader.read()).toStrictEqual(docToJourney(doc));
    } finally {
      reader.dispose();
    }
  });

  it("[L11] re-reads only what changed: untouched items keep their identity; no change, same result", () => {
    const doc = exampleDoc();
    const reader = createJourneyReader(doc);
    const first = reader.read();
    expect(reader.read()).toBe(first);
    applyCommands(doc, [{ type: "updateCard", id: "a2", patch: { title: "changed" } }], "local");
    const second = reader.read();
    expect(second).not.toBe(first);
    expect(second.journey.cards.find((c) => c.id === "a2")?.title).toBe("changed");
    const a1 = (r: typeof first) => r.journey.cards.find((c) => c.id === "a1");
    expect(a1(second)).toBe(a1(first));
    expect(second).toStrictEqual(docToJourney(doc));
    reader.dispose();
    applyCommands(doc, [{ type: "updateCard", id: "a1", patch: { title: "after dispose" } }], "local");
    expect(reader.read()).toBe(second);
    expect(example.cards.length).toBe(first.journey.cards.length);
  });

  it("[L11] follows updates that arrive from another replica", () => {
    const a = exampleDoc();
    const b = new Y.Doc();
    const reader = createJourneyReader(b);
    expect(reader.read().journey.cards).toEqual([]);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), "remote");
    expect(reader.read()).toStrictEqual(docToJourney(a));
    applyCommands(a, [{ type: "deleteStage", id: "trial" }], "local");
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), "remote");
    expect(reader.read()).toStrictEqual(docToJourney(a));
    reader.dispose();
  });
});
