/**
 * axe-core in Chromium (issue 14): no serious or critical violation on the home page, a map,
 * every side panel view, the table view and the share dialog, in English and German.
 */
import { describe, expect, it } from "vitest";
import { axeProblems } from "./support/axe";
import { openNewMap, settleIdentity, usePageServer } from "./support/mapPage";

const running = usePageServer();

const TABLE_VIEW = "Table";
const SIDE_TABS = ["Details", "Overview", "Backlog", "OKRs", "Reviews", "Teams & rotation"];

describe("accessibility (axe-core)", () => {
  it("the home page has no serious or critical violation", async () => {
    const context = await running.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${running.server.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("a map, every side panel view, the table view and the share dialog have no serious or critical violation", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { template: "saas-onboarding", query: { today: "2026-11-21" } });
    await settleIdentity(page);
    await page.locator(".react-flow__node-card").first().waitFor();
    expect(await axeProblems(page)).toEqual([]);

    await page.locator(".react-flow__node-card").first().click();
    for (const name of SIDE_TABS) {
      await page.getByRole("tab", { name, exact: true }).click();
      await page.locator("#panel-side").getByRole("status").filter({ hasText: "Loading" }).waitFor({ state: "detached" });
      expect(await axeProblems(page, { include: "aside.side-panel" }), name).toEqual([]);
    }

    await page.getByRole("button", { name: TABLE_VIEW, exact: true }).click();
    await page.locator("table.journey-table").waitFor();
    expect(await axeProblems(page), "table view").toEqual([]);
    await page.getByRole("button", { name: "Map", exact: true }).click();

    await page.getByRole("button", { name: "Share" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await axeProblems(page, { include: "dialog[open]" }), "share dialog").toEqual([]);
    await context.close();
  });

  it("the German map has no serious or critical violation", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { template: "saas-onboarding", lang: "de", locale: "de-DE" });
    await settleIdentity(page);
    await page.locator(".react-flow__node-card").first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});
