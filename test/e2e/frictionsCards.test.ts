/**
 * Issue 11, points 7 and 9 in a real Chromium: a card added in a lane is the kind that lane is
 * for and shows its emotion; a too-long title says so instead of being cut; right-to-left titles
 * align right; Enter posts a comment and Shift+Enter starts a new line.
 */
import { describe, expect, it } from "vitest";
import { templateJourney } from "../../shared/templates";
import { card, openNewMap, usePageServer } from "./support/mapPage";

const running = usePageServer();

function journey() {
  const j = templateJourney("blank", "en", "Cards check");
  j.cards.push(
    { id: "ar", kind: "action", stageId: "stage-1", laneId: "lane-actions", title: "يتصفح المتجر" },
    { id: "he", kind: "touchpoint", stageId: "stage-2", laneId: "lane-touchpoints", title: "דף התשלום" },
    { id: "en", kind: "action", stageId: "stage-3", laneId: "lane-actions", title: "Pays by card", emotion: -1 },
  );
  return j;
}

describe("cards say what matters", () => {
  it("a card added in the Emotions lane is an action with an emotion, and cards show their emotion value", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: journey() });
    expect(await card(page, "Pays by card").getByTitle("Emotion −1").count()).toBe(1);
    await page.getByRole("button", { name: "Add card in Stage 2 · Emotions" }).click();
    await page.getByRole("textbox", { name: "Card title" }).fill("Feels unsure");
    await page.getByRole("textbox", { name: "Card title" }).press("Enter");
    const added = card(page, "Feels unsure");
    await expect.poll(() => added.getAttribute("aria-label")).toBe("Action card: Feels unsure");
    expect(await added.getByTitle("Emotion 0").count()).toBe(1);
    await context.close();
  });

  it("Arabic and Hebrew titles run right to left; a title over its limit says so and is not cut", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: journey() });
    const direction = (title: string) => card(page, title).locator(".card-title").evaluate((el) => getComputedStyle(el).direction);
    expect(await direction("يتصفح المتجر")).toBe("rtl");
    expect(await direction("דף התשלום")).toBe("rtl");
    expect(await direction("Pays by card")).toBe("ltr");

    await card(page, "Pays by card").dblclick();
    const input = page.getByRole("textbox", { name: "Card title" });
    const long = "x".repeat(503);
    await input.fill(long);
    expect(await input.inputValue()).toBe(long);
    await page.getByRole("alert").filter({ hasText: "3 characters too many (at most 500)" }).waitFor();
    await input.press("Enter");
    // Not saved, not cut: the field stays with the whole text until it fits.
    expect(await input.inputValue()).toBe(long);
    await input.fill("x".repeat(500));
    await input.press("Enter");
    await expect.poll(() => card(page, "x".repeat(500)).count()).toBe(1);
    await context.close();
  });

  it("Enter posts a comment; Shift+Enter is a new line", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: journey(), name: "Lea (facilitator)" });
    await card(page, "Pays by card").hover();
    await page.getByRole("button", { name: "Comments: 0 on Pays by card" }).click();
    const thread = page.getByRole("dialog", { name: "Comments on Pays by card" });
    const box = thread.getByLabel("Write a comment");
    await box.fill("First line");
    await box.press("Shift+Enter");
    await box.pressSequentially("second line");
    expect(await box.inputValue()).toBe("First line\nsecond line");
    await box.press("Enter");
    await thread.getByText("second line").waitFor();
    expect(await box.inputValue()).toBe("");
    // The avatar's initials come from the name, brackets left out.
    const me = page.locator('[data-testid="presence-avatar"][data-name="Lea (facilitator)"]');
    expect(await me.locator(".ws-avatar-initials").getAttribute("data-initials")).toBe("L");
    await context.close();
  });
});
