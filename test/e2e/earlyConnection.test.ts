/**
 * A map's live connection opens when the editor's code is here, before the editor has mounted
 * (SPEC.md KB26), and the editor takes that connection instead of opening a second one.
 */
import { describe, expect, it } from "vitest";
import { importMap } from "../support/server";
import { exampleJourney } from "../support/example";
import { mapUrl, retitleFromKeyboard, usePageServer, waitForConnected } from "./support/mapPage";
import { apiJson } from "../support/api";
import type { Journey } from "../../shared/schema/journey";

const running = usePageServer();

describe("the map's connection", () => {
  it("[KB26] opens before the editor mounts, once: the editor takes it, and edits are saved through it", async () => {
    const journey = exampleJourney();
    const map = await importMap(running.server.url, journey);
    const context = await running.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // Every socket the page makes, with the time it was made.
    await page.addInitScript(() => {
      const Native = window.WebSocket;
      const made: { url: string; at: number }[] = [];
      (window as unknown as { __sockets: typeof made }).__sockets = made;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          made.push({ url: String(url), at: performance.now() });
        }
      };
    });
    await page.goto(mapUrl(running.server, map.id, map.editKey));
    await waitForConnected(page);
    await page.locator(".react-flow__node-card").first().waitFor();
    // Long enough for a second socket an editor of its own would open.
    await page.waitForTimeout(1_000);
    const { sockets, mounted } = await page.evaluate(() => ({
      sockets: (window as unknown as { __sockets: { url: string; at: number }[] }).__sockets,
      mounted: performance.getEntriesByName("baton.editorMounted")[0]?.startTime ?? NaN,
    }));
    const mapSockets = sockets.filter((s) => new URL(s.url).pathname === `/sync/${map.id}`);
    expect(mapSockets).toHaveLength(1);
    expect(Number.isFinite(mounted)).toBe(true);
    expect((mapSockets[0] as { at: number }).at).toBeLessThan(mounted);

    // The editor edits through the connection it took: a title edited from the keyboard is saved on the server.
    await retitleFromKeyboard(page, "Comparison article", "Comparison article, early");
    const saved = await apiJson<Journey>(running.server.url, "GET", `/api/maps/${map.id}/export.json`, map.editKey);
    expect(saved.cards.find((c) => c.id === "t1")?.title).toBe("Comparison article, early");
    await context.close();
  });
});
