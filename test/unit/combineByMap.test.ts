import { describe, expect, it } from "vitest";
import { combineByMap, splitByEntry } from "../../server/storage/postgres/combineByMap";
import type { AppendBatchEntry, AppendResult } from "../../server/storage/Storage";
import { Rng, testSeed } from "../support/seed";

const bytes = (n: number): Uint8Array => new Uint8Array(n).fill(n);

describe("one statement per batch: combining a batch by map and splitting the result (S48)", () => {
  it("[S48] a map given more than once is sent once, its updates in order, with the last entry's time", () => {
    const batch: AppendBatchEntry[] = [
      { id: "m1", updates: [bytes(1), bytes(2)], at: "t1" },
      { id: "m2", updates: [bytes(3)], at: "t2" },
      { id: "m1", updates: [bytes(4)], at: "t3" },
    ];
    expect(combineByMap(batch)).toEqual([
      { id: "m1", updates: [bytes(1), bytes(2), bytes(4)], bytes: 7, at: "t3" },
      { id: "m2", updates: [bytes(3)], bytes: 3, at: "t2" },
    ]);
  });

  it("[S48] each entry gets the position it would have had appended alone, in order (seeded batches)", () => {
    const seed = testSeed(4815);
    const rng = new Rng(seed);
    for (let round = 0; round < 200; round++) {
      const ids = ["a", "b", "c"].slice(0, 1 + rng.int(3));
      const start = new Map(ids.map((id) => [id, { lastSeq: rng.int(50), logCount: rng.int(10), logBytes: rng.int(1000) }]));
      const batch: AppendBatchEntry[] = Array.from({ length: 1 + rng.int(6) }, () => ({
        id: rng.pick(ids) as string,
        updates: Array.from({ length: 1 + rng.int(3) }, () => bytes(1 + rng.int(9))),
        at: "t",
      }));
      // What appending one entry after another gives.
      const now = new Map(start);
      const expected: AppendResult[] = batch.map((e) => {
        const p = now.get(e.id) as AppendResult;
        const size = e.updates.reduce((n, u) => n + u.byteLength, 0);
        const next = { lastSeq: p.lastSeq + e.updates.length, logCount: p.logCount + e.updates.length, logBytes: p.logBytes + size };
        now.set(e.id, next);
        return next;
      });
      // What one statement over the combined batch returns: each map's end position.
      const ends = new Map(
        combineByMap(batch).map((m) => {
          const p = start.get(m.id) as AppendResult;
          return [m.id, { lastSeq: p.lastSeq + m.updates.length, logCount: p.logCount + m.updates.length, logBytes: p.logBytes + m.bytes }];
        }),
      );
      expect(splitByEntry(batch, ends), `seed ${seed}, round ${round}`).toEqual(expected);
    }
  });
});
