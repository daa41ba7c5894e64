/**
 * Teams, owners and KPIs in a real Chromium against the real server: the unowned-touchpoint
 * highlight, a new team and person, an owner team given in the inspector and to a canvas
 * selection at once, and a metric checked and stored from the inspector (SPEC.md F21, F22, D3).
 */
import { describe, expect, it } from "vitest";
import { card, importJourney, usePageServer } from "./support/mapPage";
import { exampleJourney, openOn, openView } from "./dsoSupport";

const env = usePageServer();

describe("DSO teams and owners", () => {
  it("[D3][F21][F22] highlights unowned touchpoints, gives owners one at a time and to a selection, edits metrics", async () => {
    const example = exampleJourney();
    const journey = { ...example, cards: example.cards.map(({ ownerTeamId, ...c }) => (c.id === "t3" || c.id === "t5" ? c : { ...c, ...(ownerTeamId ? { ownerTeamId } : {}) })) };
    const map = await importJourney(env.server, journey);
    const page = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-21");
    const exported = async () => (await (await fetch(`${env.server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } })).json()) as typeof example;

    const teams = await openView(page, "Teams & rotation");
    expect(await teams.textContent()).toContain("4 of 6 touchpoints have an owner team");
    await teams.getByRole("checkbox", { name: "Highlight touchpoints without an owner on the map (2)" }).check();
    await expect.poll(() => card(page, "Welcome e-mail").textContent()).toContain("No owner");
    expect(await card(page, "Invoice editor").textContent()).toContain("No owner");
    expect(await card(page, "Sign-up form").textContent()).not.toContain("No owner");

    await teams.getByRole("textbox", { name: "New team name" }).fill("Billing");
    await teams.getByRole("button", { name: "Add team" }).click();
    await teams.getByRole("textbox", { name: "New person’s name" }).fill("Ana Souza");
    await teams.getByRole("combobox", { name: "Team of the new person" }).selectOption({ label: "Billing" });
    await teams.getByRole("button", { name: "Add person" }).click();
    await expect.poll(() => teams.getByRole("combobox", { name: "Team of Ana Souza" }).inputValue()).not.toBe("");

    // One card in the inspector...
    await card(page, "Welcome e-mail").click();
    await page.getByRole("tab", { name: "Details" }).click();
    await page.getByRole("combobox", { name: "Owner team", exact: true }).selectOption({ label: "Billing" });
    await expect.poll(() => card(page, "Welcome e-mail").textContent()).not.toContain("No owner");

    // ...and a selection at once, from the canvas toolbar.
    await card(page, "Invoice editor").click();
    await card(page, "Live chat").click({ modifiers: ["Shift"] });
    const bulk = page.getByRole("group", { name: "Owner team for the selection" });
    await bulk.getByRole("combobox").selectOption({ label: "Billing" });
    await bulk.getByRole("button", { name: "Assign" }).click();
    const ownedByBilling = async () => {
      const stored = await exported();
      const billing = stored.teams?.find((t) => t.name === "Billing")?.id;
      return stored.cards.filter((c) => billing !== undefined && c.ownerTeamId === billing).map((c) => c.id).sort();
    };
    await expect.poll(ownedByBilling).toEqual(["t3", "t5", "t6"]);
    await openView(page, "Teams & rotation");
    expect(await page.getByRole("tabpanel").textContent()).toContain("6 of 6 touchpoints have an owner team");

    // A metric from the inspector: a custom one needs a label, numbers may use a decimal comma.
    await card(page, "Welcome e-mail").click();
    await page.getByRole("tab", { name: "Details" }).click();
    const metric = page.getByRole("group", { name: "New metric" });
    await metric.getByRole("combobox", { name: "Metric" }).selectOption({ label: "Custom" });
    await metric.getByLabel("Value").fill("41,5");
    await metric.getByRole("button", { name: "Add metric" }).click();
    await expect.poll(() => metric.getByRole("alert").allTextContents()).toEqual(["A custom metric needs a label."]);
    await metric.getByLabel("Label").fill("Open rate");
    await metric.getByLabel("Target").fill("50");
    await metric.getByLabel("Unit").fill("%");
    await metric.getByRole("button", { name: "Add metric" }).click();
    await expect.poll(async () => (await exported()).cards.find((c) => c.id === "t3")?.metrics).toEqual([{ kind: "custom", label: "Open rate", value: 41.5, target: 50, unit: "%" }]);
    expect(await page.getByText("Off target").count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

