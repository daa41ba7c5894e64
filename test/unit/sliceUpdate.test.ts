import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyUpdate, replacementUpdate } from "../../server/maps/mapContent";
import { sliceUpdate } from "../../server/work/sliceUpdate";
import { makeBigJourney } from "../support/bigJourney";

function docOf(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

describe("sliceUpdate (S54)", () => {
  it("[S54] a PUT's update applied as slices, in order, gives the document the update gives: same state, same journey", () => {
    const before = journeyUpdate(makeBigJourney({ cards: 600, seed: 3 }), "2026-01-01");
    const base = docOf(before);
    const update = replacementUpdate(base, makeBigJourney({ cards: 700, seed: 4 }));
    const slices = sliceUpdate(update, 500);
    expect(slices.length).toBeGreaterThan(3);
    const whole = docOf(before, update);
    const sliced = docOf(before, ...slices);
    expect(Y.encodeStateVector(sliced)).toEqual(Y.encodeStateVector(whole));
    expect(Y.encodeStateAsUpdate(sliced)).toEqual(Y.encodeStateAsUpdate(whole));
    expect(docToJourney(sliced).journey).toEqual(docToJourney(whole).journey);
    // every slice holds at most 500 structs or 2,000 deleted clocks
    for (const s of slices) {
      const { structs, ds } = Y.decodeUpdate(s);
      expect(structs.length).toBeLessThanOrEqual(500);
      expect([...ds.clients.values()].flat().reduce((n, d) => n + d.len, 0)).toBeLessThanOrEqual(2_000);
    }
    expect(slices.filter((s) => Y.decodeUpdate(s).ds.clients.size > 0).length).toBeGreaterThan(1);
  });

  it("[S54] slices merged again hold what the update holds, applied in any order; a small update is one slice, as it is", () => {
    const before = journeyUpdate(makeBigJourney({ cards: 300, seed: 5 }), "2026-01-01");
    const update = replacementUpdate(docOf(before), makeBigJourney({ cards: 300, seed: 6 }));
    const slices = sliceUpdate(update, 200);
    const whole = Y.encodeStateAsUpdate(docOf(before, update));
    expect(Y.encodeStateAsUpdate(docOf(before, Y.mergeUpdates(slices)))).toEqual(whole);
    expect(Y.encodeStateAsUpdate(docOf(before, ...[...slices].reverse()))).toEqual(whole);
    expect(sliceUpdate(update, 1_000_000)).toEqual([update]);
  });

  it("[S54] an update of several clients with a delete set slices per client without losing a struct or a deletion", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap("m").set("x", new Y.Text("hello"));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (let i = 0; i < 50; i++) b.getMap("m").set(`k${i}`, i);
    for (let i = 0; i < 50; i++) a.getArray("l").insert(0, [i, `s${i}`]);
    a.getArray("l").delete(3, 20);
    (b.getMap("m").get("x") as Y.Text).insert(2, "--");
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]);
    const slices = sliceUpdate(merged, 7);
    const whole = docOf(merged);
    const sliced = docOf(...slices);
    expect(sliced.getMap("m").toJSON()).toEqual(whole.getMap("m").toJSON());
    expect(sliced.getArray("l").toJSON()).toEqual(whole.getArray("l").toJSON());
    expect(Y.encodeStateAsUpdate(sliced)).toEqual(Y.encodeStateAsUpdate(whole));
  });
});
