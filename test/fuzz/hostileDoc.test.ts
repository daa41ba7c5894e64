/**
 * A hostile client writes whatever it likes into a map's document with raw Yjs calls. Whatever
 * it wrote, `docToJourney` must not throw, its journey must pass `validateJourney`, the page's
 * reader must agree with it, and a replica that received the same updates must read the same.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import { COLLECTIONS } from "../../shared/doc/layout";
import { ENTITY_FIELDS } from "../../shared/doc/parseEntity";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { validateJourney } from "../../shared/validate";
import { example } from "../unit/commandsSupport";
import { Rng, testSeed } from "../support/seed";

const FIELD_NAMES = [...new Set([...Object.values(ENTITY_FIELDS).flat().map((f) => f.key), "order", "keyResults", "title", "persona", "lists", "ownerIds", "overrides", "cadenceDays", "startsOn", "junk", "__proto__", "constructor"])];
const ROOTS = [...COLLECTIONS, "meta", "rotation", "workshop", "unknownThing"];

function randomValue(rng: Rng, doc: Y.Doc, depth = 0): unknown {
  const ids = [...doc.getMap(rng.pick(COLLECTIONS) ?? "cards").keys()];
  const pool: (() => unknown)[] = [
    () => rng.pick(ids) ?? "a0",
    () => rng.pick(["a0", "a1", "b00", "Zz", "zz", "", " ", "x".repeat(600), "ok", "note", "web", "notes", "2026-02-30", "2026-11-21", "2026-11-21T09:30:00Z", "#aabbcc"]),
    () => rng.int(400) - 200,
    () => rng.pick([0, -0, 0.5, 1e300, -1e300, Infinity, NaN, 2 ** 53 + 2]),
    () => rng.chance(0.5),
    () => null,
    () => [rng.pick(ids) ?? "x", rng.pick(ids) ?? "y"],
    () => Array.from({ length: rng.int(30) }, () => rng.pick(ids) ?? "z"),
    () => ({ kind: rng.pick(["NPS", "custom"]), value: rng.int(10) }),
    () => ({ from: "2026-01-01", to: "2026-01-02", ownerId: rng.pick(ids) ?? "p" }),
    () => new Y.Text("text"),
    () => new Y.Array(),
    () => new Uint8Array([1, 2, 3]),
    () => (depth < 2 ? randomEntity(rng, doc, depth + 1) : "deep"),
  ];
  return (rng.pick(pool) ?? (() => null))();
}

function randomEntity(rng: Rng, doc: Y.Doc, depth = 0): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (let n = rng.int(9); n > 0; n--) map.set(rng.pick(FIELD_NAMES) ?? "junk", randomValue(rng, doc, depth));
  if (rng.chance(0.7)) map.set("order", rng.pick(["a0", "a5", "b00", "zz", "a"]) ?? "a0");
  return map;
}

function hostileOp(rng: Rng, doc: Y.Doc): void {
  const rootName = rng.pick(ROOTS) ?? "cards";
  const root = doc.getMap(rootName);
  const keys = [...root.keys()];
  const existing = root.get(rng.pick(keys) ?? "");
  const key = rng.chance(0.5) ? rng.pick(keys) ?? "k" : rng.pick(["fresh", "__proto__", "constructor", "bad id", "x".repeat(70), `n${rng.int(1000)}`]) ?? "k";
  switch (rng.int(5)) {
    case 0: root.set(key, randomEntity(rng, doc)); break;
    case 1: root.set(key, randomValue(rng, doc)); break;
    case 2: root.delete(key); break;
    default:
      if (existing instanceof Y.Map) {
        const field = rng.pick(FIELD_NAMES) ?? "junk";
        if (rng.chance(0.2)) existing.delete(field);
        else existing.set(field, randomValue(rng, doc));
      } else root.set(key, randomEntity(rng, doc));
  }
}

const seed = testSeed(5150);

describe("reading documents written by a hostile client", () => {
  it(`[L7][L8][L9][L10][L11] never throws, always gives a valid journey, the reader agrees, replicas agree (seed ${seed})`, () => {
    for (let run = 0; run < 15; run++) {
      const rng = new Rng(seed * 1_000 + run);
      const doc = journeyToDoc(structuredClone(example));
      const replica = new Y.Doc();
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
      doc.on("update", (update: Uint8Array) => Y.applyUpdate(replica, update));
      const reader = createJourneyReader(doc);
      for (let step = 0; step < 60; step++) {
        doc.transact(() => {
          for (let n = 1 + rng.int(3); n > 0; n--) hostileOp(rng, doc);
        }, "remote");
        if (step % 6 !== 5) continue;
        const where = `seed ${seed}, run ${run}, step ${step}`;
        const reading = docToJourney(doc);
        const checked = validateJourney(reading.journey);
        expect(checked.ok, `${where}: ${checked.ok ? "" : JSON.stringify(checked.issues.slice(0, 3))}`).toBe(true);
        expect(reader.read(), where).toStrictEqual(reading);
        // The replica decoded every update: lib0 turns -0 into 0 and Infinity survives, so compare as JSON.
        expect(JSON.stringify(docToJourney(replica)), where).toBe(JSON.stringify(reading));
      }
      reader.dispose();
    }
  }, 60_000);
});
