/**
 * Shared helpers for browser tests of the map page (editor, DSO, workshop, export tests use them):
 *
 * - `startPageServer()`: the real server serving the built page (`BATON_DIST_DIR` or `dist/`).
 * - `usePageServer()`: inside a test file, starts that server and Chromium before all tests and
 *   stops both after; returns `{ server, browser }` to read inside the tests.
 * - `openNewMap(browser, server, opts)`: creates a map through the API (blank, a template, or a
 *   journey to import) and opens it in a fresh browser context; returns `{ context, page, map }`.
 * - `openMap(browser, server, id, key, opts)`: opens an existing map (any role) in a fresh context.
 * - `importJourney(server, journey)`: `POST /api/maps/import`, returns the keys.
 * - `waitForConnected(page)`, `waitForSaved(page)`: the header's status says so.
 * - `cardHandle(page, title, "source" | "target")`: a card's link handle, to drag links with.
 * - `card(page, title)`, `stageHeader(page, name)`, `laneHeader(page, name)`: locators by role and name.
 * - `dragBy(page, locator, target)`: a real mouse drag in small steps (React Flow needs moves).
 *
 * Every opened page is synced (status "Connected") before the helper returns. Close the
 * returned context (or the browser) when done; the server is stopped with `server.stop()`.
 */
import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchBrowser } from "../../support/browser";
import { createMap, importMap, startServer, type CreatedMap, type RunningServer } from "../../support/server";

export type { CreatedMap, RunningServer };

/** Starts the real server with the built page (set BATON_DIST_DIR to test another build). */
export function startPageServer(): Promise<RunningServer> {
  return startServer(process.env.BATON_DIST_DIR ? { distDir: process.env.BATON_DIST_DIR } : {});
}

/** The real server and a Chromium for one test file (read its fields inside tests, not at load). */
export function usePageServer(): { readonly server: RunningServer; readonly browser: Browser } {
  const running = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    [running.server, running.browser] = await Promise.all([startPageServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}

export interface OpenOptions {
  /** Query parameters of the page, e.g. `{ today: "2026-11-21" }`. */
  readonly query?: Record<string, string>;
  /** Browser language (default `en-US`), which decides the page's language. */
  readonly locale?: string;
  /** Viewport size (default 1440 x 900). */
  readonly viewport?: { width: number; height: number };
  /** The display name others see (workshop presence); without it the welcome card is closed with "Later". */
  readonly name?: string;
}

export interface OpenedMap {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly map: CreatedMap;
}

/** The page address of a map with its key in the fragment. */
export function mapUrl(server: RunningServer, id: string, key: string, query?: Record<string, string>): string {
  const q = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query).toString()}` : "";
  return `${server.url}/m/${encodeURIComponent(id)}${q}#k=${encodeURIComponent(key)}`;
}

/** Resolves when the header's status says the map is connected and synced. */
export async function waitForConnected(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('[role="status"][data-link="connected"]').waitFor({ timeout });
}

/** Resolves when the server confirmed every local change ("Saved"). */
export async function waitForSaved(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('[role="status"][data-link="connected"][data-saved="true"]').waitFor({ timeout });
}

/** Opens a map in a fresh browser context and waits until it is connected. */
export async function openMap(browser: Browser, server: RunningServer, id: string, key: string, opts: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: opts.locale ?? "en-US",
    viewport: opts.viewport ?? { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(mapUrl(server, id, key, opts.query));
  await waitForConnected(page);
  await settleIdentity(page, opts.name);
  return { context, page };
}

/**
 * Answers the workshop's "what should others call you?" card when it shows (English pages):
 * with `name` when given, else "Later".
 */
export async function settleIdentity(page: Page, name?: string): Promise<void> {
  const dialog = page.getByRole("form", { name: /call you/ }).or(page.getByRole("dialog", { name: /call you/ }));
  try {
    await dialog.waitFor({ timeout: 1_500 });
  } catch {
    return;
  }
  if (name) {
    await dialog.getByRole("textbox").fill(name);
    await dialog.getByRole("button", { name: /^Save/ }).click();
  } else {
    await dialog.getByRole("button", { name: "Later" }).click();
  }
  await dialog.waitFor({ state: "detached" });
}

/** Drags `source` with the real mouse to `target` (a point in the page, or another locator's centre). */
export async function dragBy(page: Page, source: Locator, target: Locator | { x: number; y: number }, steps = 12): Promise<void> {
  const from = await source.boundingBox();
  if (!from) throw new Error("dragBy: the source is not on screen");
  const to = "x" in target ? target : await centre(target);
  await page.mouse.move(from.x + from.width / 2, from.y + Math.min(20, from.height / 2));
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + 24, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Creates a map (a template, or `journey` imported) and opens it as its owner. */
export async function openNewMap(
  browser: Browser,
  server: RunningServer,
  opts: OpenOptions & { template?: string; title?: string; lang?: string; journey?: unknown } = {},
): Promise<OpenedMap> {
  const map =
    opts.journey !== undefined
      ? await importMap(server.url, opts.journey)
      : await createMap(server.url, {
          ...(opts.template ? { template: opts.template } : {}),
          ...(opts.title ? { title: opts.title } : {}),
          ...(opts.lang ? { lang: opts.lang } : {}),
        });
  const { context, page } = await openMap(browser, server, map.id, map.ownerKey, opts);
  return { context, page, map };
}

/** `POST /api/maps/import` with a journey value; rejects with the server's issues when refused. */
export function importJourney(server: RunningServer, journey: unknown): Promise<CreatedMap> {
  return importMap(server.url, journey);
}

/** The card on the canvas titled `title` (its accessible name is "<Kind> card: <title>"). */
export function card(page: Page, title: string): Locator {
  return page.getByRole("group", { name: new RegExp(`card: ${escapeRegExp(title)}$`) });
}

/** Renames the live card titled `from` to `to` from the keyboard (focus, Enter, select all, type, Enter) and waits until it is saved. */
export async function retitleFromKeyboard(page: Page, from: string, to: string): Promise<void> {
  await page.locator(".react-flow__node-card", { has: card(page, from) }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(to);
  await page.keyboard.press("Enter");
  await waitForSaved(page);
}

/** A card's link handle: `source` (right, drag from here) or `target` (left, drop here). */
export function cardHandle(page: Page, title: string, which: "source" | "target"): Locator {
  return page.locator(".react-flow__node", { has: card(page, title) }).locator(which === "source" ? ".card-handle.source.react-flow__handle-right" : ".card-handle.target.react-flow__handle-left");
}

/** The header of a stage (a labelled group: a column header needs a grid the canvas is not). */
export function stageHeader(page: Page, name: string): Locator {
  return page.getByRole("group", { name: `Stage ${name}`, exact: true });
}

/** The header of a lane (a labelled group, like the stage's). */
export function laneHeader(page: Page, name: string): Locator {
  return page.getByRole("group", { name: `Lane ${name}`, exact: true });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
