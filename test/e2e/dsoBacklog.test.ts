/**
 * The CX backlog in a real Chromium against the real server: sorted by the core's priority,
 * filterable, edited in place, following an edit made in another browser context live, a title
 * showing its card on the map, and read-only for viewers (SPEC.md D10, D11).
 */
import { describe, expect, it } from "vitest";
import { importJourney, usePageServer } from "./support/mapPage";
import { backlogOrder, exampleJourney, openOn, openView } from "./dsoSupport";

const env = usePageServer();

const CHAT = "Chat closes at 17:00 while invoicing happens after hours";

describe("DSO CX backlog", () => {
  it("[D10][D11] orders by priority, filters, and follows an edit made in another browser context", async () => {
    const map = await importJourney(env.server, exampleJourney());
    const alice = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-21");
    const bob = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-21");
    const mine = await openView(alice, "Backlog");
    const theirs = await openView(bob, "Backlog");

    // impact x (6 - effort): p2 5x4=20 (11 votes), o1 5x4=20 (no votes), p1 4x4=16, o2 3x3=9, p3 3x2=6.
    await expect.poll(() => backlogOrder(mine)).toEqual(["p2", "o1", "p1", "o2", "p3"]);
    expect(await mine.textContent()).toContain("impact × (6 − effort)");

    // Bob rates the chat pain point impact 5, effort 1 (priority 25): it tops Alice's table.
    await theirs.getByRole("combobox", { name: `Impact of “${CHAT}”` }).selectOption("5");
    await theirs.getByRole("combobox", { name: `Effort of “${CHAT}”` }).selectOption("1");
    await expect.poll(() => backlogOrder(mine)).toEqual(["p3", "p2", "o1", "p1", "o2"]);
    expect(await mine.locator('tr[data-card-id="p3"]').textContent()).toContain("25");

    // Alice marks the top item in progress; Bob filters by status and by team.
    await mine.getByRole("combobox", { name: `Status of “${CHAT}”` }).selectOption({ label: "In progress" });
    await theirs.getByRole("combobox", { name: "Filter by status" }).selectOption({ label: "In progress" });
    await expect.poll(() => backlogOrder(theirs)).toEqual(["p3", "p2"]);
    await theirs.getByRole("combobox", { name: "Filter by status" }).selectOption({ label: "All" });
    await theirs.getByRole("combobox", { name: "Filter by team" }).selectOption({ label: "Product" });
    await expect.poll(() => backlogOrder(theirs)).toEqual(["p2", "o1"]);
    await theirs.getByRole("combobox", { name: "Filter by stage" }).selectOption({ label: "Support" });
    expect(await theirs.textContent()).toContain("No pain points or opportunities match.");

    // A title shows its card on the map: the canvas selects it.
    await mine.getByRole("button", { name: "Umlauts (ä, ö, ü) break in the CSV import" }).click();
    await expect.poll(() => alice.locator(".card.is-selected").textContent()).toContain("Umlauts (ä, ö, ü) break in the CSV import");

    // A viewer sees the same order and cannot change anything.
    const viewer = await openOn(env.browser, env.server, map.id, map.viewKey, "2026-11-21");
    const readOnly = await openView(viewer, "Backlog");
    await expect.poll(() => backlogOrder(readOnly)).toEqual(["p3", "p2", "o1", "p1", "o2"]);
    expect(await readOnly.getByRole("combobox", { name: /^(Status|Impact|Effort) of/ }).count()).toBe(0);
    expect(await readOnly.locator('tr[data-card-id="p3"]').textContent()).toContain("In progress");
    await Promise.all([alice.context().close(), bob.context().close(), viewer.context().close()]);
  });
});
