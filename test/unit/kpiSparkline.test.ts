import { describe, expect, it } from "vitest";
import { sparkline } from "../../client/kpi/sparkline";

describe("the KPI trend sparkline", () => {
  it("[K11] spreads the points over the width, lowest at the bottom and highest at the top, inside the padding", () => {
    const g = sparkline([70, 76, 82], 28, 10, 1);
    expect(g.points).toBe("1,9 14,5 27,1");
    expect(g.last).toEqual({ x: 27, y: 1 });
  });

  it("[K11] a flat trend is drawn mid-height, one point at the right edge, none draws nothing", () => {
    expect(sparkline([5, 5, 5], 20, 8, 1).points).toBe("1,4 10,4 19,4");
    expect(sparkline([3], 20, 8, 1)).toEqual({ points: "19,4", last: { x: 19, y: 4 }, targetY: null });
    expect(sparkline([], 20, 8)).toEqual({ points: "", last: null, targetY: null });
  });

  it("[K11] every coordinate stays inside the box whatever the values", () => {
    const values = [-1e9, 3.5, 1e9, 0, -2, 7];
    const g = sparkline(values, 40, 12, 1.5);
    for (const pair of g.points.split(" ")) {
      const [x, y] = pair.split(",").map(Number) as [number, number];
      expect(x).toBeGreaterThanOrEqual(1.5);
      expect(x).toBeLessThanOrEqual(38.5);
      expect(y).toBeGreaterThanOrEqual(1.5);
      expect(y).toBeLessThanOrEqual(10.5);
    }
  });
});

describe("sparkline with a target", () => {
  it("[K11] widens the range to hold the target and says where its line runs", async () => {
    const { sparkline } = await import("../../client/kpi/sparkline");
    const g = sparkline([70, 72], 20, 10, 1, 80);
    // 80 is the top of the range, 70 the bottom.
    expect(g.targetY).toBe(1);
    expect(g.points).toBe("1,9 19,7.4");
    expect(sparkline([70, 72], 20, 10, 1).targetY).toBeNull();
  });
});
