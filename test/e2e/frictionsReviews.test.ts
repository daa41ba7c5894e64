/**
 * Issue 11, point 8 in a real Chromium: the review queue shows each touchpoint's KPIs with their
 * status, and "Needs work" with a note adds a backlog item owned by the touchpoint's team in one step.
 */
import { describe, expect, it } from "vitest";
import { card, importJourney, usePageServer } from "./support/mapPage";
import { exampleJourney, openOn, openView } from "./dsoSupport";

const env = usePageServer();

describe("a review round with context and follow-through", () => {
  it("the queue shows KPIs with status; Needs work + backlog item makes an owned, linked pain point", async () => {
    const map = await importJourney(env.server, exampleJourney());
    const page = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-21", "2026-11-21T10:00:00Z");
    const panel = await openView(page, "Reviews");
    await panel.getByLabel("I am").selectOption({ label: "Lin Zhou" });
    const item = panel.getByRole("list", { name: "Touchpoints to review" }).getByRole("listitem").filter({ hasText: "Invoice editor" });
    const kpis = item.getByRole("group", { name: "KPIs of Invoice editor" });
    await kpis.waitFor();
    // CSAT 4.3 against 4.5 misses by less than 10%: amber (D12), said in words too.
    expect(await kpis.locator(".chip-metric").getAttribute("class")).toContain("metric-amber");
    expect(await kpis.textContent()).toMatch(/CSAT/);

    const backlogButton = item.getByRole("button", { name: "Mark “Invoice editor” as needing work and add a backlog item" });
    expect(await backlogButton.isDisabled()).toBe(true);
    await item.getByRole("textbox", { name: "Note on “Invoice editor”" }).fill("Logo upload fails for SVG files.");
    await backlogButton.click();
    await expect.poll(() => card(page, "Needs work: Invoice editor").count()).toBe(1);
    expect(await card(page, "Invoice editor").textContent()).toContain("Needs work");

    const backlog = await openView(page, "Backlog");
    const row = backlog.locator("tr", { hasText: "Needs work: Invoice editor" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Product");
    // One step: one undo takes back the review and the backlog item.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => card(page, "Needs work: Invoice editor").count()).toBe(0);
    await page.context().close();
  });
});
