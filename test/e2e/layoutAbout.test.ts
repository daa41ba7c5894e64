/**
 * Issue 11, point 9 in a real Chromium: the persona, the map's description and a stage's
 * description are edited in the app (not only by import) and land in the journey file.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Journey } from "../../shared/schema/journey";
import { openMap, openNewMap, stageHeader, usePageServer, waitForSaved } from "./support/mapPage";

const running = usePageServer();
const onboarding = () => JSON.parse(readFileSync(new URL("../fixtures/onboarding.journey.json", import.meta.url), "utf8")) as Journey;

describe("about this journey", () => {
  it("[PL7] title, description, persona and a stage's description are edited in the app and exported; viewers read them", async () => {
    const journey = onboarding();
    delete journey.persona;
    const { context, page, map } = await openNewMap(running.browser, running.server, { journey });
    await page.getByRole("tab", { name: "About" }).click();
    const panel = page.getByRole("tabpanel");
    await panel.getByRole("heading", { name: "About this journey" }).waitFor();

    await panel.getByLabel("Description", { exact: true }).fill("From the first search to the first invoice sent.");
    // No persona yet: its description and goals wait for a name.
    expect(await panel.getByLabel("About the persona").isDisabled()).toBe(true);
    await panel.getByLabel("Name", { exact: true }).fill("Mara, office manager");
    await panel.getByLabel("Name", { exact: true }).press("Enter");
    await expect.poll(() => panel.getByLabel("About the persona").isDisabled()).toBe(false);
    await panel.getByLabel("About the persona").fill("Runs invoicing for a small agency.");
    await panel.getByLabel("Goals (one per line)").fill("Send the first invoice within a day\n\nImport customers without retyping");
    // A goal over 500 characters is refused as typed, and not written.
    const goals = panel.getByLabel("Goals (one per line)");
    await goals.fill(`Send the first invoice within a day\n${"x".repeat(501)}`);
    await panel.getByRole("alert").filter({ hasText: "500" }).waitFor();
    await goals.fill("Send the first invoice within a day\n\nImport customers without retyping");
    await panel.getByLabel("Title", { exact: true }).click();

    // A stage's description from its header's tools; Escape closes the dialog and keeps the text.
    await stageHeader(page, "Setup").hover();
    await page.getByRole("button", { name: "Describe stage Setup" }).click();
    const dialog = page.getByRole("dialog", { name: "Description of stage Setup" });
    await dialog.getByLabel("Description").fill("Customers bring their data in.");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => stageHeader(page, "Setup").locator(".header-name").getAttribute("title")).toBe("Customers bring their data in.");

    await waitForSaved(page);
    const exported = async () => (await (await fetch(`${running.server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } })).json()) as Journey;
    await expect.poll(async () => {
      const j = await exported();
      return { description: j.description, persona: j.persona, stage: j.stages.find((s) => s.id === "setup")?.description };
    }).toEqual({
      description: "From the first search to the first invoice sent.",
      persona: { name: "Mara, office manager", description: "Runs invoicing for a small agency.", goals: ["Send the first invoice within a day", "Import customers without retyping"] },
      stage: "Customers bring their data in.",
    });

    // A viewer reads the same fields, disabled, and has no stage tools.
    const viewer = await openMap(running.browser, running.server, map.id, map.viewKey);
    await viewer.page.getByRole("tab", { name: "About" }).click();
    const name = viewer.page.getByRole("tabpanel").getByLabel("Name", { exact: true });
    await expect.poll(() => name.inputValue()).toBe("Mara, office manager");
    expect(await name.isDisabled()).toBe(true);
    expect(await viewer.page.getByRole("button", { name: "Describe stage Setup" }).count()).toBe(0);

    // Removing the persona removes it whole.
    await panel.getByRole("button", { name: "Remove the persona" }).click();
    await expect.poll(async () => (await exported()).persona).toBeUndefined();
    await viewer.context.close();
    await context.close();
  });
});
