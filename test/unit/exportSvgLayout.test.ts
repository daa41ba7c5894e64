import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Journey } from "../../shared/schema/journey";
import { CARD_W } from "../../shared/export/svg/layoutCard";
import { COL_W, layoutGrid, pageWidth, type GridLayout, type PlacedCard } from "../../shared/export/svg/layoutJourney";
import { routeLink, type Pt } from "../../shared/export/svg/routeLinks";
import { svgLabels } from "../../shared/export/svg/labels";
import type { RenderContext } from "../../shared/export/svg/renderContext";
import { randomJourney } from "./exportRandomJourney";

function gridOf(journey: Journey): GridLayout {
  const ctx: RenderContext = { labels: svgLabels("en"), teams: new Map((journey.teams ?? []).map((t) => [t.id, t])), metricLight: () => "none" };
  return layoutGrid(journey, ctx, pageWidth(journey), 200);
}

const overlap = (a: PlacedCard, b: PlacedCard) =>
  a.x < b.x + CARD_W && b.x < a.x + CARD_W && a.y < b.y + b.layout.h && b.y < a.y + a.layout.h;

/** Does the axis-parallel segment a-b pass through the inside of the card (edges excluded)? */
function crosses(a: Pt, b: Pt, c: PlacedCard): boolean {
  const eps = 0.01;
  const x0 = c.x + eps, x1 = c.x + CARD_W - eps, y0 = c.y + eps, y1 = c.y + c.layout.h - eps;
  const [lx, hx] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [ly, hy] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return lx < x1 && hx > x0 && ly < y1 && hy > y0;
}

function checkOrderly(journey: Journey): string[] {
  const grid = gridOf(journey);
  const problems: string[] = [];
  // Cells in the same column: sort by y and compare neighbours (cards of one column never overlap).
  const byCol = new Map<number, PlacedCard[]>();
  for (const c of grid.cards) {
    const list = byCol.get(c.col) ?? [];
    list.push(c);
    byCol.set(c.col, list);
    const colX = grid.gridLeft + c.col * COL_W;
    if (c.x < colX || c.x + CARD_W > colX + COL_W) problems.push(`${c.layout.card.id} outside its column`);
    const row = grid.rows[c.row];
    if (!row || row.type !== "lane" || c.y < row.y || c.y + c.layout.h > row.y + row.h) problems.push(`${c.layout.card.id} outside its lane`);
    else if (row.lane.id !== c.layout.card.laneId) problems.push(`${c.layout.card.id} in the wrong lane`);
    if (journey.stages[c.col]?.id !== c.layout.card.stageId) problems.push(`${c.layout.card.id} in the wrong stage`);
  }
  for (const list of byCol.values()) {
    list.sort((a, b) => a.y - b.y);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1] as PlacedCard, b = list[i] as PlacedCard;
      if (overlap(a, b)) problems.push(`${a.layout.card.id} overlaps ${b.layout.card.id}`);
    }
  }
  for (let i = 1; i < grid.rows.length; i++) {
    const a = grid.rows[i - 1], b = grid.rows[i];
    if (a && b && a.y + a.h > b.y) problems.push(`band ${i - 1} overlaps band ${i}`);
  }
  return problems;
}

describe("SVG layout", () => {
  it("[X7] cards never overlap and each sits inside its own cell (random maps)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        expect(checkOrderly(randomJourney(seed))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("[X7] a 2,000-card map stays orderly: cells grow to fit their cards", () => {
    const journey = randomJourney(7, { stages: 12, lanes: 6, cards: 2000, links: 300 });
    expect(checkOrderly(journey)).toEqual([]);
    const grid = gridOf(journey);
    expect(grid.cards.length).toBe(2000);
  });

  it("[X8] links cross no card other than the two they join", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const journey = randomJourney(seed, { cards: 60, links: 40 });
        const grid = gridOf(journey);
        const problems: string[] = [];
        (journey.links ?? []).forEach((link, i) => {
          const from = grid.cardById.get(link.from);
          const to = grid.cardById.get(link.to);
          if (!from || !to) return;
          const pts = routeLink(grid, from, to, i % 5);
          for (let k = 1; k < pts.length; k++) {
            const a = pts[k - 1] as Pt, b = pts[k] as Pt;
            if (a.x !== b.x && a.y !== b.y) problems.push(`${link.id}: diagonal segment`);
            for (const c of grid.cards) {
              if (c === from || c === to) continue;
              if (crosses(a, b, c)) problems.push(`${link.id} crosses ${c.layout.card.id}`);
            }
          }
          const end = pts[pts.length - 1] as Pt;
          const onTarget = (Math.abs(end.x - to.x) < 0.01 || Math.abs(end.x - (to.x + CARD_W)) < 0.01) && end.y > to.y && end.y < to.y + to.layout.h;
          if (!onTarget) problems.push(`${link.id} does not end on its target's side`);
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
