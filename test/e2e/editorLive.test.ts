/**
 * The live map in a real Chromium against the real server: two people at once, a viewer, an
 * edit made offline, and importing the example journey file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Journey } from "../../shared/schema/journey";
import { templateJourney } from "../../shared/templates";
import { card, dragBy, openMap, openNewMap, usePageServer, waitForConnected, waitForSaved } from "./support/mapPage";

const EXAMPLE = fileURLToPath(new URL("../fixtures/onboarding.journey.json", import.meta.url));

const running = usePageServer();

function journeyWith(titles: string[]): Journey {
  const j = templateJourney("blank", "en", "Live map");
  titles.forEach((title, i) => j.cards.push({ id: `c${i}`, kind: "action", stageId: "stage-1", laneId: "lane-actions", title }));
  return j;
}

async function addCardByKeyboard(page: Page, title: string): Promise<void> {
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("n");
  const input = page.getByRole("textbox", { name: "Card title" });
  await input.fill(title);
  await input.press("Enter");
}

describe("the live map", () => {
  it("two people edit at once and converge; each one's undo takes back only their own change", async () => {
    const a = await openNewMap(running.browser, running.server, { journey: journeyWith(["Shared card"]), name: "Ada" });
    const b = await openMap(running.browser, running.server, a.map.id, a.map.editKey, { name: "Ben" });
    await Promise.all([addCardByKeyboard(a.page, "Idea from Ada"), addCardByKeyboard(b.page, "Idea from Ben")]);
    // Different fields of one card, at once: both changes win.
    await card(a.page, "Shared card").click();
    await card(b.page, "Shared card").click();
    await Promise.all([
      a.page.getByRole("combobox", { name: "Channel" }).selectOption({ label: "Email" }),
      b.page.getByRole("combobox", { name: "Status" }).selectOption({ label: "In progress" }),
    ]);
    for (const page of [a.page, b.page]) {
      for (const title of ["Shared card", "Idea from Ada", "Idea from Ben"]) await expect.poll(() => card(page, title).count()).toBe(1);
      await card(page, "Shared card").click();
      await expect.poll(() => page.getByRole("combobox", { name: "Channel" }).locator("option:checked").textContent()).toBe("Email");
      await expect.poll(() => page.getByRole("combobox", { name: "Status" }).locator("option:checked").textContent()).toBe("In progress");
    }
    // Ben sees Ada among the people here.
    await expect.poll(() => b.page.getByText("Ada").count()).toBeGreaterThan(0);

    // Ada undoes until her card is gone; Ben's card and Ben's status stay, for both.
    await a.page.locator(".react-flow__pane").click({ position: { x: 5, y: 400 } });
    for (let i = 0; i < 4; i++) await a.page.keyboard.press("Control+z");
    for (const page of [a.page, b.page]) {
      await expect.poll(() => card(page, "Idea from Ada").count()).toBe(0);
      await expect.poll(() => card(page, "Idea from Ben").count()).toBe(1);
      await card(page, "Shared card").click();
      await expect.poll(() => page.getByRole("combobox", { name: "Status" }).locator("option:checked").textContent()).toBe("In progress");
    }
    await a.context.close();
    await b.context.close();
  });

  it("[A7][A26] a viewer sees the map live, marked view only, and cannot change anything", async () => {
    const owner = await openNewMap(running.browser, running.server, { journey: journeyWith(["Look, don't touch"]) });
    const viewer = await openMap(running.browser, running.server, owner.map.id, owner.map.viewKey);
    const page = viewer.page;
    await expect.poll(() => page.getByText("View only").count()).toBe(1);
    for (const name of ["Add card", "Add stage", "Add lane", "Undo", /^Add card in /, /^Delete stage /, /^Rename lane /]) {
      expect(await page.getByRole("button", { name }).count(), String(name)).toBe(0);
    }
    // Keyboard, double-click and dragging change nothing.
    const before = await card(page, "Look, don't touch").boundingBox();
    const place = () => page.locator(".inspector-form > p").first().textContent();
    await card(page, "Look, don't touch").dblclick();
    expect(await page.getByRole("textbox", { name: "Card title" }).count()).toBe(0);
    await page.keyboard.press("n");
    await page.keyboard.press("Delete");
    await dragBy(page, card(page, "Look, don't touch"), { x: (before?.x ?? 0) + 400, y: (before?.y ?? 0) + 300 });
    await card(page, "Look, don't touch").click();
    expect(await place()).toBe("Stage 1 · Customer actions");
    expect(await page.getByRole("textbox", { name: "Title" }).isDisabled()).toBe(true);
    expect(await page.locator(".react-flow__node-card").count()).toBe(1);
    // The owner's page never saw a change from the viewer; the viewer sees the owner's.
    await addCardByKeyboard(owner.page, "Added by the owner");
    await expect.poll(() => card(page, "Added by the owner").count()).toBe(1);
    expect(await owner.page.locator(".react-flow__node-card").count()).toBe(2);
    await owner.context.close();
    await viewer.context.close();
  });

  it("an edit made offline is kept, shown as not saved, and reaches the other person after reconnecting", async () => {
    const a = await openNewMap(running.browser, running.server, { journey: journeyWith(["Before the outage"]) });
    const b = await openMap(running.browser, running.server, a.map.id, a.map.editKey);
    await b.context.setOffline(true);
    await expect.poll(() => b.page.locator('[role="status"]').getAttribute("data-link")).toBe("offline");
    await addCardByKeyboard(b.page, "Written on the train");
    await expect.poll(() => b.page.locator('[role="status"]').textContent()).toContain("Not saved yet");
    await a.page.waitForTimeout(1_000);
    expect(await card(a.page, "Written on the train").count()).toBe(0);
    await b.context.setOffline(false);
    await waitForSaved(b.page);
    await expect.poll(() => card(a.page, "Written on the train").count()).toBe(1);
    await a.context.close();
    await b.context.close();
  });

  it("edits made while the running.server is unreachable survive a reload (IndexedDB) and are sent afterwards", async () => {
    const a = await openNewMap(running.browser, running.server, { journey: journeyWith(["Kept on the device"]) });
    const b = await openMap(running.browser, running.server, a.map.id, a.map.editKey);
    // The page loads, but its socket cannot reach the running.server until `blocked` is lifted.
    let blocked = true;
    await b.context.routeWebSocket(/\/sync\//, (ws) => {
      if (blocked) ws.close({ code: 4500, reason: "test: unreachable" });
      else ws.connectToServer();
    });
    await b.page.reload();
    await expect.poll(() => card(b.page, "Kept on the device").count()).toBe(1);
    await addCardByKeyboard(b.page, "Survives a reload");
    await b.page.waitForTimeout(500);
    await b.page.reload();
    await expect.poll(() => card(b.page, "Survives a reload").count()).toBe(1);
    expect(await card(a.page, "Survives a reload").count()).toBe(0);
    blocked = false;
    await b.page.reload();
    await waitForConnected(b.page);
    await waitForSaved(b.page);
    await expect.poll(() => card(a.page, "Survives a reload").count()).toBe(1);
    await a.context.close();
    await b.context.close();
  });

  it("[F13] the example file imports on the home page and every card is visible; an invalid file lists its problems and opens nothing", async () => {
    const context = await running.browser.newContext({ viewport: { width: 1920, height: 1200 }, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(running.server.url);
    const broken = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Journey;
    broken.cards[0]!.stageId = "nowhere";
    await page.getByLabel("Journey file to import").setInputFiles({ name: "broken.journey.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.getByRole("alert").textContent()).toContain('cards[0].stageId');
    expect(new URL(page.url()).pathname).toBe("/");

    await page.getByLabel("Journey file to import").setInputFiles(EXAMPLE);
    await waitForConnected(page);
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Journey;
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(example.title);
    for (const c of example.cards) {
      await expect.poll(() => card(page, c.title).isVisible(), { message: c.title }).toBe(true);
    }
    expect(await page.locator(".react-flow__node-card").count()).toBe(example.cards.length);
    expect(await page.getByRole("group", { name: /^Link from / }).count()).toBe(example.links?.length ?? 0);
    await context.close();
  });
});
