/**
 * Issue 11, point 3 in a real Chromium: covers inside the rotation display (SPEC.md D15). Roster
 * Olivia, Paul, Rita, Sam; 7 days from 2026-11-23; Sam covers 2026-12-07..09.
 */
import { describe, expect, it } from "vitest";
import { templateJourney } from "../../shared/templates";
import { importJourney, usePageServer } from "./support/mapPage";
import { headerOwnerLine, openOn, openView } from "./dsoSupport";

const env = usePageServer();

function rosterJourney() {
  const journey = templateJourney("blank", "en", "Cover check");
  journey.people = [
    { id: "olivia", name: "Olivia Ortiz" },
    { id: "paul", name: "Paul Park" },
    { id: "rita", name: "Rita Rossi" },
    { id: "sam", name: "Sam Schulz" },
  ];
  journey.rotation = { cadenceDays: 7, startsOn: "2026-11-23", ownerIds: ["olivia", "paul", "rita", "sam"], overrides: [{ from: "2026-12-07", to: "2026-12-09", ownerId: "sam" }] };
  return journey;
}

describe("covers in the rotation display", () => {
  it("[D15] coming turns show Sam's cover inside Rita's turn, and next is Rita on 10 Dec", async () => {
    const map = await importJourney(env.server, rosterJourney());
    const page = await openOn(env.browser, env.server, map.id, map.editKey, "2026-12-08");
    expect(await headerOwnerLine(page)).toBe("Journey owner: Sam Schulz · next: Rita Rossi in 2 days");

    const panel = await openView(page, "Teams & rotation");
    const rows = panel.locator(".dso-upcoming tbody tr");
    const current = rows.first();
    await expect.poll(() => current.textContent()).toContain("Sam Schulz covers");
    const text = (await current.textContent()) ?? "";
    expect(text).toMatch(/Sam Schulz covers[^]*7[^]*9[^]*Rita Rossi[^]*10[^]*13/);
    expect(await rows.nth(1).textContent()).toContain("Sam Schulz");
    expect(await rows.nth(1).textContent()).not.toContain("covers");
    await page.context().close();

    // A week earlier, in Paul's turn, the next holder is Sam (covering) on 7 Dec.
    const before = await openOn(env.browser, env.server, map.id, map.editKey, "2026-12-03");
    expect(await headerOwnerLine(before)).toBe("Journey owner: Paul Park · next: Sam Schulz in 4 days");
    await before.context().close();
  });
});
