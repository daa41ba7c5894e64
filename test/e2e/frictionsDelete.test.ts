/**
 * Issue 11, points 1 and 2 in a real Chromium: deleting work asks first and says how much goes;
 * "Overdue" appears only where something is overdue (SPEC.md D14).
 */
import { describe, expect, it } from "vitest";
import { templateJourney } from "../../shared/templates";
import { card, openNewMap, stageHeader, usePageServer } from "./support/mapPage";
import { openView } from "./dsoSupport";

const running = usePageServer();

describe("deleting work asks first", () => {
  it("a stage with cards asks, says how many cards go, and Cancel or Escape keeps everything", async () => {
    const journey = templateJourney("blank", "en", "Delete check");
    journey.cards.push(
      { id: "c1", kind: "action", stageId: "stage-1", laneId: "lane-actions", title: "First card" },
      { id: "c2", kind: "touchpoint", stageId: "stage-1", laneId: "lane-touchpoints", title: "Second card" },
    );
    const { context, page } = await openNewMap(running.browser, running.server, { journey });
    await page.getByRole("button", { name: "Delete stage Stage 1 and its cards" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete stage “Stage 1”?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("2 cards go with it");
    // Cancel has the focus: Enter never deletes by accident.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await card(page, "First card").count()).toBe(1);

    await page.getByRole("button", { name: "Delete stage Stage 1 and its cards" }).click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await stageHeader(page, "Stage 1").count()).toBe(1);

    await page.getByRole("button", { name: "Delete stage Stage 1 and its cards" }).click();
    await dialog.getByRole("button", { name: "Delete, with 2 cards" }).click();
    await expect.poll(() => stageHeader(page, "Stage 1").count()).toBe(0);
    expect(await card(page, "First card").count()).toBe(0);

    // An empty stage goes at once (nothing is lost; undo brings it back).
    await page.getByRole("button", { name: "Delete stage Stage 3 and its cards" }).click();
    await expect.poll(() => stageHeader(page, "Stage 3").count()).toBe(0);
    expect(await page.getByRole("dialog").count()).toBe(0);
    await context.close();
  });

  it("a lane with one card asks in the singular; more than three selected cards ask before Delete", async () => {
    const journey = templateJourney("blank", "en", "Selection delete");
    for (let i = 1; i <= 5; i++) journey.cards.push({ id: `s${i}`, kind: "action", stageId: "stage-2", laneId: "lane-actions", title: `Card ${i}` });
    journey.cards.push({ id: "p1", kind: "touchpoint", stageId: "stage-1", laneId: "lane-touchpoints", title: "Only touchpoint" });
    const { context, page } = await openNewMap(running.browser, running.server, { journey });

    await page.getByRole("button", { name: "Delete lane Touchpoints and its cards" }).click();
    const lane = page.getByRole("dialog", { name: "Delete lane “Touchpoints”?" });
    expect(await lane.textContent()).toContain("1 card goes with it");
    await lane.getByRole("button", { name: "Delete, with 1 card" }).click();
    await expect.poll(() => card(page, "Only touchpoint").count()).toBe(0);

    // Three cards: no question. Select them with Shift+click and press Delete.
    await card(page, "Card 1").click();
    await card(page, "Card 2").click({ modifiers: ["Shift"] });
    await card(page, "Card 3").click({ modifiers: ["Shift"] });
    await page.keyboard.press("Delete");
    await expect.poll(() => card(page, "Card 1").count()).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => card(page, "Card 1").count()).toBe(1);

    // All five (Ctrl+A): the page asks, and Delete inside the dialog does not delete again.
    await card(page, "Card 4").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    const many = page.getByRole("dialog", { name: "Delete 5 cards?" });
    await many.waitFor();
    await page.keyboard.press("Delete");
    expect(await card(page, "Card 5").count()).toBe(1);
    await many.getByRole("button", { name: "Delete, with 5 cards" }).click();
    await expect.poll(() => page.locator(".react-flow__node-card").count()).toBe(0);
    await context.close();
  });
});

describe("overdue only where something is overdue", () => {
  it("[D14] a fresh template map with a rotation shows no Overdue, and a card added today is New", async () => {
    // The server records today (the real clock) as the map's creation day; the page's today is the same.
    const { context, page } = await openNewMap(running.browser, running.server, { template: "saas-onboarding" });
    const panel = await openView(page, "Overview");
    await expect.poll(() => panel.textContent()).toContain("0 overdue");
    expect(await page.locator(".react-flow__node-card").filter({ hasText: "Overdue" }).count()).toBe(0);
    // N adds a card in the selected card's cell (a touchpoint lane: a touchpoint).
    await card(page, "Sign-up form").click();
    await page.keyboard.press("n");
    await page.getByRole("textbox", { name: "Card title" }).fill("Added just now");
    await page.getByRole("textbox", { name: "Card title" }).press("Enter");
    await expect.poll(() => card(page, "Added just now").textContent()).toContain("New");
    await context.close();
  });
});
