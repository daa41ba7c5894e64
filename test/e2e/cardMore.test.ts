/**
 * Issue 11 point 7 in a real Chromium: a card whose chips do not fit its two footer rows says
 * so with a "more" mark (PL8) instead of cutting them silently; a card whose chips fit has none.
 */
import { describe, expect, it } from "vitest";
import { templateJourney } from "../../shared/templates";
import { card, openNewMap, usePageServer } from "./support/mapPage";

const running = usePageServer();

describe("chips that do not fit a card", () => {
  it("[PL8] a card with more chips than two rows hold shows a more mark naming Details; a plain card has none", async () => {
    const journey = templateJourney("blank", "en", "Busy cards");
    journey.teams = [{ id: "t1", name: "Customer Success and Onboarding Operations" }];
    const metrics = (["NPS", "CSAT", "CES", "churnRate", "retention"] as const).map((kind, i) => ({ kind, value: 10 + i, target: 50 }));
    journey.cards.push(
      { id: "busy", kind: "touchpoint", stageId: "stage-1", laneId: "lane-touchpoints", title: "Busy", ownerTeamId: "t1", emotion: -2, metrics, votes: 12 },
      { id: "calm", kind: "touchpoint", stageId: "stage-2", laneId: "lane-touchpoints", title: "Calm", ownerTeamId: "t1" },
    );
    const { context, page } = await openNewMap(running.browser, running.server, { journey });
    const busy = card(page, "Busy");
    await busy.waitFor();
    await expect.poll(() => busy.locator(".card-more").count()).toBe(1);
    expect(await busy.locator(".card-more").getAttribute("aria-label")).toContain("select it to see everything under Details");
    expect(await card(page, "Calm").locator(".card-more").count()).toBe(0);
    await context.close();
  });
});
