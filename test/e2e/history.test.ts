/**
 * History in Chromium against the real server (api.md "History", H5, H8): Ana deletes a stage,
 * Lea brings just those cards back from History; then Lea restores a whole version and every
 * open page shows it.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { exampleJourney } from "../support/example";
import { card, importJourney, openMap, stageHeader, usePageServer, waitForSaved } from "./support/mapPage";

const running = usePageServer();
const TRIAL_CARDS = exampleJourney()
  .cards.filter((c) => c.stageId === "trial")
  .map((c) => c.title);

async function openHistory(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "History", exact: true }).click();
  await page.getByRole("heading", { name: "History", level: 2 }).waitFor();
}

describe("history", () => {
  it("[H8][H5] Ana deletes a stage, Lea restores just those cards; then Lea restores a whole version and every open page shows it", async () => {
    const map = await importJourney(running.server, exampleJourney());
    const ana = await openMap(running.browser, running.server, map.id, map.editKey, { name: "Ana" });
    const lea = await openMap(running.browser, running.server, map.id, map.editKey, { name: "Lea" });

    // Lea names the current state.
    await openHistory(lea.page);
    await lea.page.getByRole("textbox", { name: "Name this version" }).fill("before the workshop");
    await lea.page.getByRole("button", { name: "Name this version" }).click();
    await lea.page.getByRole("status").filter({ hasText: "Saved as “before the workshop”." }).waitFor();
    const named = lea.page.getByRole("button", { name: /^Show version of .*\(before the workshop\)$/ });
    await named.waitFor();

    // Ana deletes the stage "Trial sign-up" with its four cards; both pages lose them.
    await ana.page.getByRole("button", { name: "Delete stage Trial sign-up and its cards" }).click();
    await ana.page.getByRole("dialog", { name: "Delete stage “Trial sign-up”?" }).getByRole("button", { name: /^Delete, with/ }).click();
    await waitForSaved(ana.page);
    for (const page of [ana.page, lea.page]) await expect.poll(() => card(page, TRIAL_CARDS[0] as string).count()).toBe(0);

    // Lea shows the named version: read-only on the canvas, the deleted cards marked and listed.
    await named.click();
    await lea.page.getByText(/read-only\. Highlighted: what differs from now\./).waitFor();
    await expect.poll(() => lea.page.locator('.card[data-history="removed"]').count()).toBe(TRIAL_CARDS.length);
    await expect.poll(() => lea.page.getByRole("group", { name: /\(Deleted since this version\)$/ }).count()).toBe(TRIAL_CARDS.length);
    for (const title of TRIAL_CARDS) await lea.page.getByRole("button", { name: `Restore card “${title}”` }).waitFor();
    // Ana's page still shows the live map.
    await expect.poll(() => card(ana.page, TRIAL_CARDS[0] as string).count()).toBe(0);

    // Restore this card, one per deleted card.
    for (const title of TRIAL_CARDS) {
      await lea.page.getByRole("button", { name: `Restore card “${title}”` }).click();
      await lea.page.getByRole("status").filter({ hasText: `“${title}” is back.` }).waitFor();
    }
    await lea.page.getByRole("button", { name: "Back to now" }).first().click();
    for (const page of [ana.page, lea.page]) {
      for (const title of TRIAL_CARDS) await expect.poll(() => card(page, title).count()).toBe(1);
      await expect.poll(() => stageHeader(page, "Trial sign-up").count()).toBe(1);
    }

    // Ana deletes a card elsewhere; Lea restores the whole named version; every page shows it.
    const other = "Invoice editor";
    await card(ana.page, other).click();
    await ana.page.keyboard.press("Delete");
    const confirm = ana.page.getByRole("dialog");
    if (await confirm.isVisible().catch(() => false)) await confirm.getByRole("button", { name: /^Delete/ }).click();
    for (const page of [ana.page, lea.page]) await expect.poll(() => card(page, other).count()).toBe(0);
    await waitForSaved(ana.page);
    await named.click();
    await lea.page.getByRole("button", { name: "Restore this version" }).click();
    await lea.page.getByRole("group", { name: "Restore this version" }).getByRole("button", { name: "Restore this version" }).click();
    await lea.page.getByRole("status").filter({ hasText: "Restored. The state before is kept as a version." }).waitFor();
    for (const page of [ana.page, lea.page]) {
      await expect.poll(() => card(page, other).count()).toBe(1);
      for (const title of TRIAL_CARDS) await expect.poll(() => card(page, title).count()).toBe(1);
    }
    // The state before the restore is a version Lea can go back to.
    await expect.poll(() => lea.page.getByText("Before a restore").count()).toBeGreaterThan(0);
    await ana.context.close();
    await lea.context.close();
  });
});
