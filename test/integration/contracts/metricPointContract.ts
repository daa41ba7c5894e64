import { expect, it } from "vitest";
import type { Storage } from "../../../server/storage/Storage";

/** The metric-point part of the one storage contract suite (WK5), run inside `storageContractSuite`. */
export function metricPointContractCases(make: () => Promise<Storage>, reopen?: (s: Storage) => Promise<Storage>): void {
  const p = (on: string, value: number) => ({ on, value });

  it("[WK5] points are upserted by day per workspace and series, read sorted, counted, and forgotten with their workspace", async () => {
    const s = await make();
    expect(await s.metricPoints.upsert("w1", "s1", [p("2026-03-02", 2), p("2026-03-01", 1)], 10)).toEqual({ added: 2, replaced: 0 });
    expect(await s.metricPoints.upsert("w1", "s1", [p("2026-03-02", 2.5), p("2026-03-03", -3.25)], 10)).toEqual({ added: 1, replaced: 1 });
    await s.metricPoints.upsert("w1", "s2", [p("2026-01-01", 7)], 10);
    await s.metricPoints.upsert("w2", "s1", [p("2026-03-01", 99)], 10);
    expect(await s.metricPoints.range("w1", "s1")).toEqual([p("2026-03-01", 1), p("2026-03-02", 2.5), p("2026-03-03", -3.25)]);
    expect(await s.metricPoints.range("w1", "s1", "2026-03-02")).toEqual([p("2026-03-02", 2.5), p("2026-03-03", -3.25)]);
    expect(await s.metricPoints.range("w1", "s1", undefined, "2026-03-02")).toEqual([p("2026-03-01", 1), p("2026-03-02", 2.5)]);
    expect(await s.metricPoints.range("w1", "nope")).toEqual([]);
    expect([...(await s.metricPoints.counts("w1"))].sort()).toEqual([["s1", 3], ["s2", 1]]);
    expect(await s.metricPoints.remove("w1", "s1", "2026-03-01")).toBe(true);
    expect(await s.metricPoints.remove("w1", "s1", "2026-03-01")).toBe(false);
    expect([...(await s.metricPoints.all("w1"))]).toEqual([["s1", [p("2026-03-02", 2.5), p("2026-03-03", -3.25)]], ["s2", [p("2026-01-01", 7)]]]);
    expect(await s.metricPoints.workspaceIds()).toEqual(["w1", "w2"]);
    await s.metricPoints.forgetWorkspace("w1");
    expect((await s.metricPoints.all("w1")).size).toBe(0);
    const t = reopen ? await reopen(s) : s;
    expect(await t.metricPoints.range("w2", "s1")).toEqual([p("2026-03-01", 99)]);
    await t.close();
  });

  it("[WK5] recent gives each series' last n points on or before a day, oldest first; series without any are absent", async () => {
    const s = await make();
    const days = Array.from({ length: 20 }, (_, i) => p(`2026-02-${String(i + 1).padStart(2, "0")}`, i));
    await s.metricPoints.upsertMany("w", new Map([["a", days], ["b", days.slice(0, 3)], ["c", []]]));
    const r = await s.metricPoints.recent("w", ["a", "b", "c", "zz"], "2026-02-10", 4);
    expect([...r.keys()].sort()).toEqual(["a", "b"]);
    expect(r.get("a")).toEqual(days.slice(6, 10));
    expect(r.get("b")).toEqual(days.slice(0, 3));
    expect((await s.metricPoints.recent("w", ["a"], "2026-01-31", 4)).size).toBe(0);
    // keepExisting adds only the days that hold no point yet (WK8).
    await s.metricPoints.upsertMany("w", new Map([["b", [p("2026-02-01", 100), p("2026-02-04", 104)]]]), { keepExisting: true });
    expect(await s.metricPoints.range("w", "b")).toEqual([...days.slice(0, 3), p("2026-02-04", 104)]);
    await s.close();
  });

  it("[WK6] an upsert that would pass the series' limit stores nothing", async () => {
    const s = await make();
    await s.metricPoints.upsert("w", "s", [p("2026-01-01", 1), p("2026-01-02", 2)], 3);
    expect(await s.metricPoints.upsert("w", "s", [p("2026-01-02", 20), p("2026-01-03", 3), p("2026-01-04", 4)], 3)).toBeNull();
    expect(await s.metricPoints.range("w", "s")).toEqual([p("2026-01-01", 1), p("2026-01-02", 2)]);
    // Replacing days within the limit is fine.
    expect(await s.metricPoints.upsert("w", "s", [p("2026-01-02", 20), p("2026-01-03", 3)], 3)).toEqual({ added: 1, replaced: 1 });
    await s.close();
  });

  it("[WK8] the start-up move's to-do list: queued once, listed in id order, done one by one or with the workspace", async () => {
    const s = await make();
    await s.metricPoints.queueMove(["w2", "w1"]);
    await s.metricPoints.queueMove(["w1", "w3"]);
    expect(await s.metricPoints.pendingMoves()).toEqual(["w1", "w2", "w3"]);
    await s.metricPoints.moveDone("w2");
    await s.metricPoints.forgetWorkspace("w3");
    const t = reopen ? await reopen(s) : s;
    expect(await t.metricPoints.pendingMoves()).toEqual(["w1"]);
    await t.close();
  });
}
