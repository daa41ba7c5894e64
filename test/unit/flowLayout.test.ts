import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import {
  CARD_H, CARD_W, CELL_PAD, LANE_HEADER_W, STAGE_HEADER_H, EMOTION_BAND_H, cellAt, cellKey, columnsFor, dropIndex, gridLayout, visibleRange,
} from "../../client/flow/gridLayout";
import { BIG_MAP_ZOOM, initialViewport } from "../../client/flow/initialViewport";

function journey(cards: [string, string, string][]): Journey {
  return {
    format: "baton.journey",
    version: 1,
    title: "t",
    stages: [{ id: "s1", name: "One" }, { id: "s2", name: "Two" }],
    lanes: [{ id: "l1", name: "A", kind: "actions" }, { id: "l2", name: "B", kind: "notes" }],
    cards: cards.map(([id, stageId, laneId]) => ({ id, kind: "action", stageId, laneId, title: id })),
  };
}

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x < b.x + CARD_W && b.x < a.x + CARD_W && a.y < b.y + CARD_H && b.y < a.y + CARD_H;
}

describe("gridLayout", () => {
  it("[F8] places stages left to right and lanes top to bottom, below the headers and the emotion band", () => {
    const layout = gridLayout(journey([]));
    expect(layout.stages.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(layout.stages[0]?.x).toBe(LANE_HEADER_W);
    expect(layout.lanes[0]?.y).toBe(STAGE_HEADER_H + EMOTION_BAND_H);
    expect(layout.lanes[1]?.y).toBe((layout.lanes[0]?.y ?? 0) + (layout.lanes[0]?.height ?? 0));
  });

  it("[F8] keeps the cards of a cell in the order of `cards`", () => {
    const layout = gridLayout(journey([["c", "s1", "l1"], ["a", "s1", "l1"], ["b", "s1", "l1"]]));
    expect(layout.cells.get(cellKey("s1", "l1"))).toEqual(["c", "a", "b"]);
    const ys = ["c", "a", "b"].map((id) => layout.cards.get(id)?.y ?? -1);
    expect(ys[0]).toBeLessThan(ys[1] as number);
    expect(ys[1]).toBeLessThan(ys[2] as number);
  });

  it("grows rows and columns so that no two cards ever overlap, however full a cell is", () => {
    const cards: [string, string, string][] = [];
    for (let i = 0; i < 30; i++) cards.push([`a${i}`, "s1", "l1"]);
    for (let i = 0; i < 5; i++) cards.push([`b${i}`, "s2", "l1"]);
    for (let i = 0; i < 3; i++) cards.push([`c${i}`, "s1", "l2"]);
    const layout = gridLayout(journey(cards));
    const placed = [...layout.cards.values()];
    expect(placed).toHaveLength(38);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    }
    // Every card stays inside its own cell.
    for (const [id, stageId, laneId] of cards) {
      const p = layout.cards.get(id)!;
      expect(cellAt(layout, { x: p.x + 1, y: p.y + 1 })).toEqual({ stageId, laneId });
      expect(cellAt(layout, { x: p.x + CARD_W - 1, y: p.y + CARD_H - 1 })).toEqual({ stageId, laneId });
    }
    expect(layout.stages[0]?.cols).toBe(columnsFor(30));
  });

  it("leaves out cards whose stage or lane is not in the journey", () => {
    const j = journey([["x", "s1", "l1"]]);
    j.cards.push({ id: "y", kind: "note", stageId: "gone", laneId: "l1", title: "y" });
    expect([...gridLayout(j).cards.keys()]).toEqual(["x"]);
  });

  it("drops at the slot under the pointer, counted without the moved cards", () => {
    const layout = gridLayout(journey([["a", "s1", "l1"], ["b", "s1", "l1"], ["c", "s1", "l1"]]));
    const cell = { stageId: "s1", laneId: "l1" };
    const at = (id: string) => ({ x: layout.cards.get(id)!.x + 10, y: layout.cards.get(id)!.y + 10 });
    expect(dropIndex(layout, cell, at("a"), new Set(["c"]))).toBe(0);
    expect(dropIndex(layout, cell, at("b"), new Set(["a"]))).toBe(1);
    expect(dropIndex(layout, cell, at("c"), new Set(["a"]))).toBe(2);
    // Below the last card: the end, never beyond it.
    const lane = layout.lanes[0]!;
    expect(dropIndex(layout, cell, { x: layout.stages[0]!.x + CELL_PAD, y: lane.y + lane.height - 1 }, new Set(["a"]))).toBe(2);
  });
});

