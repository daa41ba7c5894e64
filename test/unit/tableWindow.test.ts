import { describe, expect, it } from "vitest";
import { TABLE_ROW_HEIGHT, WINDOW_FROM_ROWS, tableSpans, type TableSpan } from "../../client/table/tableWindow";
import { Rng, testSeed } from "../support/seed";

const rowsOf = (spans: readonly TableSpan[]) => spans.flatMap((s) => (s.kind === "rows" ? Array.from({ length: s.to - s.from }, (_, i) => s.from + i) : []));
const total = (spans: readonly TableSpan[]) => spans.reduce((n, s) => n + (s.kind === "rows" ? s.to - s.from : s.rows), 0);

describe("table windowing", () => {
  it("[KB21] a short table renders every row", () => {
    expect(tableSpans(WINDOW_FROM_ROWS - 1, 5000, 800)).toEqual([{ kind: "rows", from: 0, to: WINDOW_FROM_ROWS - 1 }]);
    expect(tableSpans(0, 0, 800)).toEqual([]);
  });

  it("[KB21] a long table renders the rows in view (and a margin), gaps stand in for the rest, the kept row is rendered", () => {
    const seed = testSeed(21);
    const rng = new Rng(seed);
    for (let run = 0; run < 300; run++) {
      const count = WINDOW_FROM_ROWS + rng.int(5000);
      const view = 200 + rng.int(1200);
      const top = rng.int(count * TABLE_ROW_HEIGHT);
      const keep = rng.next() < 0.5 ? [rng.int(count)] : [];
      const spans = tableSpans(count, top, view, keep);
      const rendered = rowsOf(spans);
      const label = `seed ${seed}, run ${run}: ${count} rows, top ${top}, view ${view}, keep ${keep.join()}`;
      expect(total(spans), label).toBe(count);
      expect(rendered, label).toEqual([...rendered].sort((a, b) => a - b));
      expect(new Set(rendered).size, label).toBe(rendered.length);
      const first = Math.floor(top / TABLE_ROW_HEIGHT);
      const last = Math.min(count - 1, Math.floor((top + view) / TABLE_ROW_HEIGHT));
      for (let r = first; r <= last; r++) expect(rendered, label).toContain(r);
      for (const k of keep) expect(rendered, label).toContain(k);
      expect(rendered.length, label).toBeLessThanOrEqual(Math.ceil(view / TABLE_ROW_HEIGHT) + 2 * 12 + 2 + keep.length);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.kind === "gap" && spans[i - 1]!.kind === "gap", label).toBe(false);
    }
  });
});
