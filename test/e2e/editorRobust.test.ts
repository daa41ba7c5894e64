/**
 * A map whose document holds content the format does not allow (written by a script, a bot, an
 * older client) still shows everything valid and flags the rest; close codes become sentences.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { templateJourney } from "../../shared/templates";
import { connectClient } from "../integration/helpers/clients";
import { card, openNewMap, usePageServer } from "./support/mapPage";

const running = usePageServer();

describe("a map with content it cannot show", () => {
  it("[F7] shows every valid card and lists what it left out", async () => {
    const journey = templateJourney("blank", "en", "Robust map");
    journey.cards.push({ id: "ok1", kind: "action", stageId: "stage-1", laneId: "lane-actions", title: "A valid card" });
    const { context, page, map } = await openNewMap(running.browser, running.server, { journey });
    // A script writes a card of an unknown kind, a card in a stage that does not exist and a
    // shared type Baton does not use.
    const bot = connectClient(running.server.url, map.id, map.editKey);
    await bot.synced;
    bot.doc.transact(() => {
      const cards = bot.doc.getMap<Y.Map<unknown>>("cards");
      cards.set("bad1", new Y.Map<unknown>([["kind", "banana"], ["stageId", "stage-1"], ["laneId", "lane-actions"], ["title", "Wrong kind"], ["order", "a5"]]));
      cards.set("bad2", new Y.Map<unknown>([["kind", "note"], ["stageId", "nowhere"], ["laneId", "lane-actions"], ["title", "Lost card"], ["order", "a6"]]));
      cards.set("ok2", new Y.Map<unknown>([["kind", "note"], ["stageId", "stage-2"], ["laneId", "lane-actions"], ["title", "Written by a bot"], ["order", "a7"]]));
      bot.doc.getArray("somethingElse").push(["ignored"]);
    });
    await expect.poll(() => card(page, "Written by a bot").count()).toBe(1);
    expect(await card(page, "A valid card").count()).toBe(1);
    const notice = page.getByRole("button", { name: "2 items could not be shown" });
    await expect.poll(() => notice.count()).toBe(1);
    await notice.click();
    const list = await page.locator(".problem-list li").allTextContents();
    expect(list).toHaveLength(2);
    expect(list.join("\n")).toContain("cards bad1");
    expect(list.join("\n")).toContain("cards bad2");
    // The page stays usable: a new card can still be added.
    await page.getByRole("button", { name: "Add card in Stage 3 · Customer actions" }).click();
    await page.getByRole("textbox", { name: "Card title" }).fill("Still editable");
    await page.getByRole("textbox", { name: "Card title" }).press("Enter");
    await expect.poll(() => card(page, "Still editable").count()).toBe(1);
    bot.destroy();
    await context.close();
  });

  it("says so in a sentence when the owner deletes the map under an open page", async () => {
    const { context, page, map } = await openNewMap(running.browser, running.server, { journey: templateJourney("blank", "en", "Soon gone") });
    const res = await fetch(`${running.server.url}/api/maps/${map.id}`, { method: "DELETE", headers: { authorization: `Bearer ${map.ownerKey}` } });
    expect(res.status).toBe(204);
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "This map was deleted by its owner." }).count()).toBe(1);
    expect(await page.locator('[role="status"]').getAttribute("data-link")).toBe("closed");
    await context.close();
  });
});
