/**
 * The participant role on the page (API-RULES.md P1-P7): an owner shares the participant link;
 * the participant votes and comments, sees the map read-only, and a write forced through the
 * socket with the participant key is not stored.
 */
import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { CLOSE } from "../../shared/protocol";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";
import { connectClient } from "../integration/helpers/clients";
import { card, dragBy, importJourney, openMap, usePageServer } from "./support/mapPage";

const running = usePageServer();
const CREDIT_CARD = "Asked for a credit card before seeing the product";
const SHOTS = process.env.BATON_SHOTS_DIR ?? "/tmp/participant-shots";

async function exported(id: string, key: string): Promise<Journey> {
  const res = await fetch(`${running.server.url}/api/maps/${id}/export.json`, { headers: { authorization: `Bearer ${key}` } });
  return (await res.json()) as Journey;
}

describe("a participant", () => {
  it("[P1][P3][P4][P7] gets the link from the owner, votes and comments, cannot change the map, and a forced write is not stored", async () => {
    const map = await importJourney(running.server, exampleJourney());
    const original = exampleJourney().cards.find((c) => c.title === CREDIT_CARD);
    const owner = await openMap(running.browser, running.server, map.id, map.ownerKey, { name: "Olivia" });
    await owner.page.getByRole("button", { name: "Share", exact: true }).click();
    const dialog = owner.page.getByRole("dialog", { name: "Share this map" });
    const linkBox = dialog.getByRole("textbox", { name: /^Participant link/ });
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    const key = new URL(link).hash.replace("#k=", "");
    expect(link).toBe(`${running.server.url}/m/${map.id}#k=${key}`);
    expect(key).not.toBe(map.viewKey);
    await dialog.getByRole("button", { name: "Close" }).click();

    const res = await fetch(`${running.server.url}/api/maps/${map.id}/commands`, {
      method: "POST",
      headers: { authorization: `Bearer ${map.editKey}`, "content-type": "application/json" },
      body: JSON.stringify({ commands: [{ type: "startVoteRound", round: { id: "R1", target: "painPoints", budget: 3, hidden: false } }] }),
    });
    expect(res.status).toBe(200);

    const guest = await openMap(running.browser, running.server, map.id, key, { name: "Pia" });
    const page = guest.page;
    await expect.poll(() => page.getByText("Participant", { exact: true }).count()).toBe(1);
    expect(await page.getByText("View only").count()).toBe(0);
    await page.getByRole("button", { name: "Fit View" }).click();

    // Votes.
    await page.getByText("3 of 3 dots left").waitFor();
    await page.getByRole("button", { name: `Add a dot to ${CREDIT_CARD}` }).click();
    await page.getByText("2 of 3 dots left").waitFor();

    // Comments: write one and resolve it.
    await card(page, CREDIT_CARD).hover();
    await page.getByRole("button", { name: `Comments: 0 on ${CREDIT_CARD}` }).click();
    const thread = page.getByRole("dialog", { name: `Comments on ${CREDIT_CARD}` });
    await thread.getByLabel("Write a comment").fill("Could the trial start without a card?");
    await thread.getByRole("button", { name: "Post" }).click();
    let file = await exported(map.id, map.viewKey);
    for (let i = 0; i < 100 && !file.comments?.some((c) => c.author === "Pia"); i++) {
      await page.waitForTimeout(100);
      file = await exported(map.id, map.viewKey);
    }
    expect(file.comments?.find((c) => c.author === "Pia")).toMatchObject({ cardId: original?.id, text: "Could the trial start without a card?" });
    await thread.getByRole("button", { name: "Resolve" }).click();
    await thread.getByRole("button", { name: "Reopen" }).waitFor();
    expect(await thread.getByRole("button", { name: "Delete" }).count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/participant-1440x900-comments.png` });
    await thread.getByRole("button", { name: "Close" }).first().click();

    // The owner sees the participant's dot on the card.
    await owner.page.getByRole("button", { name: "Fit View" }).click();
    await expect.poll(() => owner.page.getByRole("button", { name: `Take a dot back from ${CREDIT_CARD}` }).count()).toBe(0);
    const viewerDoc = connectClient(running.server.url, map.id, map.viewKey);
    await viewerDoc.synced;
    const ballots = viewerDoc.doc.getMap("workshop").get("ballots") as Y.Map<unknown>;
    expect([...ballots.values()]).toEqual([{ [original?.id ?? ""]: 1 }]);
    viewerDoc.destroy();

    // The map itself is read-only: no add, no edit, no drag, no undo.
    for (const name of ["Add card", "Add stage", "Add lane", "Undo", /^Add card in /, /^Delete stage /]) {
      expect(await page.getByRole("button", { name }).count(), String(name)).toBe(0);
    }
    const before = await card(page, CREDIT_CARD).boundingBox();
    await card(page, CREDIT_CARD).dblclick();
    expect(await page.getByRole("textbox", { name: "Card title" }).count()).toBe(0);
    await page.keyboard.press("n");
    await page.keyboard.press("Delete");
    await dragBy(page, card(page, CREDIT_CARD), { x: (before?.x ?? 0) + 300, y: (before?.y ?? 0) + 250 });
    // The inspector shows the selected card, read-only.
    expect(await page.getByRole("textbox", { name: "Title" }).inputValue()).toBe(CREDIT_CARD);
    expect(await page.getByRole("textbox", { name: "Title" }).isDisabled()).toBe(true);
    // Dragging a card a participant cannot move pans the canvas instead: fit it back.
    await page.getByRole("button", { name: "Fit View" }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/participant-1440x900.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/participant-390x844.png` });
    expect(await page.locator('[role="status"]').getAttribute("data-link")).toBe("connected");

    // A write forced through the socket with the participant key is dropped and its socket closed.
    const forced = connectClient(running.server.url, map.id, key);
    forced.provider.awareness.setLocalStateField("user", { name: "Mallory", color: "#cc3333" });
    await forced.synced;
    const closed = new Promise<number>((resolve) => forced.provider.on("connection-close", (e) => resolve(e?.code ?? -1)));
    applyCommands(forced.doc, [{ type: "updateCard", id: original?.id ?? "", patch: { title: "Forced by a participant" } }], "local");
    expect(await closed).toBe(CLOSE.forbidden);
    forced.destroy();
    const after = await exported(map.id, map.viewKey);
    const kept = after.cards.find((c) => c.id === original?.id);
    expect(kept).toMatchObject({ title: CREDIT_CARD, stageId: original?.stageId, laneId: original?.laneId });
    expect(after.cards).toHaveLength(exampleJourney().cards.length);
    await guest.context.close();
    await owner.context.close();
  });
});
