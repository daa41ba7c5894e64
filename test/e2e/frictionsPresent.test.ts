/**
 * Issue 11, point 5 in a real Chromium: presenting fits the current stage, header included, to
 * each follower's own canvas (a phone here, where the canvas is narrow), and follows the
 * presenter's steps. (Without the fix the follower copied the presenter's 1440 px region.)
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { templateJourney } from "../../shared/templates";
import { openMap, openNewMap, stageHeader, usePageServer } from "./support/mapPage";

const running = usePageServer();

/** Whether the stage's whole header is inside the follower's canvas and fills most of its width. */
async function fitted(page: Page, name: string): Promise<boolean> {
  const box = await stageHeader(page, name).boundingBox();
  const pane = await page.locator(".react-flow").boundingBox();
  if (!box || !pane) return false;
  return box.x >= pane.x - 1 && box.x + box.width <= pane.x + pane.width + 1 && box.width >= pane.width * 0.6;
}

describe("presenting is readable on every screen", () => {
  it("[W13] a follower on a phone sees the presented stage fitted to their own canvas, stage after stage", async () => {
    const presenter = await openNewMap(running.browser, running.server, { template: "saas-onboarding", name: "Maria Keller" });
    const phone = await openMap(running.browser, running.server, presenter.map.id, presenter.map.editKey, { name: "Jonas", viewport: { width: 390, height: 844 } });
    const stages = templateJourney("saas-onboarding", "en").stages.map((s) => s.name);
    await presenter.page.getByRole("button", { name: "Present" }).click();
    await presenter.page.keyboard.press("ArrowRight");
    const second = stages[1]!;
    await phone.page.getByText(`Maria Keller is presenting stage 2 of ${stages.length}: ${second}`).waitFor();
    // The whole header is on the phone's screen and wide enough to read (not a 5 px sliver).
    await expect.poll(() => fitted(phone.page, second)).toBe(true);
    await presenter.page.keyboard.press("ArrowRight");
    const third = stages[2]!;
    await expect.poll(() => fitted(phone.page, third)).toBe(true);
    await phone.context.close();
    await presenter.context.close();
  });
});
