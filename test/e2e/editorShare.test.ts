/**
 * Sharing and language: the share dialog's links, replacing keys and deleting a map (owner),
 * and the header's language switch.
 */
import { describe, expect, it } from "vitest";
import { templateJourney } from "../../shared/templates";
import { openMap, openNewMap, usePageServer, waitForConnected } from "./support/mapPage";
import { createMap } from "../support/server";

const running = usePageServer();

describe("sharing a map", () => {
  it("[S30] an owner on another device shares the edit and view links without replacing keys", async () => {
    const map = await createMap(running.server.url, { title: "Owner elsewhere" });
    // A fresh browser context knows nothing but the owner link.
    const { context, page } = await openMap(running.browser, running.server, map.id, map.ownerKey);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Share this map" });
    const edit = dialog.getByRole("textbox", { name: /^Edit link/ });
    await edit.waitFor();
    expect(await edit.inputValue()).toBe(`${running.server.url}/m/${map.id}#k=${map.editKey}`);
    expect(await dialog.getByRole("textbox", { name: /^View link/ }).inputValue()).toBe(`${running.server.url}/m/${map.id}#k=${map.viewKey}`);
    expect(await dialog.getByText("known only on the device").count()).toBe(0);
    await context.close();

    // An editor's page does not get the other links.
    const editor = await openMap(running.browser, running.server, map.id, map.editKey);
    await editor.page.getByRole("button", { name: "Share", exact: true }).click();
    const own = editor.page.getByRole("dialog", { name: "Share this map" });
    await own.getByRole("textbox", { name: "Your link" }).waitFor();
    expect(await own.getByRole("textbox", { name: /^View link/ }).count()).toBe(0);
    await editor.context.close();
  });

  it("[A22][A23] the creator's dialog shows the edit and view links; replacing the keys cuts off the old links; deleting removes the map", async () => {
    const context = await running.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(running.server.url);
    await page.getByRole("textbox", { name: "Map title" }).fill("Shared map");
    await page.getByRole("button", { name: "Create map" }).click();
    await waitForConnected(page);
    const mapId = new URL(page.url()).pathname.split("/")[2] ?? "";
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Share this map" });
    const editLink = await dialog.getByRole("textbox", { name: /^Edit link/ }).inputValue();
    const viewLink = await dialog.getByRole("textbox", { name: /^View link/ }).inputValue();
    expect(editLink).toMatch(new RegExp(`^${running.server.url}/m/${mapId}#k=.+`));
    expect(viewLink).toMatch(new RegExp(`^${running.server.url}/m/${mapId}#k=.+`));
    expect(viewLink).not.toBe(editLink);
    expect(await dialog.getByRole("button", { name: "Export JSON" }).count()).toBe(1);
    const keyOf = (link: string) => decodeURIComponent(link.split("#k=")[1] ?? "");

    // Someone holds the view link open: it opens read-only.
    const viewer = await openMap(running.browser, running.server, mapId, keyOf(viewLink));
    await expect.poll(() => viewer.page.getByText("View only").count()).toBe(1);
    page.once("dialog", (d) => void d.accept());
    await dialog.getByRole("button", { name: "Replace all links" }).click();
    await expect.poll(() => viewer.page.getByRole("alert").filter({ hasText: "replaced this map's links" }).count()).toBe(1);
    await waitForConnected(page);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const newEdit = await page.getByRole("dialog", { name: "Share this map" }).getByRole("textbox", { name: /^Edit link/ }).inputValue();
    expect(newEdit).not.toBe(editLink);
    expect(newEdit).toContain(`/m/${mapId}#k=`);
    const oldKeyAnswer = await fetch(`${running.server.url}/api/maps/${mapId}`, { headers: { authorization: `Bearer ${keyOf(editLink)}` } });
    expect(oldKeyAnswer.status).toBe(401);
    const newKeyAnswer = await fetch(`${running.server.url}/api/maps/${mapId}`, { headers: { authorization: `Bearer ${keyOf(newEdit)}` } });
    expect(((await newKeyAnswer.json()) as { role: string }).role).toBe("editor");

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("dialog", { name: "Share this map" }).getByRole("button", { name: "Delete map" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/");
    expect(await page.getByRole("region", { name: "Opened on this device" }).getByText("Shared map").count()).toBe(0);
    const gone = await fetch(`${running.server.url}/api/maps/${mapId}`, { headers: { authorization: `Bearer ${keyOf(newEdit)}` } });
    expect(gone.status).toBeGreaterThanOrEqual(400);
    await viewer.context.close();
    await context.close();
  });

  it("an editor's dialog offers their own link, and no owner actions", async () => {
    const owner = await openNewMap(running.browser, running.server, { journey: templateJourney("blank", "en", "Team map") });
    const editor = await openMap(running.browser, running.server, owner.map.id, owner.map.editKey);
    await editor.page.getByRole("button", { name: "Share", exact: true }).click();
    const dialog = editor.page.getByRole("dialog", { name: "Share this map" });
    expect(await dialog.getByRole("textbox", { name: "Your link" }).inputValue()).toBe(`${running.server.url}/m/${owner.map.id}#k=${owner.map.editKey}`);
    expect(await dialog.getByRole("button", { name: "Delete map" }).count()).toBe(0);
    expect(await dialog.getByRole("button", { name: "Replace all links" }).count()).toBe(0);
    await owner.context.close();
    await editor.context.close();
  });
});

describe("language", () => {
  it("follows the browser's language and switches in the header, kept on the device", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: templateJourney("blank", "de"), locale: "de-DE" });
    await expect.poll(() => page.getByRole("toolbar", { name: "Werkzeuge" }).getByRole("button", { name: "Karte hinzufügen" }).count()).toBe(1);
    await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
    await expect.poll(() => page.getByRole("toolbar", { name: "Map tools" }).getByRole("button", { name: "Add card" }).count()).toBe(1);
    await page.reload();
    await waitForConnected(page);
    await expect.poll(() => page.getByRole("button", { name: "Add stage" }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await context.close();
  });
});
