/**
 * The rotating journey owner in a real Chromium against the real server, with the day injected
 * through `?today=`: set up a rotation, reorder the roster by drag and by keyboard buttons,
 * and see the owner change across a handover and during an override (SPEC.md F29, F30, D1, D2; the header's "next" follows D15).
 */
import { describe, expect, it } from "vitest";
import { importJourney, usePageServer } from "./support/mapPage";
import { exampleJourney, headerOwnerLine, moveTo, openOn, openView } from "./dsoSupport";

const env = usePageServer();

describe("DSO rotation", () => {
  it("[F29][F30][D1][D2][WS11] a rotation set up in the page hands over on its day, and an override wins on its days", async () => {
    const { rotation: _none, ...journey } = exampleJourney();
    const map = await importJourney(env.server, journey);
    const page = await openOn(env.browser, env.server, map.id, map.editKey, "2026-11-20");
    expect(await headerOwnerLine(page)).toBe("No journey owner yet");

    const panel = await openView(page, "Teams & rotation");
    await panel.getByRole("button", { name: /Start a rotation with everyone/ }).click();
    await panel.getByRole("spinbutton", { name: "Each turn lasts" }).fill("7");
    await panel.getByRole("spinbutton", { name: "Each turn lasts" }).press("Enter");

    // Roster in people order: Jana, Omar, Lin, Sven. Lin moves up twice by the keyboard path...
    const roster = panel.getByRole("list", { name: "Roster" }).getByRole("listitem");
    await expect.poll(() => roster.allTextContents()).toEqual([
      expect.stringContaining("Jana Becker"), expect.stringContaining("Omar Haddad"), expect.stringContaining("Lin Zhou"), expect.stringContaining("Sven Müller"),
    ]);
    await panel.getByRole("button", { name: "Move Lin Zhou up" }).click();
    await panel.getByRole("button", { name: "Move Lin Zhou up" }).click();
    // ...and Sven is dragged onto the first place.
    await roster.filter({ hasText: "Sven Müller" }).dragTo(roster.first());
    await expect.poll(async () => (await roster.allTextContents()).map((t) => t.replace(/^\D*\d+\.\s*/, "").replace(/[↑↓✕]/g, "").trim())).toEqual([
      "Sven Müller", "Lin Zhou", "Jana Becker", "Omar Haddad",
    ]);
    await expect.poll(() => headerOwnerLine(page)).toBe("Journey owner: Sven Müller · next: Lin Zhou in 7 days");

    // Omar covers one day of Lin's turn.
    await panel.getByLabel("From").fill("2026-11-29");
    await panel.getByLabel("to", { exact: true }).fill("2026-11-29");
    await panel.getByLabel("covered by").selectOption({ label: "Omar Haddad" });
    await panel.getByRole("button", { name: "Add cover" }).click();
    const turns = panel.getByRole("table").getByRole("row");
    await expect.poll(() => turns.nth(2).textContent()).toContain("Omar Haddad covers");

    // The day before the handover, the handover day, a day inside the override, the day after it.
    await moveTo(page, "2026-11-26");
    expect(await headerOwnerLine(page)).toBe("Journey owner: Sven Müller · next: Lin Zhou tomorrow");
    await moveTo(page, "2026-11-27");
    expect(await headerOwnerLine(page)).toBe("Journey owner: Lin Zhou · next: Omar Haddad in 2 days");
    await moveTo(page, "2026-11-29");
    // D15: "next" is who actually holds the journey next: Lin again, when Omar's cover ends.
    expect(await headerOwnerLine(page)).toBe("Journey owner: Omar Haddad · next: Lin Zhou tomorrow");
    await moveTo(page, "2026-11-30");
    expect(await headerOwnerLine(page)).toBe("Journey owner: Lin Zhou · next: Jana Becker in 4 days");

    // The server's rotation route agrees with the page (api.md, same rule).
    const res = await fetch(`${env.server.url}/api/maps/${map.id}/rotation?on=2026-11-29`, { headers: { authorization: `Bearer ${map.viewKey}` } });
    expect(await res.json()).toEqual({ on: "2026-11-29", ownerId: "omar", periodStart: "2026-11-27", periodEnd: "2026-12-03", nextOwnerId: "jana", handoverOn: "2026-12-04" });
    await page.context().close();
  });
});
