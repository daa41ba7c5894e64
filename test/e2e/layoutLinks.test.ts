/**
 * Issue 11, point 6 in a real Chromium: a link dropped anywhere on a card links to it, and a
 * link between two cards of one column stays in that column without crossing other cards.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { templateJourney } from "../../shared/templates";
import { card, cardHandle, dragBy, openNewMap, stageHeader, usePageServer } from "./support/mapPage";

const running = usePageServer();

function journey() {
  const j = templateJourney("blank", "en", "Links check");
  j.cards.push(
    { id: "a", kind: "action", stageId: "stage-1", laneId: "lane-actions", title: "Opens the app" },
    { id: "b", kind: "action", stageId: "stage-2", laneId: "lane-actions", title: "Signs in" },
    { id: "top", kind: "action", stageId: "stage-3", laneId: "lane-actions", title: "Top of column" },
    { id: "mid", kind: "touchpoint", stageId: "stage-3", laneId: "lane-touchpoints", title: "Middle of column" },
    { id: "low", kind: "painPoint", stageId: "stage-3", laneId: "lane-pain-points", title: "Bottom of column" },
  );
  j.links = [
    { id: "past", from: "top", to: "low", label: "past the middle" },
    { id: "next", from: "mid", to: "low" },
  ];
  return j;
}

type Box = { x: number; y: number; width: number; height: number };

/** Points along a link's drawn path, in page pixels. */
async function pathPoints(page: Page, linkId: string): Promise<{ x: number; y: number }[]> {
  return page.locator(`.react-flow__edge[data-id="${linkId}"] path.react-flow__edge-path`).evaluate((el) => {
    const path = el as SVGPathElement;
    const m = path.getScreenCTM();
    if (!m) return [];
    const total = path.getTotalLength();
    const out: { x: number; y: number }[] = [];
    for (let i = 0; i <= 60; i++) {
      const p = path.getPointAtLength((total * i) / 60);
      out.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
    }
    return out;
  });
}

const inside = (p: { x: number; y: number }, b: Box, inset = 0) => p.x > b.x + inset && p.x < b.x + b.width - inset && p.y > b.y + inset && p.y < b.y + b.height - inset;

describe("links", () => {
  it("[PL1] a link dropped on a card's body (not its dot) links the two cards; the hint says so", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: journey() });
    await page.getByText("drop anywhere on another card").waitFor();
    // Dropped on the card it started from, nothing is linked (checked below: one new link only).
    await card(page, "Signs in").hover();
    const own = (await card(page, "Signs in").boundingBox())!;
    await dragBy(page, cardHandle(page, "Signs in", "source"), { x: own.x + own.width / 2, y: own.y + own.height * 0.8 });
    await card(page, "Opens the app").hover();
    const target = (await card(page, "Signs in").boundingBox())!;
    // The middle of the card's lower half: far from its dots (left and right edges, half height).
    await dragBy(page, cardHandle(page, "Opens the app", "source"), { x: target.x + target.width / 2, y: target.y + target.height * 0.8 });
    await expect.poll(() => page.getByRole("group", { name: "Link from Opens the app to Signs in" }).count()).toBe(1);
    expect(await page.locator(".react-flow__edge").count()).toBe(3);
    await context.close();
  });

  it("[PL2] a link inside one column stays in the column's width and crosses no other card", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: journey() });
    await page.locator('.react-flow__edge[data-id="past"]').waitFor();
    const column = (await stageHeader(page, "Stage 3").boundingBox())!;
    const boxes = new Map<string, Box>();
    for (const [id, title] of [["top", "Top of column"], ["mid", "Middle of column"], ["low", "Bottom of column"], ["b", "Signs in"]] as const) boxes.set(id, (await card(page, title).boundingBox())!);
    for (const [linkId, ends] of [["past", ["top", "low"]], ["next", ["mid", "low"]]] as const) {
      const points = await pathPoints(page, linkId);
      expect(points.length).toBeGreaterThan(10);
      for (const p of points) {
        expect(p.x, `${linkId} leaves the column at ${p.x}`).toBeGreaterThanOrEqual(column.x);
        expect(p.x, `${linkId} leaves the column at ${p.x}`).toBeLessThanOrEqual(column.x + column.width);
        for (const [id, b] of boxes) if (!(ends as readonly string[]).includes(id)) expect(inside(p, b), `${linkId} crosses ${id}`).toBe(false);
        // Nor does it run back through its own two cards (it may touch their edges).
        for (const id of ends) expect(inside(p, boxes.get(id)!, 4), `${linkId} runs through ${id}`).toBe(false);
      }
    }
    await context.close();
  });
});
