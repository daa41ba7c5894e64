/**
 * First-load JavaScript of a map page (issue 14): the JS a person's browser downloads to open a
 * map and see its cards, measured in headless Chromium against the real server. Every script
 * response from navigation until the map is connected and the network has been idle is counted,
 * each at its gzip size (what a compressing proxy or CDN would send; the server itself sends
 * the files as they are). Budget: under 180 KiB (it was about 282 KiB with one bundle).
 *
 * Also reported: the JS in the whole build, so the share a map page leaves for later (exporters,
 * DSO views, workshop tools, the home page) is visible. Reported, never asserted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../support/browser";
import { createMap, startServer } from "../support/server";
import { mapUrl, waitForConnected } from "../e2e/support/mapPage";
import { buildPage } from "./buildPage";
import { printTable } from "./printTable";

const BUDGET_KIB = 180;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export default async function firstLoadBench(): Promise<void> {
  const build = buildPage();
  const server = await startServer({ distDir: build.dir });
  const browser = await launchBrowser();
  try {
    const map = await createMap(server.url, { title: "First load", template: "saas-onboarding" });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    const scripts = new Map<string, Promise<Buffer>>();
    page.on("response", (res) => {
      if (res.request().resourceType() === "script") scripts.set(new URL(res.url()).pathname, res.body());
    });
    await page.goto(mapUrl(server, map.id, map.editKey));
    await page.locator(".react-flow__node-card").first().waitFor({ timeout: 60_000 });
    await waitForConnected(page, 60_000);
    await page.waitForLoadState("networkidle");
    const loaded = await Promise.all([...scripts].map(async ([path, body]) => ({ path, raw: (await body).length, gzip: gzipSync(await body).length })));
    await context.close();

    const assets = join(build.dir, "assets");
    const all = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => gzipSync(readFileSync(join(assets, f))).length);
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const firstLoad = sum(loaded.map((l) => l.gzip));
    const rows = loaded.sort((a, b) => b.gzip - a.gzip).map((l) => [l.path, kib(l.raw), kib(l.gzip), ""]);
    rows.push(["map page, first load (sum)", kib(sum(loaded.map((l) => l.raw))), kib(firstLoad), firstLoad < BUDGET_KIB * 1024 ? `ok (< ${BUDGET_KIB} KiB)` : `OVER ${BUDGET_KIB} KiB`]);
    rows.push([`the whole build (${all.length} chunks)`, "", kib(sum(all)), ""]);
    printTable(["script", "raw", "gzip", "budget"], rows);
  } finally {
    await browser.close();
    await server.stop();
    build.cleanup();
  }
}