describe("initialViewport", () => {
  it("shows a small map whole, centred, at zoom 1 at most", () => {
    const v = initialViewport({ width: 800, height: 400 }, { width: 1400, height: 900 }, 70);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(300);
    expect(v.y).toBe(70);
  });

  it("shows a huge map's top-left corner at a readable zoom", () => {
    const v = initialViewport({ width: 20_000, height: 30_000 }, { width: 1400, height: 900 }, 70);
    expect(v.zoom).toBe(BIG_MAP_ZOOM);
    expect(v.y).toBe(70);
  });
});

describe("visibleRange", () => {
  const cards: [string, string, string][] = [];
  const j = {
    format: "baton.journey" as const,
    version: 1 as const,
    title: "t",
    stages: Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `S${i}` })),
    lanes: Array.from({ length: 6 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, kind: "actions" as const })),
    cards: cards.map(([id, stageId, laneId]) => ({ id, kind: "action" as const, stageId, laneId, title: id })),
  };
  const layout = gridLayout(j);

  it("covers the columns and rows in view, plus one on each side", () => {
    const s5 = layout.stages[5]!;
    const l2 = layout.lanes[2]!;
    const r = visibleRange(layout, [-s5.x, -l2.y, 1], { width: s5.width * 2 - 10, height: l2.height - 10 });
    expect(r.stages).toEqual([4, 7]);
    expect(r.lanes).toEqual([1, 3]);
  });

  it("covers everything when zoomed out, and nothing when looking away from the grid", () => {
    expect(visibleRange(layout, [0, 0, 0.01], { width: 1000, height: 800 })).toEqual({ stages: [0, 19], lanes: [0, 5] });
    expect(visibleRange(layout, [100_000, 0, 1], { width: 1000, height: 800 }).stages).toEqual([0, -1]);
  });
});

describe("linkRoute", () => {
  it("[PL2] goes right to left forward, left to right back, straight down between cards one lane apart, and along the margin past a card or between touching cards", async () => {
    const { linkRoute, ROUTE_HANDLES } = await import("../../client/flow/linkRoute");
    // s1: a (lane 1), b and c stacked in lane 2 (touching), d below them in lane 2 (past c); s2: e.
    const layout = gridLayout(journey([["a", "s1", "l1"], ["b", "s1", "l2"], ["c", "s1", "l2"], ["e", "s2", "l1"]]));
    expect(linkRoute(layout, "a", "e")).toEqual({ kind: "side", sourceHandle: null, targetHandle: null });
    expect(linkRoute(layout, "e", "a")).toEqual({ kind: "side", sourceHandle: ROUTE_HANDLES.sourceLeft, targetHandle: ROUTE_HANDLES.targetRight });
    // a and b: one lane apart, the lanes' padding between them: room for an arrow.
    expect(linkRoute(layout, "a", "b").kind).toBe("vertical");
    // b and c touch (one card gap): an arrow there has no length, so the margin.
    expect(linkRoute(layout, "b", "c")).toEqual({ kind: "gutter", sourceHandle: null, targetHandle: ROUTE_HANDLES.targetRight });
    // a to c passes b.
    expect(linkRoute(layout, "a", "c").kind).toBe("gutter");
  });
});
