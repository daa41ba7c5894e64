/**
 * The journey table of a big map (KB21): 2,000 cards render as the rows in view, the scroll bar
 * is truthful (rows sit where their index says), the arrows walk the titles with focus kept on
 * the edited one, and axe finds nothing serious.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { makeBigJourney } from "../support/bigJourney";
import { testSeed } from "../support/seed";
import { axeProblems } from "./support/axe";
import { openNewMap, usePageServer } from "./support/mapPage";

const running = usePageServer();
const ROW = 44;

/** Body rows rendered now: their aria-rowindex and their top relative to the first body row's place. */
function renderedRows(page: Page): Promise<{ index: number; offset: number; height: number }[]> {
  return page.locator("table.journey-table").evaluate((table) => {
    const head = table.querySelector("thead")!.getBoundingClientRect();
    return [...table.querySelectorAll<HTMLTableRowElement>("tbody tr[aria-rowindex]")].map((tr) => {
      const r = tr.getBoundingClientRect();
      return { index: Number(tr.getAttribute("aria-rowindex")), offset: Math.round(r.top - head.bottom), height: Math.round(r.height) };
    });
  });
}

/** Rows out of place (more than the collapsed border's 1 px from where their index puts them) or not one row high. */
const misplaced = (rows: readonly { index: number; offset: number; height: number }[]) => rows.filter((r) => Math.abs(r.offset - (r.index - 2) * ROW) > 1 || r.height !== ROW);

const activeRow = (page: Page) => page.evaluate(() => (document.activeElement?.matches("input.journey-table-title") ? Number(document.activeElement.closest("tr")?.getAttribute("aria-rowindex")) : null));

describe("the journey table of a big map", () => {
  it("[KB21] renders the rows in view of 2,000 cards, truthfully placed, and keeps keyboard focus while the arrows walk", async () => {
    const seed = testSeed(14);
    const journey = makeBigJourney({ cards: 2000, seed });
    const { context, page } = await openNewMap(running.browser, running.server, { journey });
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.locator("table.journey-table");
    await table.waitFor();
    const rowCount = Number(await table.getAttribute("aria-rowcount"));
    expect(rowCount, `seed ${seed}`).toBe(1 + journey.stages.length + journey.cards.length);

    let rows = await renderedRows(page);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(80);
    // Every rendered row is one row high and sits where its index puts it (head row is index 1).
    expect(misplaced(rows)).toEqual([]);

    // Scrolled to the end, the last row is rendered where it belongs.
    await page.locator(".journey-table-wrap").evaluate((wrap) => (wrap.scrollTop = wrap.scrollHeight));
    await expect.poll(async () => (await renderedRows(page)).some((r) => r.index === rowCount)).toBe(true);
    rows = await renderedRows(page);
    expect(misplaced(rows)).toEqual([]);
    expect(await axeProblems(page, { include: ".journey-table-wrap" })).toEqual([]);

    // Back at the top: edit the first title, walk 60 titles down (far beyond the first window) and back.
    await page.locator(".journey-table-wrap").evaluate((wrap) => (wrap.scrollTop = 0));
    const first = page.locator("tbody tr[aria-rowindex='3'] input.journey-table-title");
    await first.click();
    await first.fill("Edited from the table");
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowDown");
    const far = await activeRow(page);
    expect(far).toBeGreaterThan(60);
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowUp");
    expect(await activeRow(page)).toBe(3);
    expect(await first.inputValue()).toBe("Edited from the table");
    expect(await page.getByRole("textbox", { name: "Title of “Edited from the table”" }).count()).toBe(1);
    await context.close();
  });
});
