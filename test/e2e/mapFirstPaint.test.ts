/**
 * A map's first paint (SPEC.md KB24): the cards are on screen from two HTTP answers before the
 * live editor (React Flow, Yjs) has loaded, read-only, at the places the editor then gives them;
 * the editor takes over without moving a card, and editing works. A wrong key still shows the
 * clear error, and a page whose HTTP answers fail opens this device's copy as before.
 */
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { importMap } from "../support/server";
import { exampleJourney } from "../support/example";
import { apiJson } from "../support/api";
import { editorChunks } from "../support/editorChunks";
import { axeProblems } from "./support/axe";
import { card, mapUrl, retitleFromKeyboard, usePageServer, waitForConnected } from "./support/mapPage";
import type { Journey } from "../../shared/schema/journey";

const running = usePageServer();

/** Cards spread over the grid: the first of a cell, a second card of a cell, other stages and lanes. */
const SAMPLE = ["a1", "t1", "t3", "a3", "f1", "p3"];

type Box = { x: number; y: number; width: number; height: number };

/** The page boxes of the sample cards as `selector` (with `{id}` for the card id) finds them. */
async function boxesOf(page: Page, selector: string): Promise<Map<string, Box>> {
  const out = new Map<string, Box>();
  for (const id of SAMPLE) {
    const box = await page.locator(selector.replace("{id}", id)).boundingBox();
    if (box) out.set(id, box);
  }
  return out;
}

function expectSamePlaces(a: Map<string, Box>, b: Map<string, Box>): void {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [id, box] of a) {
    const other = b.get(id) as Box;
    for (const k of ["x", "y", "width", "height"] as const) expect(Math.abs(other[k] - box[k]), `${id}.${k}: ${box[k]} then ${other[k]}`).toBeLessThanOrEqual(2);
  }
}

describe("a map's first paint", () => {
  it("[KB24] paints the cards from HTTP answers before the editor loads, where the editor then puts them; the editor takes over and edits", async () => {
    const journey = exampleJourney();
    const map = await importMap(running.server.url, journey);
    const context = await running.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // Every chunk with React Flow, Yjs or zod in it, and the map's socket, are held by the test:
    // only the first answers and the shell can paint.
    const held = editorChunks(resolve(process.env.BATON_DIST_DIR ?? join(import.meta.dirname, "..", "..", "dist")));
    expect([...held].some((f) => f.startsWith("MapPage-"))).toBe(true);
    const chunks: Route[] = [];
    await page.route(/\/assets\/[\w-]+\.js$/, (route) => {
      if (held.has(new URL(route.request().url()).pathname.replace("/assets/", ""))) chunks.push(route);
      else void route.continue();
    });
    // The socket opens, but what the server sends is held until `flush`: the map does not sync.
    let flowing = false;
    const waitingFrames: (() => void)[] = [];
    await page.routeWebSocket(/\/sync\//, (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (flowing) socket.send(message);
        else waitingFrames.push(() => socket.send(message));
      });
    });
    await page.goto(mapUrl(running.server, map.id, map.editKey));

    const painted = page.locator(".static-card");
    await painted.first().waitFor();
    await expect.poll(() => chunks.length).toBeGreaterThan(0);
    // Every card of the first view, with its title; the header says it is connecting, and nothing pretends to edit.
    for (const id of SAMPLE) {
      const title = journey.cards.find((c) => c.id === id)?.title ?? "";
      expect(await page.locator(`.static-card[data-card-id="${id}"]`).textContent()).toContain(title);
    }
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(journey.title);
    expect(await page.getByRole("status").textContent()).toBe("Connecting…");
    expect(await page.getByRole("button", { name: /Add card|Share|Export/ }).count()).toBe(0);
    expect(await page.locator(".react-flow__node-card").count()).toBe(0);
    // The paint is a page of its own while it lasts: axe finds nothing serious on it.
    expect(await axeProblems(page)).toEqual([]);
    const first = await boxesOf(page, '.static-card[data-card-id="{id}"]');
    expect(first.size).toBe(SAMPLE.length);

    // The editor's code arrives (what the page asked for while held, and anything it asks for now); its document is still empty (the socket is held): the paint stays, in place.
    held.clear();
    for (const chunk of chunks) await chunk.continue();
    await page.locator(".react-flow").waitFor();
    expectSamePlaces(first, await boxesOf(page, '.first-paint-layer .static-card[data-card-id="{id}"]'));
    expect(await page.locator(".map-title").textContent()).toBe(journey.title);

    // The server's side of the socket goes through: the live cards replace the paint at the same places.
    flowing = true;
    for (const send of waitingFrames.splice(0)) send();
    await waitForConnected(page);
    await painted.first().waitFor({ state: "detached" });
    expectSamePlaces(first, await boxesOf(page, '.react-flow__node-card[data-id="{id}"]'));

    // And the map is live: a title edited from the keyboard is saved on the server.
    await retitleFromKeyboard(page, "Comparison article", "Comparison article, first paint");
    const saved = await apiJson<Journey>(running.server.url, "GET", `/api/maps/${map.id}/export.json`, map.editKey);
    expect(saved.cards.find((c) => c.id === "t1")?.title).toBe("Comparison article, first paint");
    await context.close();
  });

  it("[KB24] a wrong key paints nothing and shows the clear error", async () => {
    const map = await importMap(running.server.url, exampleJourney());
    const context = await running.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(mapUrl(running.server, map.id, "not-the-key-of-this-map-at-all-0000000000"));
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("This link's key does not open this map. Ask for a new link.");
    expect(await page.locator(".static-card, .react-flow__node-card").count()).toBe(0);
    await context.close();
  });

  it("[KB24] when the first answers fail (the server unreachable), the editor opens this device's copy as before", async () => {
    const journey = exampleJourney();
    const map = await importMap(running.server.url, journey);
    const context = await running.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(mapUrl(running.server, map.id, map.editKey));
    await waitForConnected(page);
    await page.locator(".react-flow__node-card").first().waitFor();
    // Let the device's copy (IndexedDB) settle before the server goes away.
    await page.waitForTimeout(500);

    // The API and the socket are now unreachable; the page's own files still load.
    await context.route(/\/api\//, (route) => route.abort("internetdisconnected"));
    await context.routeWebSocket(/\/sync\//, (socket) => socket.close({ code: 4500, reason: "test: unreachable" }));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector(".static-card")) (window as unknown as { painted: boolean }).painted = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect.poll(() => card(page, "Comparison article").count()).toBe(1);
    expect(await page.locator(".react-flow__node-card").count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as { painted?: boolean }).painted ?? false)).toBe(false);
    await context.close();
  });
});
