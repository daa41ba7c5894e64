/**
 * The page's PNG export path (client/export/rasterise.ts) in the real Chromium: the exported
 * SVG loaded from a blob URL, drawn on a canvas at 2x, encoded with `canvas.toBlob`. The module
 * is bundled with esbuild and run in a blank page, so this needs neither the app nor a server.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { renderJourneySvg } from "../../shared/export/svg";
import { randomJourney } from "../unit/exportRandomJourney";
import { exampleJourney } from "../support/example";

const example = exampleJourney();
const shots = new URL("../../.tmp/shots/", import.meta.url);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("../../client/export/rasterise.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "raster",
    target: "es2022",
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setContent("<!doctype html><title>png</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? "" });
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `svgToPng` in the page; returns the PNG's first bytes, its size, and (if asked) it base64-encoded. */
async function toPng(svg: string, scale: number, keep = false): Promise<{ head: number[]; width: number; height: number; base64: string }> {
  return page.evaluate(
    async ({ svg, scale, keep }) => {
      const r = (window as unknown as { raster: { svgToPng(svg: string, scale: number): Promise<Blob> } }).raster;
      const blob = await r.svgToPng(svg, scale);
      const bitmap = await createImageBitmap(blob);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let base64 = "";
      if (keep) {
        let binary = "";
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        base64 = btoa(binary);
      }
      return { head: Array.from(bytes.subarray(0, 8)), width: bitmap.width, height: bitmap.height, base64 };
    },
    { svg, scale, keep },
  );
}

describe("PNG export", () => {
  it("[X1] the example map becomes a PNG at twice its size", async () => {
    const svg = renderJourneySvg(example);
    const size = /width="(\d+)" height="(\d+)"/.exec(svg);
    const png = await toPng(svg, 2, true);
    expect(png.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.width).toBe(2 * Number(size?.[1]));
    expect(png.height).toBe(2 * Number(size?.[2]));
    writeFileSync(new URL("onboarding@2x.png", shots), Buffer.from(png.base64, "base64"));
  });

  it("[X7] a map too tall for a 2x canvas is scaled down to fit the browser's canvas limits", async () => {
    const journey = randomJourney(3, { stages: 1, lanes: 1, cards: 260, links: 0 });
    const svg = renderJourneySvg(journey);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(height * 2).toBeGreaterThan(16_384);
    const png = await toPng(svg, 2);
    expect(png.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.height).toBe(16_384);
    expect(png.width).toBeLessThan(Number(/width="(\d+)"/.exec(svg)?.[1]) * 2);
  });
});
