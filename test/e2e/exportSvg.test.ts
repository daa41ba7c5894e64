/**
 * The exported SVG in the real Chromium: it parses as XML, loads as an image, draws text with
 * the widths the fixed metrics promised, and never runs anything. Screenshots go to
 * `.tmp/shots/` for a person to look at.
 */
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { renderJourneySvg } from "../../shared/export/svg";
import { measureText } from "../../shared/export/svg/fontMetrics";
import { PAYLOADS, payloadJourney } from "../unit/exportPayloads";
import { randomJourney } from "../unit/exportRandomJourney";
import { exampleJourney } from "../support/example";

const example = exampleJourney();
const shots = new URL("../../.tmp/shots/", import.meta.url);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage();
  // Any attempt of the SVG to run script or fetch something would show up here.
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});
afterAll(async () => {
  await browser?.close();
});

interface ParseReport {
  error: string | null;
  root: string;
  cards: { id: string; firstChild: string; title: string }[];
  forbidden: string[];
}

/** Parses `svg` with Chromium's own XML parser and reports what a strict reader sees. */
async function parseInChromium(svg: string): Promise<ParseReport> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const err = doc.getElementsByTagName("parsererror")[0];
    const all = Array.from(doc.getElementsByTagName("*"));
    const forbidden: string[] = [];
    for (const el of all) {
      const name = el.localName.toLowerCase();
      if (name === "script" || name === "foreignobject" || name === "style" || name === "image" || name === "use" || name === "a") forbidden.push(`<${name}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) forbidden.push(`${name}@${attr.name}`);
        if (/href$/i.test(attr.localName)) forbidden.push(`${name}@${attr.name}`);
        if (/url\(/i.test(attr.value)) forbidden.push(`${name}@${attr.name}=${attr.value}`);
      }
    }
    const cards = Array.from(doc.querySelectorAll("g[data-card-id]")).map((g) => ({
      id: g.getAttribute("data-card-id") ?? "",
      firstChild: g.firstElementChild?.localName ?? "",
      title: g.firstElementChild?.textContent ?? "",
    }));
    return { error: err ? (err.textContent ?? "parsererror") : null, root: doc.documentElement.localName, cards, forbidden };
  }, svg);
}

/** Loads `svg` as an image from a blob URL (as the page's PNG export does) and reports its size. */
async function loadAsImage(svg: string): Promise<{ ok: boolean; width: number; height: number }> {
  return page.evaluate(async (text) => {
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    try {
      const img = new Image();
      const ok = await new Promise<boolean>((resolve) => {
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = url;
      });
      return { ok, width: img.naturalWidth, height: img.naturalHeight };
    } finally {
      URL.revokeObjectURL(url);
    }
  }, svg);
}

describe("the SVG export in Chromium", () => {
  it("[X1][X2][X3] the example parses as XML, every card group starts with its full title", async () => {
    const svg = renderJourneySvg(example);
    const report = await parseInChromium(svg);
    expect(report.error).toBeNull();
    expect(report.root).toBe("svg");
    expect(report.forbidden).toEqual([]);
    expect(report.cards.map((c) => c.id)).toEqual(expect.arrayContaining(example.cards.map((c) => c.id)));
    expect(report.cards.length).toBe(example.cards.length);
    const titles = new Map(example.cards.map((c) => [c.id, c.title]));
    for (const c of report.cards) {
      expect(c.firstChild).toBe("title");
      expect(c.title).toBe(titles.get(c.id));
    }
  });

  it("[X1][X4] payloads in every text field parse as text, nothing runs", async () => {
    for (const p of PAYLOADS) {
      const journey = payloadJourney(p);
      const svg = renderJourneySvg(journey);
      const report = await parseInChromium(svg);
      expect(report.error, p).toBeNull();
      expect(report.forbidden, p).toEqual([]);
      expect(report.cards.length).toBe(journey.cards.length);
      const image = await loadAsImage(svg);
      expect(image.ok, p).toBe(true);
    }
  });

  it("[X1] the example loads as an image with its full size, and renders to a screenshot", async () => {
    const svg = renderJourneySvg(example);
    const size = /width="(\d+)" height="(\d+)"/.exec(svg);
    const image = await loadAsImage(svg);
    expect(image.ok).toBe(true);
    expect(image.width).toBe(Number(size?.[1]));
    expect(image.height).toBe(Number(size?.[2]));
    const shotPage = await browser.newPage({ viewport: { width: image.width, height: image.height } });
    const errors: string[] = [];
    shotPage.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    shotPage.on("pageerror", (e) => errors.push(e.message));
    await shotPage.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, "")}</body>`);
    const png = await shotPage.screenshot({ path: new URL("onboarding.png", shots).pathname, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await shotPage.close();
  });

  it("[X5] Chromium draws Liberation Sans with the widths of the fixed metrics table", async () => {
    const samples = ["Sign-up form", "Umlauts (ä, ö, ü) break in the CSV import", "WWW iii 0123456789 %&@", "Customer Care"];
    for (const bold of [false, true]) {
      const widths = await page.evaluate(
        ({ samples, bold }) => {
          const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
          ctx.font = `${bold ? "bold " : ""}100px "Liberation Sans"`;
          return samples.map((s) => ctx.measureText(s).width);
        },
        { samples, bold },
      );
      samples.forEach((s, i) => {
        expect(Math.abs((widths[i] ?? 0) - measureText(s, { size: 100, bold }))).toBeLessThan(1);
      });
    }
  });

  it("[X3][X7] every text drawn on a card stays inside the card in the real browser", async () => {
    const journey = randomJourney(11, { stages: 5, lanes: 4, cards: 120, links: 30 });
    const svg = renderJourneySvg(journey);
    await page.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, "")}</body>`);
    const { overflow, checked } = await page.evaluate(() => {
      const out: string[] = [];
      let checked = 0;
      for (const g of Array.from(document.querySelectorAll("g[data-card-id]"))) {
        const box = g.querySelector("rect")?.getBBox();
        if (!box) continue;
        for (const text of Array.from(g.querySelectorAll("text")) as SVGTextElement[]) {
          // Latin text only: fallback fonts for emoji and other scripts have their own widths.
          if (!/^[\u0020-\u017f\u2013\u2026\u2212\u00b7]*$/.test(text.textContent ?? "")) continue;
          checked++;
          const b = text.getBBox();
          if (b.x < box.x + 4 || b.x + b.width > box.x + box.width - 4) out.push(`${g.getAttribute("data-card-id")}: ${text.textContent}`);
        }
      }
      return { overflow: out, checked };
    });
    expect(checked).toBeGreaterThan(300);
    expect(overflow).toEqual([]);
  });
});
