/**
 * The map page's Export menu (client/export/ExportMenu.tsx) in the built app: reachable by role
 * and name, operable by keyboard, and each format downloads what the shared renderers give for
 * the open map. The page's SVG is byte for byte the endpoint's (X9), for a viewer too.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { importJourney, openMap, startPageServer, type CreatedMap, type RunningServer } from "./support/mapPage";
import { journeyToMermaid } from "../../shared/export/mermaid";
import { journeyToCsv } from "../../shared/export/csv";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";

const example = exampleJourney();
const FILE = "SaaS-onboarding-from-trial-to-first-value";

let server: RunningServer;
let browser: Browser;
let map: CreatedMap;
let context: BrowserContext;
let page: Page;

const endpointSvg = async (lang = "en"): Promise<Buffer> => {
  const res = await fetch(`${server.url}/api/maps/${map.id}/export.svg?lang=${lang}`, { headers: { authorization: `Bearer ${map.viewKey}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

/** Picks `item` from the Export menu with the mouse and returns the downloaded file. */
async function download(p: Page, item: string, menu = "Export"): Promise<{ name: string; bytes: Buffer }> {
  await p.getByRole("button", { name: menu, exact: true }).click();
  const [file] = await Promise.all([p.waitForEvent("download"), p.getByRole("menuitem", { name: item, exact: true }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchBrowser();
  map = await importJourney(server, example);
  // A viewer: exporting needs no more than reading.
  ({ context, page } = await openMap(browser, server, map.id, map.viewKey));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("the Export menu", () => {
  it("is a labelled menu button that the keyboard opens, walks and closes", async () => {
    const button = page.getByRole("button", { name: "Export", exact: true });
    await expect(button.getAttribute("aria-haspopup")).resolves.toBe("menu");
    await button.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu", { name: "Export" });
    await menu.waitFor();
    const items = await menu.getByRole("menuitem").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(items).toEqual(["JSON", "SVG", "PNG (2x)", "Mermaid", "CSV"]);
    const focusOn = (label: string) => page.waitForFunction((l) => document.activeElement?.getAttribute("aria-label") === l, label, { timeout: 5_000 });
    await focusOn("JSON");
    await page.keyboard.press("ArrowDown");
    await focusOn("SVG");
    await page.keyboard.press("ArrowUp");
    await focusOn("JSON");
    await page.keyboard.press("ArrowUp");
    await focusOn("CSV");
    await page.keyboard.press("Home");
    await focusOn("JSON");
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-haspopup"))).toBe("menu");
    await expect(button.getAttribute("aria-expanded")).resolves.toBe("false");
  });

  it("[A19][X9] Export SVG downloads exactly the bytes of GET export.svg, also when chosen by keyboard", async () => {
    const svg = await download(page, "SVG");
    expect(svg.name).toBe(`${FILE}.svg`);
    expect(svg.bytes.toString("utf8")).toBe((await endpointSvg()).toString("utf8"));

    await page.getByRole("button", { name: "Export", exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "JSON");
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "SVG");
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(readFileSync(await file.path()).equals(svg.bytes)).toBe(true);
  });

  it("PNG (2x) is the picture at twice its size", async () => {
    const png = await download(page, "PNG (2x)");
    expect(png.name).toBe(`${FILE}.png`);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = (await endpointSvg()).toString("utf8");
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(w));
    expect(png.bytes.readUInt32BE(20)).toBe(2 * Number(h));
  });

  it("[M1][V1] JSON, Mermaid and CSV are the map's journey file and the shared renderers' text", async () => {
    const json = await download(page, "JSON");
    expect(json.name).toBe(`${FILE}.journey.json`);
    const journey = JSON.parse(json.bytes.toString("utf8")) as Journey;
    expect(journey).toEqual(example);
    const mmd = await download(page, "Mermaid");
    expect(mmd.name).toBe(`${FILE}.mmd`);
    expect(mmd.bytes.toString("utf8")).toBe(journeyToMermaid(example));
    const csv = await download(page, "CSV");
    expect(csv.name).toBe(`${FILE}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString("utf8")).toBe(journeyToCsv(example));
  });

  it("[A19][X9] on a German page the menu is 'Exportieren' and the SVG equals export.svg?lang=de", async () => {
    const de = await openMap(browser, server, map.id, map.viewKey, { locale: "de-DE" });
    try {
      const svg = await download(de.page, "SVG", "Exportieren");
      expect(svg.bytes.equals(await endpointSvg("de"))).toBe(true);
    } finally {
      await de.context.close();
    }
  });
});
