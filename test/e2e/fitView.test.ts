/**
 * "Fit View" on a big map (KB22): React Flow fits the view only once every node counts as
 * measured, and with onlyRenderVisibleElements the nodes out of view are never measured in the
 * DOM. The canvas gives every node its size up front, so the view fits at once, not at the next
 * edit that happens to give a node a new object (which is what a follower's "stuck zoomed in"
 * view was).
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { makeBigJourney } from "../support/bigJourney";
import { testSeed } from "../support/seed";
import { openNewMap, settleIdentity, usePageServer } from "./support/mapPage";

const running = usePageServer();

/** The grid's box on screen and the canvas's box. */
async function boxes(page: Page): Promise<{ grid: { x: number; y: number; width: number; height: number }; pane: { x: number; y: number; width: number; height: number } }> {
  const grid = await page.locator(".react-flow__node-grid").boundingBox();
  const pane = await page.locator(".react-flow").boundingBox();
  if (!grid || !pane) throw new Error("no grid or no canvas");
  return { grid, pane };
}

describe("fitting the view of a big map", () => {
  it("[KB22] Fit View shows the whole grid of a 1,000-card map at once, with most of its cards never drawn", async () => {
    const seed = testSeed(22);
    const journey = makeBigJourney({ cards: 1000, seed });
    const { context, page } = await openNewMap(running.browser, running.server, { journey });
    await settleIdentity(page);
    await page.locator(".react-flow__node-card").first().waitFor();
    const before = await boxes(page);
    // The first view shows the top left of the map: the grid is far bigger than the canvas.
    expect(before.grid.width, `seed ${seed}`).toBeGreaterThan(before.pane.width * 1.5);
    await page.getByRole("button", { name: "Fit View" }).click();
    // Nothing else happens on the map: no edit could re-measure a node.
    await expect.poll(async () => {
      const { grid, pane } = await boxes(page);
      return grid.x >= pane.x - 1 && grid.y >= pane.y - 1 && grid.x + grid.width <= pane.x + pane.width + 1 && grid.y + grid.height <= pane.y + pane.height + 1;
    }, { timeout: 10_000 }).toBe(true);
    await context.close();
  });
});
