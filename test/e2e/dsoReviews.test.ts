/**
 * A review round in a real Chromium against the real server, with the day and time injected
 * (`?today=`, `?now=`): "I am" picks a person on this device, the queue holds what that person
 * has to review, reviews are stored and shown on the cards and in the log, and a new turn makes
 * the missed touchpoints overdue (SPEC.md D4, D6, D7, D8).
 */
import { describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { card, importJourney, usePageServer } from "./support/mapPage";
import { exampleJourney, moveTo, openOn, openView } from "./dsoSupport";

const env = usePageServer();

/** The titles in the "To review" list, top to bottom. */
function queue(panel: Locator): Locator {
  return panel.getByRole("list", { name: "Touchpoints to review" }).getByRole("listitem");
}

async function titles(items: Locator): Promise<string[]> {
  return items.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
}

describe("DSO review round", () => {
  it("[D6][D7][D8] a team member and then the journey owner review their touchpoints; the next turn shows what was missed", async () => {
    // The example: 28-day turns from 2026-09-07; 2026-11-21 lies in Sven's turn 2026-11-02..2026-11-29.
    const map = await importJourney(env.server, exampleJourney());
    const page = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-21", "2026-11-21T10:00:00Z");
    const panel = await openView(page, "Reviews");
    expect(await panel.textContent()).toContain("0 of 6 touchpoints reviewed");

    // Lin is in Product and not the journey owner: only Product's two touchpoints are hers.
    await panel.getByLabel("I am").selectOption({ label: "Lin Zhou" });
    await expect.poll(() => titles(queue(panel))).toEqual(["Invoice editor", "CSV import wizard"]);
    expect(await queue(panel).first().textContent()).toContain("Overdue");

    const wizard = queue(panel).filter({ hasText: "CSV import wizard" });
    await wizard.getByRole("textbox", { name: "Note on “CSV import wizard”" }).fill("Encoding preview works now.");
    await wizard.getByRole("button", { name: "Mark “CSV import wizard” OK" }).click();
    await queue(panel).filter({ hasText: "Invoice editor" }).getByRole("button", { name: "Mark “Invoice editor” as needing work", exact: true }).click();
    await expect.poll(() => queue(panel).count()).toBe(0);
    expect(await panel.textContent()).toContain("All done for this turn");

    // The cards say so on the map, and the log lists both reviews (same pinned instant: list order).
    await expect.poll(() => card(page, "CSV import wizard").textContent()).toContain("Reviewed");
    await expect.poll(() => card(page, "Invoice editor").textContent()).toContain("Needs work");
    const log = panel.getByRole("table", { name: "Review log" }).getByRole("row");
    await expect.poll(() => log.count()).toBe(2);
    expect(await log.allTextContents()).toEqual([
      expect.stringMatching(/CSV import wizard\s*Lin Zhou\s*OK\s*Encoding preview works now\./),
      expect.stringMatching(/Invoice editor\s*Lin Zhou\s*Needs work/),
    ]);

    // The same device now speaks for Sven, the journey owner: every touchpoint not reviewed yet.
    await panel.getByLabel("I am").selectOption({ label: "Sven Müller" });
    await expect.poll(() => titles(queue(panel))).toEqual(["Comparison article", "Sign-up form", "Welcome e-mail", "Live chat"]);
    expect(await panel.textContent()).toContain("2 of 6 touchpoints reviewed");
    await queue(panel).filter({ hasText: "Live chat" }).getByRole("button", { name: "Mark “Live chat” OK" }).click();
    await expect.poll(() => titles(queue(panel))).toEqual(["Comparison article", "Sign-up form", "Welcome e-mail"]);

    // Next turn (Jana's, from 2026-11-30): what was reviewed last turn is due, the rest overdue.
    await moveTo(page, "2026-11-30", "2026-11-30T09:00:00Z");
    const next = await openView(page, "Reviews");
    await next.getByLabel("I am").selectOption({ label: "Jana Becker" });
    await expect.poll(() => titles(queue(next))).toEqual(["Comparison article", "Sign-up form", "Welcome e-mail", "CSV import wizard", "Invoice editor", "Live chat"]);
    const marks = await queue(next).evaluateAll((els) => els.map((e) => (e.textContent ?? "").includes("Overdue")));
    expect(marks).toEqual([true, true, true, false, false, false]);
    expect(await card(page, "Comparison article").textContent()).toContain("Overdue");
    expect(await card(page, "Live chat").textContent()).toContain("Review due");
    // The log still has last turn's reviews under that turn.
    await next.getByRole("combobox", { name: /^Turn/ }).selectOption({ index: 1 });
    await expect.poll(() => next.getByRole("table", { name: "Review log" }).getByRole("row").count()).toBe(3);
    await page.context().close();
  });
});
