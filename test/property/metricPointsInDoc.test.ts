import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/dso/days";
import { dropPointsFromDoc, metricSeriesIds, pointsInDoc, splitWorkspacePoints, withSeriesPoints } from "../../shared/workspace/metricPointsInDoc";
import type { MetricSeries, Workspace } from "../../shared/workspace/schema";
import { docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import { testSeed } from "../support/seed";

const seed = testSeed(20261129);
const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2024-01-01", n));
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const pointsArb = fc
  .uniqueArray(fc.record({ on: day, value }), { selector: (p) => p.on, maxLength: 40 })
  .map((ps) => [...ps].sort((a, b) => (a.on < b.on ? -1 : 1)));
const seriesArb = fc
  .uniqueArray(fc.record({ id: fc.stringMatching(/^s[a-z0-9]{1,8}$/), points: fc.option(pointsArb, { nil: undefined }) }), { selector: (s) => s.id, maxLength: 12 })
  .map((list) => list.map((s): MetricSeries => ({ id: s.id, kind: "CSAT", ...(s.points === undefined ? {} : { points: s.points }) })));
const workspaceOf = (metrics: MetricSeries[]): Workspace => ({ title: "W", teams: [], people: [], okrs: [], metrics, decisions: [] });
/** What a file's series look like once read back: no `points` key for a series without any. */
const normal = (metrics: readonly MetricSeries[]) => metrics.map(({ points, ...rest }) => (points && points.length > 0 ? { ...rest, points } : rest));

describe(`metric points beside the workspace document (seed ${seed}; replay with BATON_SEED=${seed})`, () => {
  it("[WK5] splitting a workspace's points out and putting them back gives the same series (the file round trip)", () => {
    fc.assert(
      fc.property(seriesArb, (metrics) => {
        const { workspace, points } = splitWorkspacePoints(workspaceOf(metrics));
        expect(workspace.metrics.every((s) => s.points === undefined)).toBe(true);
        expect(normal(withSeriesPoints(workspace.metrics, points))).toEqual(normal(metrics));
      }),
      { seed, numRuns: 200 },
    );
  });

  it("[WK8] a document's points are found by series, dropped from it whole, and the definitions stay", () => {
    fc.assert(
      fc.property(seriesArb, (metrics) => {
        const doc = workspaceToDoc(workspaceOf(metrics));
        const found = pointsInDoc(doc);
        expect(new Map([...found].map(([id, list]) => [id, list]))).toEqual(new Map(metrics.filter((s) => (s.points?.length ?? 0) > 0).map((s) => [s.id, s.points])));
        expect(dropPointsFromDoc(doc)).toBe(metrics.some((s) => s.points !== undefined));
        expect(pointsInDoc(doc).size).toBe(0);
        expect(metricSeriesIds(doc).sort()).toEqual(metrics.map((s) => s.id).sort());
        expect(docToWorkspace(doc).workspace.metrics.map((s) => s.id).sort()).toEqual(metrics.map((s) => s.id).sort());
        expect(docToWorkspace(doc).workspace.metrics.some((s) => s.points !== undefined)).toBe(false);
        doc.destroy();
      }),
      { seed, numRuns: 100 },
    );
  });

  it("[WK8] merging stored points into a series with its own: one per day, sorted, the stored value wins", () => {
    const series = [{ id: "a", points: [{ on: "2026-01-01", value: 1 }, { on: "2026-01-03", value: 3 }] }, { id: "b" }];
    const stored = new Map([["a", [{ on: "2026-01-02", value: 2 }, { on: "2026-01-03", value: 30 }]]]);
    expect(withSeriesPoints(series, stored)).toEqual([{ id: "a", points: [{ on: "2026-01-01", value: 1 }, { on: "2026-01-02", value: 2 }, { on: "2026-01-03", value: 30 }] }, { id: "b" }]);
  });
});
