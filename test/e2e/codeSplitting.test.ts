/**
 * What a map page downloads (issue 14, smaller first load): opening a map fetches neither the
 * German messages nor the exporters, the DSO and history views, the inspectors or the comment
 * thread; each arrives when first used. A German reader gets German before the first paint.
 */
import { describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { createMap } from "../support/server";
import { card, mapUrl, settleIdentity, usePageServer, waitForConnected } from "./support/mapPage";

const running = usePageServer();

/** Opens a new map in a fresh context; `scripts()` lists the file names (no hash) of every script fetched so far. */
async function openLogged(locale: string): Promise<{ context: BrowserContext; page: Page; scripts: () => string[] }> {
  const map = await createMap(running.server.url, { title: "Split", template: "saas-onboarding" });
  const context = await running.browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const seen: string[] = [];
  page.on("request", (req) => {
    if (req.resourceType() === "script") seen.push(new URL(req.url()).pathname.replace(/^.*\//, "").replace(/-[\w-]{8}\.js$/, ""));
  });
  await page.goto(mapUrl(running.server, map.id, map.editKey));
  return { context, page, scripts: () => [...seen] };
}

const LATER = ["de", "en-later", "de-later", "downloads", "OverviewView", "BacklogView", "HistoryView", "CardInspector", "LinkInspector", "CommentsDialog", "CommentsPanel", "ShareDialog", "JourneyTable", "WorkspacePage", "HomePage"];

describe("code splitting of the map page", () => {
  it("[KB20][KB23] a map opens without German, exporters, side views or inspectors; each loads when first used", async () => {
    const { context, page, scripts } = await openLogged("en-US");
    await waitForConnected(page);
    await settleIdentity(page);
    await page.waitForLoadState("networkidle");
    expect(scripts().filter((s) => LATER.includes(s))).toEqual([]);
    expect(scripts()).toContain("MapPage");
    // The sheets the first paint needs came with it (a sheet imported only by a lazy view would not).
    expect(await page.getByRole("region", { name: "Journey map" }).evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(700);

    // Selecting a card brings its inspector; the Backlog tab its view; the Share button its dialog.
    await page.locator(".react-flow__node", { has: card(page, "Pricing page") }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("textbox", { name: "Title" }).count()).toBeGreaterThan(0);
    expect(scripts()).toContain("CardInspector");
    await page.getByRole("tab", { name: "Backlog", exact: true }).click();
    await expect.poll(() => scripts().includes("BacklogView")).toBe(true);
    // The panel's messages came with it (KB23): its heading is text, not an empty string or a key.
    expect(scripts()).toContain("en-later");
    await page.getByRole("heading", { name: "CX backlog", exact: true }).first().waitFor();
    await page.getByRole("button", { name: "Share" }).click();
    await page.getByRole("dialog").first().waitFor();
    expect(scripts()).toContain("ShareDialog");

    // Switching to German fetches its messages, then the page speaks German.
    await page.keyboard.press("Escape");
    await page.getByRole("combobox", { name: "Language" }).selectOption("de");
    await expect.poll(() => page.getByRole("button", { name: "Teilen" }).count()).toBe(1);
    expect(scripts()).toContain("de");
    // The open panel's later messages came in German too, before the switch (KB23).
    expect(scripts()).toContain("de-later");
    await page.getByRole("heading", { name: "CX-Backlog", exact: true }).first().waitFor();
    await context.close();
  });

  it("[KB20] a German reader's first paint is German (its messages load before the page renders)", async () => {
    const { context, page, scripts } = await openLogged("de-DE");
    await page.getByRole("button", { name: "Teilen" }).waitFor();
    expect(await page.getByRole("button", { name: "Share", exact: true }).count()).toBe(0);
    expect(scripts()).toContain("de");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    await context.close();
  });
});
