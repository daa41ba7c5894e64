/**
 * The map from the keyboard alone, in a real Chromium (rules KB1-KB8): the skip link, arrow
 * navigation in grid order, moving a card with an announcement, linking, Escape, shortcuts
 * that stay quiet under the Share dialog and in text fields, and the table view.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { card, openNewMap, usePageServer } from "./support/mapPage";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";

const running = usePageServer();
/**
 * The example map without its ownership data: the server now keeps teams and people in the
 * map's workspace, which this page does not read yet, so cards naming a team would be
 * reported as problems (a notice that shrinks the canvas). Keyboard access does not need them.
 */
function mapWithoutOwnership(): Journey {
  const j = exampleJourney();
  const { teams: _t, people: _p, rotation: _r, okrs: _o, reviews: _v, ...rest } = j;
  return { ...rest, cards: j.cards.map(({ ownerTeamId: _owner, ...c }) => c) };
}
const example = mapWithoutOwnership();
const title = (id: string): string => example.cards.find((c) => c.id === id)?.title ?? id;

/** The id of the card node holding keyboard focus, or null. */
function focusedCard(page: Page): Promise<string | null> {
  return page.evaluate(`document.activeElement?.closest(".react-flow__node-card")?.getAttribute("data-id") ?? null`) as Promise<string | null>;
}

const announcement = (page: Page) => page.getByTestId("announcer").textContent();
const cardCount = (page: Page) => page.locator(".react-flow__node-card").count();

describe("the map from the keyboard", () => {
  it("[KB8] [KB3] the skip link reaches the map; arrow keys walk the cards and cells in grid order", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: example });
    // From the top of the page (as after loading it), the first Tab reaches the skip link.
    await page.evaluate(`(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute("tabindex"); })()`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe("Skip to the map");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(`document.activeElement?.id`)).toBe("map-main");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedCard(page)).toBe("a1");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedCard(page)).toBe("a2");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => focusedCard(page)).toBe("t2");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => focusedCard(page)).toBe("t3");
    // The focused card is the selected one: the inspector shows it.
    await expect.poll(() => page.locator(".react-flow__node-card.selected").getAttribute("data-id")).toBe("t3");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => focusedCard(page)).toBe("t1");
    // Below "Awareness · Touchpoints" the emotions cell is empty: focus lands on its add button.
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute("aria-label")`)).toBe("Add card in Awareness · Emotions");
    await page.keyboard.press("n");
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute("aria-label")`)).toBe("Card title");
    await page.keyboard.type("Feels curious");
    await page.keyboard.press("Enter");
    await expect.poll(() => card(page, "Feels curious").count()).toBe(1);
    // Enter saved the title and gave focus back to the new card.
    await expect.poll(() => page.evaluate(`document.activeElement?.closest(".react-flow__node-card")?.textContent?.includes("Feels curious") ?? false`)).toBe(true);
    await context.close();
  });

  it("[KB4] [KB5] [KB6] Alt+arrow moves a card and says where; L links it; Escape returns focus to the card", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: example });
    // A card reached from the keyboard is the selected card.
    await page.locator(".react-flow__node", { has: card(page, title("p2")) }).focus();
    await expect.poll(() => page.locator(".react-flow__node-card.selected").getAttribute("data-id")).toBe("p2");
    await page.keyboard.press("Alt+ArrowRight");
    await expect.poll(() => announcement(page)).toBe(`Moved ${title("p2")} to First value, Pain points`);
    await expect.poll(() => page.locator(".inspector-form > p").first().textContent()).toBe("First value · Pain points");
    await expect.poll(() => focusedCard(page)).toBe("p2");
    // At the edge: refused with a reason, nothing moves.
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => announcement(page)).toBe(`Moved ${title("p2")} to First value, Opportunities`);
    await expect.poll(() => focusedCard(page)).toBe("p2");
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => announcement(page)).toBe("The card is already at the edge of the map.");

    // Link from the keyboard: L, move to another card, Enter.
    await page.locator(".react-flow__node", { has: card(page, title("a3")) }).focus();
    await page.keyboard.press("l");
    await expect.poll(() => announcement(page)).toContain(`Linking from ${title("a3")}`);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedCard(page)).toBe("a4");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("group", { name: `Link from ${title("a3")} to ${title("a4")}` }).count()).toBe(1);
    await expect.poll(() => announcement(page)).toBe(`Linked ${title("a3")} to ${title("a4")}`);

    // Escape cancels a link and returns focus to where it started.
    await page.keyboard.press("l");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => focusedCard(page)).toBe("a3");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedCard(page)).toBe("a5");
    await page.keyboard.press("Escape");
    await expect.poll(() => focusedCard(page)).toBe("a4");
    await expect.poll(() => announcement(page)).toBe("Linking cancelled");

    // Escape in a title being edited restores it and gives focus back to the card.
    await page.keyboard.press("F2");
    await page.keyboard.type("Not this");
    await page.keyboard.press("Escape");
    await expect.poll(() => focusedCard(page)).toBe("a4");
    expect(await card(page, title("a4")).count()).toBe(1);
    await context.close();
  });

  it("[KB1] [KB6] [KB7] shortcuts stay quiet under the Share dialog and in text fields; Escape closes the dialog", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: example });
    const before = await cardCount(page);
    await card(page, title("a1")).click();
    await page.getByRole("button", { name: "Share" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await page.keyboard.press("n");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Control+d");
    expect(await cardCount(page)).toBe(before);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);

    // In a text field (the inspector's description), keys type; they do not delete or add cards.
    const field = page.locator(".side-panel").getByRole("textbox", { name: "Description" });
    await field.focus();
    await page.keyboard.press("n");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Control+d");
    expect(await cardCount(page)).toBe(before);
    expect(await card(page, title("a1")).count()).toBe(1);
    expect(await field.inputValue()).toBe("n");

    // Back on the card, the same keys act.
    await page.locator(".react-flow__node", { has: card(page, title("a1")) }).focus();
    await page.keyboard.press("Control+d");
    await expect.poll(() => cardCount(page)).toBe(before + 1);
    // Focus followed the selection to the copy. Deleting the focused card leaves focus on the
    // canvas (KB7): the next key still acts.
    await expect.poll(async () => (await focusedCard(page)) !== "a1" && (await focusedCard(page)) !== null).toBe(true);
    await page.keyboard.press("Delete");
    await expect.poll(() => cardCount(page)).toBe(before);
    await expect.poll(() => page.evaluate(`document.activeElement?.id`)).toBe("map-main");
    await page.keyboard.press("Control+z");
    await expect.poll(() => cardCount(page)).toBe(before + 1);
    await context.close();
  });

  it("[KB8] the table view lists every card and edits titles and places in place", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: example });
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.getByRole("table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr[data-card-id]").count()).toBe(example.cards.length);
    const titleField = page.getByRole("textbox", { name: `Title of “${title("t2")}”` });
    await titleField.fill("Trial welcome e-mail, rewritten");
    await titleField.press("Enter");
    await page.getByRole("textbox", { name: "Title of “Trial welcome e-mail, rewritten”" }).waitFor();
    await page.getByRole("combobox", { name: "Stage of “Trial welcome e-mail, rewritten”" }).selectOption({ label: "Setup" });
    await page.getByRole("combobox", { name: "Lane of “Trial welcome e-mail, rewritten”" }).selectOption({ label: "Opportunities" });
    await page.getByRole("button", { name: "Map", exact: true }).click();
    await card(page, "Trial welcome e-mail, rewritten").click();
    await expect.poll(() => page.locator(".inspector-form > p").first().textContent()).toBe("Setup · Opportunities");
    await context.close();
  });
});
