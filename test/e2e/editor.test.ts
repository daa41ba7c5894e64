/**
 * The journey editor in a real Chromium against the real server: building a map by hand,
 * persistence across reloads, and undo of one's own changes only.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { templateJourney } from "../../shared/templates";
import { CARD_HANDLES } from "../../client/flow/toFlow";
import { card, cardHandle, dragBy, laneHeader, openNewMap, settleIdentity, stageHeader, usePageServer, waitForConnected, waitForSaved } from "./support/mapPage";

const running = usePageServer();

/** Adds a card in a cell with the cell's button and types its title in place. */
async function addCard(page: Page, stage: string, lane: string, title: string): Promise<void> {
  await page.getByRole("button", { name: `Add card in ${stage} · ${lane}` }).click();
  const input = page.getByRole("textbox", { name: "Card title" });
  await input.fill(title);
  await input.press("Enter");
  await expect.poll(() => card(page, title).count()).toBe(1);
}

/** The "stage · lane" line of the selected card in the inspector. */
async function placeOf(page: Page, title: string): Promise<string> {
  await card(page, title).click();
  return (await page.locator(".inspector-form > p").first().textContent()) ?? "";
}

describe("editing a map by hand", () => {
  it("creates a map on the home page, blank or from a template, and lists it as opened on this device", async () => {
    const context = await running.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(running.server.url);
    await page.getByRole("textbox", { name: "Map title" }).fill("Checkout journey");
    await page.getByRole("radio", { name: /Blank map/ }).check();
    await page.getByRole("button", { name: "Create map" }).click();
    await waitForConnected(page);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Checkout journey");
    await expect.poll(() => page.getByRole("group", { name: /^Stage / }).count()).toBe(3);
    await settleIdentity(page);

    await page.getByRole("link", { name: "All maps" }).click();
    await page.getByRole("radio", { name: /Support case/ }).check();
    await page.getByRole("button", { name: "Create map" }).click();
    await waitForConnected(page);
    await expect.poll(() => page.locator(".react-flow__node-card").count()).toBeGreaterThan(3);

    await page.getByRole("link", { name: "All maps" }).click();
    const recent = page.getByRole("region", { name: "Opened on this device" }).getByRole("listitem");
    await expect.poll(() => recent.count()).toBe(2);
    expect(await recent.filter({ hasText: "Checkout journey" }).getByText("Owner").count()).toBe(1);
    await context.close();
  });

  it("adds stages, lanes and cards, edits them, drags between cells, links, undoes, and keeps it all over a reload", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: templateJourney("blank", "en"), viewport: { width: 1600, height: 1000 } });

    // A stage and a lane, renamed in place.
    await page.getByRole("toolbar", { name: "Map tools" }).getByRole("button", { name: "Add stage" }).click();
    await page.getByRole("button", { name: "Rename stage New stage" }).click();
    await page.getByRole("textbox", { name: "Stage name" }).fill("Delivery");
    await page.getByRole("textbox", { name: "Stage name" }).press("Enter");
    await expect.poll(() => stageHeader(page, "Delivery").count()).toBe(1);
    await page.getByRole("toolbar", { name: "Map tools" }).getByRole("button", { name: "Add lane" }).click();
    await page.getByRole("button", { name: "Rename lane New lane" }).click();
    await page.getByRole("textbox", { name: "Lane name" }).fill("Backstage work");
    await page.getByRole("textbox", { name: "Lane name" }).press("Enter");
    await expect.poll(() => laneHeader(page, "Backstage work").count()).toBe(1);

    // Cards: by the cell's button, by double-clicking a cell, and by keyboard.
    await addCard(page, "Stage 1", "Customer actions", "Browses the shop");
    await addCard(page, "Stage 2", "Customer actions", "Pays by card");
    const cell = page.getByRole("button", { name: "Add card in Stage 3 · Pain points" });
    const box = await cell.boundingBox();
    if (!box) throw new Error("no cell");
    await page.mouse.dblclick(box.x - 60, box.y - 10);
    await page.getByRole("textbox", { name: "Card title" }).fill("Shipping costs appear late");
    await page.getByRole("textbox", { name: "Card title" }).press("Enter");
    await expect.poll(() => card(page, "Shipping costs appear late").count()).toBe(1);
    expect(await card(page, "Shipping costs appear late").getAttribute("aria-label")).toBe("Pain point card: Shipping costs appear late");
    await card(page, "Pays by card").click();
    await page.keyboard.press("n");
    await page.getByRole("textbox", { name: "Card title" }).fill("Gets a receipt");
    await page.getByRole("textbox", { name: "Card title" }).press("Enter");
    expect(await placeOf(page, "Gets a receipt")).toBe("Stage 2 · Customer actions");

    // Every other field in the inspector, validated.
    await card(page, "Shipping costs appear late").click();
    await page.getByRole("combobox", { name: "Severity" }).selectOption("4");
    await page.getByRole("combobox", { name: "Channel" }).selectOption({ label: "Web" });
    await page.getByRole("combobox", { name: "Emotion" }).selectOption({ label: "-2 Very bad" });
    const votes = page.getByRole("textbox", { name: "Votes" });
    await votes.fill("-3");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "A whole number of 0 or more" }).count()).toBe(1);
    await votes.fill("3");
    await votes.press("Enter");
    await expect.poll(() => card(page, "Shipping costs appear late").getByRole("img", { name: "Severity 4 of 5" }).count()).toBe(1);
    await expect.poll(() => card(page, "Shipping costs appear late").getByText("3 votes").count()).toBe(1);

    // Rename a card in place (double-click).
    await card(page, "Browses the shop").dblclick();
    await page.getByRole("textbox", { name: "Card title" }).fill("Browses the online shop");
    await page.getByRole("textbox", { name: "Card title" }).press("Enter");
    await expect.poll(() => card(page, "Browses the online shop").count()).toBe(1);

    // Drag a card to another cell.
    const target = await page.getByRole("button", { name: "Add card in Stage 3 · Touchpoints" }).boundingBox();
    if (!target) throw new Error("no target cell");
    await dragBy(page, card(page, "Gets a receipt"), { x: target.x - 120, y: target.y - 30 });
    await expect.poll(() => placeOf(page, "Gets a receipt")).toBe("Stage 3 · Touchpoints");

    // Link two cards by dragging from one's handle to the other's.
    await card(page, "Browses the online shop").hover();
    await dragBy(page, cardHandle(page, "Browses the online shop", "source"), cardHandle(page, "Pays by card", "target"));
    const link = page.getByRole("group", { name: "Link from Browses the online shop to Pays by card" });
    await expect.poll(() => link.count()).toBe(1);

    // Undo takes back the link, then the drag; redo brings the drag back.
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => link.count()).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => placeOf(page, "Gets a receipt")).toBe("Stage 2 · Customer actions");
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => placeOf(page, "Gets a receipt")).toBe("Stage 3 · Touchpoints");

    // Deleting a stage takes its cards; one undo brings both back.
    await page.getByRole("button", { name: "Delete stage Stage 1 and its cards" }).click();
    await page.getByRole("dialog", { name: "Delete stage “Stage 1”?" }).getByRole("button", { name: /^Delete, with/ }).click();
    await expect.poll(() => card(page, "Browses the online shop").count()).toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => card(page, "Browses the online shop").count()).toBe(1);
    await expect.poll(() => stageHeader(page, "Stage 1").count()).toBe(1);

    // A link with a label: drawn, selected, labelled in the inspector.
    await card(page, "Browses the online shop").hover();
    await dragBy(page, cardHandle(page, "Browses the online shop", "source"), cardHandle(page, "Pays by card", "target"));
    await expect.poll(() => link.count()).toBe(1);
    // An edge is a thin path: click the middle of it (where the curve crosses its box's centre).
    const linkBox = await link.boundingBox();
    if (!linkBox) throw new Error("the link is not drawn");
    await page.mouse.click(linkBox.x + linkBox.width / 2, linkBox.y + linkBox.height / 2);
    await page.getByRole("textbox", { name: "Link label" }).fill("then pays");
    await page.getByRole("textbox", { name: "Link label" }).press("Enter");
    await expect.poll(() => page.locator(".link-label").filter({ hasText: "then pays" }).count()).toBe(1);

    // Reload: everything is still there.
    await waitForSaved(page);
    await page.reload();
    await waitForConnected(page);
    for (const title of ["Browses the online shop", "Pays by card", "Gets a receipt", "Shipping costs appear late"]) {
      await expect.poll(() => card(page, title).count()).toBe(1);
    }
    expect(await placeOf(page, "Gets a receipt")).toBe("Stage 3 · Touchpoints");
    await expect.poll(() => stageHeader(page, "Delivery").count()).toBe(1);
    await expect.poll(() => page.locator(".link-label").filter({ hasText: "then pays" }).count()).toBe(1);
    await context.close();
  });

  it("reorders stages by dragging their header and by the move buttons", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: templateJourney("blank", "en"), viewport: { width: 1600, height: 1000 } });
    const order = async () => (await page.getByRole("group", { name: /^Stage / }).allTextContents()).map((s) => s.replace(/^\d+/, ""));
    await expect.poll(order).toEqual(["Stage 1", "Stage 2", "Stage 3"]);
    const third = await stageHeader(page, "Stage 3").boundingBox();
    if (!third) throw new Error("no header");
    await dragBy(page, stageHeader(page, "Stage 1"), { x: third.x + third.width - 20, y: third.y + 20 });
    await expect.poll(order).toEqual(["Stage 2", "Stage 3", "Stage 1"]);
    await page.getByRole("button", { name: "Move stage Stage 1 left" }).click();
    await expect.poll(order).toEqual(["Stage 2", "Stage 1", "Stage 3"]);
    await context.close();
  });

  it("an empty map says what to do first, and duplicating a card copies it into the same cell", async () => {
    const empty = { format: "baton.journey", version: 1, title: "Nothing yet", stages: [], lanes: [], cards: [] };
    const { context, page } = await openNewMap(running.browser, running.server, { journey: empty });
    await expect.poll(() => page.getByText("This map is empty.", { exact: false }).count()).toBe(1);
    await page.locator(".empty-hint").getByRole("button", { name: "Add stage" }).click();
    await expect.poll(() => page.getByRole("group", { name: /^Stage / }).count()).toBe(1);
    // With a stage the map is no longer empty: the hint goes, the toolbar adds the lane.
    await expect.poll(() => page.locator(".empty-hint").count()).toBe(0);
    await page.getByRole("toolbar", { name: "Map tools" }).getByRole("button", { name: "Add lane" }).click();
    await expect.poll(() => page.getByRole("group", { name: /^Lane / }).count()).toBe(1);
    await addCard(page, "New stage", "New lane", "Original");
    await card(page, "Original").click();
    await page.getByRole("toolbar", { name: "Selection tools" }).getByRole("button", { name: "Duplicate" }).click();
    await expect.poll(() => card(page, "Original").count()).toBe(2);
    await context.close();
  });

  it("[F24] a card's link handles are where React Flow is told they are (links end on them)", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: templateJourney("saas-onboarding", "en") });
    await page.locator(".react-flow__node-card").first().waitFor();
    // Measured the way React Flow measures handles: offset from the node's box, in flow units.
    const measured = (await page.evaluate(`(() => {
      const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector(".react-flow__viewport")).transform).m22;
      const node = document.querySelector(".react-flow__node-card");
      const box = node.getBoundingClientRect();
      return [...node.querySelectorAll(".react-flow__handle")].map((h) => {
        const r = h.getBoundingClientRect();
        return { type: h.classList.contains("source") ? "source" : "target", position: h.dataset.handlepos, x: Math.round((r.left - box.left) / zoom), y: Math.round((r.top - box.top) / zoom), width: h.offsetWidth, height: h.offsetHeight };
      });
    })()`)) as unknown[];
    expect(measured).toEqual(CARD_HANDLES.map(({ type, position, x, y, width, height }) => ({ type, position, x, y, width, height })));
    await context.close();
  });

  it("[KB1] works from the keyboard: focus a card, select, rename, delete, undo, add", async () => {
    const journey = templateJourney("blank", "en", "Keyboard map");
    journey.cards.push({ id: "k1", kind: "action", stageId: "stage-2", laneId: "lane-actions", title: "Keyboard card" });
    const { context, page } = await openNewMap(running.browser, running.server, { journey });
    // A card is a focusable node: Tab reaches it; here it is focused directly.
    await page.locator(".react-flow__node", { has: card(page, "Keyboard card") }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".react-flow__node-card.selected").count()).toBe(1);
    await page.keyboard.press("F2");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("Renamed by keyboard");
    await page.keyboard.press("Enter");
    await expect.poll(() => card(page, "Renamed by keyboard").count()).toBe(1);
    await card(page, "Renamed by keyboard").click();
    await page.keyboard.press("Delete");
    // [KB1] Focus is on the map's canvas at once, not on the page's body, so Ctrl+Z acts.
    expect(await page.evaluate(`document.activeElement?.classList.contains("canvas") ?? false`)).toBe(true);
    await expect.poll(() => card(page, "Renamed by keyboard").count()).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => card(page, "Renamed by keyboard").count()).toBe(1);
    await card(page, "Renamed by keyboard").click();
    await page.keyboard.press("n");
    // A person types once the new card's title field is there (typed earlier, "N" would add a second card).
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute("aria-label")`)).toBe("Card title");
    await page.keyboard.type("Next to it");
    await page.keyboard.press("Enter");
    await expect.poll(() => card(page, "Next to it").count()).toBe(1);
    expect(await placeOf(page, "Next to it")).toBe("Stage 2 · Customer actions");
    await context.close();
  });
});
