/**
 * Helpers shared by the DSO browser tests (test/e2e/dso*.test.ts): the example journey, opening
 * one of the DSO views beside the map, and reading the views the way a person does.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { openMap, settleIdentity, type RunningServer } from "./support/mapPage";

/** The example map of the format (the repository's copy in test/fixtures). */
export { exampleJourney } from "../support/example";

/**
 * Opens a map on a pinned day (and time, for the `at` of new reviews) in a fresh context, with
 * the "what should others call you" prompt dismissed.
 */
export async function openOn(browser: Browser, server: RunningServer, mapId: string, key: string, today: string, now?: string): Promise<Page> {
  const { page } = await openMap(browser, server, mapId, key, { query: { today, ...(now ? { now } : {}) } });
  await settleIdentity(page);
  return page;
}

/** Goes to the same map on another day, in the same page (a reload with a new `?today=`). */
export async function moveTo(page: Page, today: string, now?: string): Promise<void> {
  const url = new URL(page.url());
  url.searchParams.set("today", today);
  if (now) url.searchParams.set("now", now);
  else url.searchParams.delete("now");
  await page.goto(url.toString());
  await page.locator('[role="status"][data-link="connected"]').waitFor({ timeout: 20_000 });
  await settleIdentity(page);
}

/** Opens a DSO view by its tab and returns the panel it shows. */
export async function openView(page: Page, tab: "Overview" | "Backlog" | "OKRs" | "Reviews" | "Teams & rotation"): Promise<Locator> {
  await page.getByRole("tab", { name: tab, exact: true }).click();
  const panel = page.getByRole("tabpanel");
  // Views are loaded when first opened: wait until the view, not its "Loading…", is there.
  await panel.locator(".loading").waitFor({ state: "detached" });
  return panel;
}

/** The header's journey-owner line, as text. */
export async function headerOwnerLine(page: Page): Promise<string> {
  return ((await page.getByTestId("dso-header").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The card ids of the backlog table's rows, top to bottom. */
export async function backlogOrder(panel: Locator): Promise<string[]> {
  return panel.locator("table.dso-backlog tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-card-id") ?? ""));
}
