/**
 * First-load JavaScript of a map page (issue 14, SPEC.md KB24), measured in headless Chromium
 * against the real server on the saas-onboarding map, each script at its gzip size (what a
 * compressing proxy or CDN would send), and at its Brotli size (what the server itself sends since
 * S62, from the build's `.br` copies; the sums only):
 *
 * - **JS before the first card is visible** (the budget, under 180 KiB): the scripts the map's
 *   first paint needs. Measured with every chunk that holds the live editor's libraries (React
 *   Flow, d3, Yjs, y-websocket, y-indexeddb, zod; found from the build's source maps) held back
 *   until a card is on screen, then summing every script downloaded by then. On a real network
 *   those chunks download in parallel; holding them shows the first card does not wait for them.
 *   A build whose first card needs them (before KB24) gets them after 15 s, and they count.
 * - **JS until the map is live**: every script from navigation until the map is connected and
 *   the network idle, nothing held (the figure this bench reported before KB24; about 282 KiB
 *   with one bundle).
 * - **Time to the first card** (ms, median of 5 fresh contexts, nothing held, localhost on the
 *   test machine): from navigation start to the first frame with a card in the page, whether
 *   the first paint's (`.static-card`) or the editor's (`.react-flow__node-card`); and to the
 *   first live card. Run with `BATON_DIST_DIR` set to another build to compare.
 *
 * Also reported: the JS of the whole build, so the share a map page leaves for later (exporters,
 * DSO views, workshop tools, the home page) is visible. Reported, never asserted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Browser, Page, Route } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { editorChunks } from "../support/editorChunks";
import { createMap, startServer } from "../support/server";
import { mapUrl, waitForConnected } from "../e2e/support/mapPage";
import { buildPage } from "./buildPage";
import { printTable } from "./printTable";

const BUDGET_KIB = 180;
const RUNS = 5;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ANY_CARD = ".static-card, .react-flow__node-card";

interface Script {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
  /** Brotli at the build's quality (S62): what the server sends. */
  readonly br: number;
}

/** A fresh page at 1440 x 900 that keeps the body of every script it receives. */
async function loggedPage(browser: Browser): Promise<{ page: Page; scripts: () => Promise<Script[]>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  page.on("response", (res) => {
    if (res.request().resourceType() === "script") bodies.set(new URL(res.url()).pathname, res.body());
  });
  // The first frame with a card: a mutation records it, the next animation frame is its paint.
  await page.addInitScript(`(() => {
    const seen = (sel, key) => new MutationObserver((_, o) => {
      if (!document.querySelector(sel)) return;
      o.disconnect();
      requestAnimationFrame(() => { window[key] = performance.now(); });
    }).observe(document, { childList: true, subtree: true });
    seen(${JSON.stringify(ANY_CARD)}, "__firstCard");
    seen(".react-flow__node-card", "__liveCard");
  })()`);
  const scripts = async () =>
    Promise.all([...bodies].map(async ([path, body]) => ({ path, raw: (await body).length, gzip: gzipSync(await body).length, br: brotliOf(await body) })));
  return { page, scripts, close: () => context.close() };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The scripts downloaded by the time the first card is on screen, the editor's chunks held back meanwhile. */
async function beforeFirstCard(browser: Browser, url: string, distDir: string): Promise<Script[]> {
  const held = editorChunks(distDir);
  const { page, scripts, close } = await loggedPage(browser);
  const waiting: Route[] = [];
  let holding = true;
  await page.route(/\/assets\/[\w-]+\.js$/, (route) => {
    if (holding && held.has(new URL(route.request().url()).pathname.replace("/assets/", ""))) waiting.push(route);
    else void route.continue();
  });
  await page.goto(url);
  const release = async () => {
    holding = false;
    for (const route of waiting.splice(0)) await route.continue();
  };
  try {
    await page.locator(ANY_CARD).first().waitFor({ timeout: 15_000 });
  } catch {
    // A build whose first card needs the editor (before KB24): its chunks are counted too.
    await release();
    await page.locator(ANY_CARD).first().waitFor({ timeout: 60_000 });
  }
  const loaded = await scripts();
  await release();
  await close();
  return loaded;
}

/** Every script until the map is live and the network idle, and the times to the first and the first live card. */
async function untilLive(browser: Browser, url: string): Promise<{ scripts: Script[]; firstCard: number; liveCard: number }> {
  const { page, scripts, close } = await loggedPage(browser);
  await page.goto(url);
  await page.locator(".react-flow__node-card").first().waitFor({ timeout: 60_000 });
  await waitForConnected(page, 60_000);
  await page.waitForLoadState("networkidle");
  const [firstCard, liveCard] = (await page.evaluate(`[window.__firstCard, window.__liveCard]`)) as [number, number];
  const loaded = await scripts();
  await close();
  return { scripts: loaded, firstCard, liveCard };
}

export default async function firstLoadBench(): Promise<void> {
  const build = buildPage();
  const server = await startServer({ distDir: build.dir });
  const browser = await launchBrowser();
  try {
    const map = await createMap(server.url, { title: "First load", template: "saas-onboarding" });
    const url = mapUrl(server, map.id, map.editKey);
    const first = await beforeFirstCard(browser, url, build.dir);
    const runs: Awaited<ReturnType<typeof untilLive>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await untilLive(browser, url));
    const live = runs[0]?.scripts ?? [];

    const assets = join(build.dir, "assets");
    const all = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => gzipSync(readFileSync(join(assets, f))).length);
    const firstKiB = sum(first.map((l) => l.gzip));
    const rows = live.sort((a, b) => b.gzip - a.gzip).map((l) => [l.path, kib(l.raw), kib(l.gzip), "", first.some((f) => f.path === l.path) ? "yes" : ""]);
    rows.push(["JS before the first card is visible (sum)", kib(sum(first.map((l) => l.raw))), kib(firstKiB), kib(sum(first.map((l) => l.br))), firstKiB < BUDGET_KIB * 1024 ? `ok (< ${BUDGET_KIB} KiB gzip)` : `OVER ${BUDGET_KIB} KiB`]);
    rows.push(["JS until the map is live (sum)", kib(sum(live.map((l) => l.raw))), kib(sum(live.map((l) => l.gzip))), kib(sum(live.map((l) => l.br))), ""]);
    rows.push([`the whole build (${all.length} chunks)`, "", kib(sum(all)), "", ""]);
    printTable(["script", "raw", "gzip", "Brotli, as sent (S62)", "before the first card"], rows);
    printTable(
      ["time (median of 5, ms)", "first card on screen", "first live card"],
      [["navigation start ->", median(runs.map((r) => r.firstCard)).toFixed(0), median(runs.map((r) => r.liveCard)).toFixed(0)]],
    );
  } finally {
    await browser.close();
    await server.stop();
    build.cleanup();
  }
}

/** A body's size as the build's Brotli copy (S62: quality 11, text mode). */
function brotliOf(body: Buffer): number {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }).length;
}
