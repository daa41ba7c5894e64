/**
 * The side panel beside the map: resized by its left edge with the keyboard and the pointer,
 * remembered on the device, wider for the ownership views, and expanded beside a narrower map.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openNewMap, settleIdentity, usePageServer, waitForConnected } from "./support/mapPage";

const running = usePageServer();

const panelWidth = (page: Page) => page.locator("aside.side-panel").evaluate((el) => Math.round(el.getBoundingClientRect().width));
const canvasWidth = (page: Page) => page.getByRole("region", { name: "Journey map" }).evaluate((el) => Math.round(el.getBoundingClientRect().width));

describe("the side panel", () => {
  it("resizes by keyboard and pointer, keeps its width over a reload, and the views expand beside the map", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { template: "saas-onboarding" });
    await settleIdentity(page);
    const separator = page.getByRole("separator", { name: /Side panel width/ });
    const details = Number(await separator.getAttribute("aria-valuenow"));
    expect(details).toBe(await panelWidth(page));

    // Keyboard: left makes the panel wider (its edge moves left), right narrower; Home is the narrowest.
    await separator.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Shift+ArrowLeft");
    await expect.poll(() => separator.getAttribute("aria-valuenow")).toBe(String(details + 16 + 64));
    expect(await panelWidth(page)).toBe(details + 80);
    await page.keyboard.press("Home");
    await expect.poll(() => separator.getAttribute("aria-valuenow")).toBe(await separator.getAttribute("aria-valuemin"));

    // Pointer: drag the edge 100 px to the left.
    await page.keyboard.press("ArrowLeft");
    const before = await panelWidth(page);
    const box = (await separator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 - 20 * i, box.y + 200);
    await page.mouse.up();
    await expect.poll(() => panelWidth(page)).toBe(before + 100);

    // The ownership views have their own, wider width; the expand toggle gives them most of the page.
    await page.getByRole("tab", { name: "Backlog", exact: true }).click();
    const views = await panelWidth(page);
    expect(views).toBeGreaterThanOrEqual(440);
    const expand = page.getByRole("button", { name: "Widen the panel" });
    await expand.click();
    await expect.poll(() => panelWidth(page)).toBeGreaterThan(900);
    expect(await canvasWidth(page)).toBeGreaterThanOrEqual(340);
    // Wide, the backlog is a table with column headers again.
    await expect.poll(() => page.getByRole("columnheader", { name: /^Priority/ }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Narrow the panel" }).click();
    await expect.poll(() => panelWidth(page)).toBe(views);

    // Over a reload the inspector's width is the one chosen before.
    await page.getByRole("tab", { name: "Details", exact: true }).click();
    await page.reload();
    await waitForConnected(page);
    await expect.poll(() => panelWidth(page)).toBe(before + 100);
    await context.close();
  });
});
