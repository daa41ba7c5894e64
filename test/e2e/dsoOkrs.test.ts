/**
 * Shared OKRs in a real Chromium against the real server: an objective of two teams is shared
 * and says so, its key result is linked to a touchpoint that then shows it on the map, and the
 * progress follows the clamp rule as the current value changes (SPEC.md F31, F33, D9).
 */
import { describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { card, importJourney, usePageServer } from "./support/mapPage";
import { exampleJourney, openOn, openView } from "./dsoSupport";

const env = usePageServer();

const progressOf = (bar: Locator) => bar.getAttribute("aria-valuenow");

describe("DSO shared OKRs", () => {
  it("[F31][F33][D9][WS11] creates a shared objective, links its key result to a card and follows its progress", async () => {
    const map = await importJourney(env.server, exampleJourney());
    const page = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-21");
    const panel = await openView(page, "OKRs");

    const form = panel.getByRole("form", { name: "New objective" });
    await form.getByLabel("Objective").fill("Support answers in one contact");
    await form.getByLabel("Period").fill("2027-Q1");
    await form.getByRole("checkbox", { name: "Product" }).check();
    await form.getByRole("checkbox", { name: "Customer Care" }).check();
    expect(await form.textContent()).toContain("Shared by 2 teams.");
    await form.getByLabel("Key result").fill("First-contact resolution");
    await form.getByLabel("Baseline").fill("70");
    await form.getByLabel("Current").fill("75");
    await form.getByLabel("Target").fill("90");
    await form.getByRole("button", { name: "Create objective" }).click();

    const objective = panel.getByRole("article", { name: "Support answers in one contact" });
    await objective.waitFor();
    expect(await objective.textContent()).toContain("Shared by 2 teams");
    const kr = objective.getByRole("progressbar", { name: "Progress of “First-contact resolution”" });
    const rollup = objective.getByRole("progressbar", { name: "Overall progress of “Support answers in one contact”" });
    expect(await progressOf(kr)).toBe("25");
    expect(await progressOf(rollup)).toBe("25");

    // Linked to the live chat, the key result shows on that card of the map.
    await objective.getByRole("combobox", { name: "Link a touchpoint to “First-contact resolution”" }).selectOption({ label: "Live chat" });
    // The live chat is in the last stage, beside the panel: zoom out until it is in view.
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(() => card(page, "Live chat").textContent()).toContain("First-contact resolution 25 %");

    // Progress follows the current value, clamped to 0..100 %.
    const current = objective.getByRole("textbox", { name: "Current value of “First-contact resolution”" });
    await current.fill("85");
    await current.press("Enter");
    await expect.poll(() => progressOf(kr)).toBe("75");
    await expect.poll(() => card(page, "Live chat").textContent()).toContain("First-contact resolution 75 %");
    await current.fill("95,5");
    await current.press("Enter");
    await expect.poll(() => progressOf(kr)).toBe("100");

    // A second key result without a current value has no progress and leaves the roll-up alone;
    // once it has one, the roll-up is the mean of both.
    await objective.getByRole("textbox", { name: "New key result", exact: true }).fill("Chat open until 20:00");
    await objective.getByRole("textbox", { name: "Target of the new key result" }).fill("20");
    await objective.getByRole("button", { name: "Add key result" }).click();
    const second = objective.getByRole("progressbar", { name: "Progress of “Chat open until 20:00”" });
    await expect.poll(() => second.getAttribute("aria-valuetext")).toBe("no value yet");
    expect(await progressOf(rollup)).toBe("100");
    await objective.getByRole("textbox", { name: "Baseline of “Chat open until 20:00”" }).fill("17");
    await objective.getByRole("textbox", { name: "Baseline of “Chat open until 20:00”" }).press("Enter");
    await objective.getByRole("textbox", { name: "Current value of “Chat open until 20:00”" }).fill("18");
    await objective.getByRole("textbox", { name: "Current value of “Chat open until 20:00”" }).press("Enter");
    await expect.poll(() => progressOf(second)).toBe("33");
    await expect.poll(() => progressOf(rollup)).toBe("67");

    // The overview shows the same roll-up, and a one-team objective is not shared.
    const overview = await openView(page, "Overview");
    await expect.poll(() => progressOf(overview.getByRole("progressbar", { name: "Support answers in one contact" }))).toBe("67");
    const stored = await (await fetch(`${env.server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } })).json();
    const okr = stored.okrs.find((o: { objective: string }) => o.objective === "Support answers in one contact");
    expect(okr).toMatchObject({ period: "2027-Q1", teamIds: ["product", "care"] });
    expect(okr.keyResults[0]).toMatchObject({ title: "First-contact resolution", baseline: 70, current: 95.5, target: 90, cardIds: ["t6"] });
    await page.context().close();
  });
});
