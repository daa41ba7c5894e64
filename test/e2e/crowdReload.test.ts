/**
 * Issue 10's crowd with a real page in it (S17): 60 stock clients announcing `user` at once, a
 * latecomer, and a person on the map page in Chromium who edits, reloads the page and edits
 * again. Everyone stays connected, the page is never shown "Disconnected", every edit is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually, type TestClient } from "../integration/helpers/clients";
import { joinCrowd } from "../integration/helpers/crowd";
import { card, openMap, waitForConnected, waitForSaved } from "./support/mapPage";

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ env: { BATON_CONNECT_LIMIT: "100000" } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const names = (c: TestClient): string[] => [...c.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name ?? "");

async function addCard(page: Page, title: string): Promise<void> {
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("n");
  const input = page.getByRole("textbox", { name: "Card title" });
  await input.fill(title);
  await input.press("Enter");
}

describe("a crowd with a real page in it", () => {
  it("[S17] 60 stock clients at once, a latecomer and a page reload in Chromium: everyone stays connected and every edit is stored", async () => {
    const map = await createMap(server.url);
    const { page } = await openMap(browser, server, map.id, map.editKey, { name: "Pia" });
    const { clients: crowd, editors: crowdEditors, closes } = joinCrowd(server.url, map, 60);
    await Promise.all(crowd.map((c) => c.synced));
    const late = connectClient(server.url, map.id, map.editKey);
    late.provider.awareness.setLocalStateField("user", { name: "Latecomer", color: "#993366" });
    await late.synced;
    await eventually(() => crowd.every((c) => names(c).includes("Pia") && names(c).includes("Latecomer")), "everyone sees Pia and the latecomer", 30_000);

    await addCard(page, "Before the reload");
    await waitForSaved(page);
    await page.reload();
    await waitForConnected(page);
    await expect.poll(() => card(page, "Before the reload").count(), { timeout: 20_000 }).toBe(1);
    await addCard(page, "After the reload");
    await waitForSaved(page);
    const editors = [...crowdEditors, late];
    editors.forEach((c, i) => c.doc.getMap("probe").set(`e${i}`, i));

    // The page says connected, never "Disconnected"; nobody in the crowd was closed.
    await expect.poll(() => page.locator('[role="status"][data-link="connected"]').count()).toBe(1);
    expect(await page.getByText(/Disconnected/).count()).toBe(0);
    expect(closes).toEqual([]);
    expect([...crowd, late].every((c) => c.provider.wsconnected)).toBe(true);
    // After the reload the crowd still sees Pia (her new session), and everything is stored.
    await eventually(() => crowd.every((c) => names(c).includes("Pia")), "the crowd sees Pia after her reload", 30_000);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => editors.every((_, i) => check.doc.getMap("probe").get(`e${i}`) === i), "every crowd edit stored", 30_000);
    const titles = [...check.doc.getMap("cards").values()].map((c) => String((c as { get(k: string): unknown }).get("title")));
    expect(titles).toEqual(expect.arrayContaining(["Before the reload", "After the reload"]));
    [...crowd, late, check].forEach((c) => c.destroy());
  }, 180_000);
});
