/**
 * Every workspace view in Chromium (issue 12 and 14): axe-core finds no serious or critical
 * violation on the home, backlog, teams, people, OKRs, metrics, directory and decisions views,
 * and the journeys table of the home is usable at 390 px (nothing wider than the screen).
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { WORKSPACE_VIEWS } from "../../client/app/route";
import { exampleJourney } from "../support/example";
import { axeProblems } from "./support/axe";
import { usePageServer, type RunningServer } from "./support/mapPage";

const env = usePageServer();

async function post<T>(server: RunningServer, path: string, body: unknown, key?: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A workspace of two journeys (the example, twice: shared teams, a backlog, OKRs, a rotation). */
async function twoJourneyWorkspace(server: RunningServer): Promise<{ id: string; key: string }> {
  const ws = await post<{ id: string; ownerKey: string }>(server, "/api/workspaces", { title: "Acme CX" });
  for (const title of ["Online checkout", "Invoicing"]) await post(server, `/api/workspaces/${ws.id}/maps`, { journey: { ...exampleJourney(), title } }, ws.ownerKey);
  return { id: ws.id, key: ws.ownerKey };
}

/** Opens a view and waits until its data is shown (no loading message left). */
async function openWorkspaceView(page: Page, server: RunningServer, ws: { id: string; key: string }, view: string): Promise<void> {
  await page.goto(`${server.url}/w/${ws.id}${view === "home" ? "" : `/${view}`}#k=${ws.key}`);
  await page.locator(".ws-view").first().waitFor();
  // Several panels of one view may each be loading at once: wait until none is (a strict
  // locator throws when it matches two).
  for (const text of ["Loading…", "Opening the workspace…"]) {
    await expect.poll(() => page.getByText(text, { exact: true }).count(), { timeout: 15_000 }).toBe(0);
  }
}

describe("workspace views, accessibility", () => {
  it("[WP9] every workspace view has no serious or critical axe violation", async () => {
    const ws = await twoJourneyWorkspace(env.server);
    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    for (const view of WORKSPACE_VIEWS) {
      await openWorkspaceView(page, env.server, ws, view);
      expect(await axeProblems(page), view).toEqual([]);
    }
    await context.close();
  });

  it("[WP9] the journeys table fits a 390 px screen: no horizontal overflow, every journey's name and status readable", async () => {
    const ws = await twoJourneyWorkspace(env.server);
    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openWorkspaceView(page, env.server, ws, "home");
    await page.locator("table.ws-journeys tbody tr").first().waitFor();
    const overflow = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(overflow.doc).toBeLessThanOrEqual(overflow.view);
    const table = await page.locator("table.ws-journeys").evaluate((t) => t.getBoundingClientRect().right);
    expect(table).toBeLessThanOrEqual(390);
    for (const title of ["Online checkout", "Invoicing"]) {
      const link = page.getByRole("link", { name: title, exact: true });
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, title).toBe(true);
    }
    expect(await axeProblems(page), "home at 390 px").toEqual([]);
    await context.close();
  });

  it("[WP9] the teams, people, OKR, backlog and KPI tables read as stacked rows on a 390 px screen: no table scrolls sideways", async () => {
    const ws = await twoJourneyWorkspace(env.server);
    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const view of ["teams", "people", "okrs", "backlog", "kpis"]) {
      await openWorkspaceView(page, env.server, ws, view);
      await page.locator("table.ws-table tbody tr").first().waitFor();
      const tables = await page.locator("table.ws-table").evaluateAll((ts) =>
        ts.map((t) => ({ right: t.getBoundingClientRect().right, wider: t.parentElement ? t.parentElement.scrollWidth > t.parentElement.clientWidth : false })),
      );
      expect(tables.length, view).toBeGreaterThan(0);
      for (const table of tables) expect(table, view).toEqual({ right: expect.any(Number) as number, wider: false });
      for (const table of tables) expect(table.right, view).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
