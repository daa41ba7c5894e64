/**
 * Issue 11, point 7 in a real Chromium, measured with bounding boxes: at 1280x720 nothing
 * floating covers the cards or the voting "+" buttons; at 820 px the map sits beside a panel
 * that closes; on a phone (390x844) the header does not spill, the map is readable, the panel is
 * a bottom sheet that closes, and axe finds nothing serious; team names on cards are cut with an
 * ellipsis and read in full on hover.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeProblems } from "./support/axe";
import { card, openNewMap, usePageServer } from "./support/mapPage";

const running = usePageServer();
const onboarding = () => JSON.parse(readFileSync(new URL("../fixtures/onboarding.journey.json", import.meta.url), "utf8")) as { teams?: { id: string; name: string }[] };

type Box = { x: number; y: number; width: number; height: number };

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }).filter((b) => b.width > 0 && b.height > 0));
}

/** The part of `b` inside `clip`, or null when none. */
function clipTo(b: Box, clip: Box): Box | null {
  const x = Math.max(b.x, clip.x);
  const y = Math.max(b.y, clip.y);
  const r = Math.min(b.x + b.width, clip.x + clip.width);
  const bottom = Math.min(b.y + b.height, clip.y + clip.height);
  return r > x && bottom > y ? { x, y, width: r - x, height: bottom - y } : null;
}

const overlaps = (a: Box, b: Box) => clipTo(a, b) !== null;

/** Floating things (toolbars, zoom controls, minimap, notices) that cover a visible card or "+" button, as readable lines. */
async function covered(page: Page): Promise<string[]> {
  const area = (await page.locator(".canvas .react-flow").boundingBox())!;
  const floating = [
    ["map tools", page.getByRole("toolbar", { name: "Map tools" })],
    ["selection tools", page.getByRole("toolbar", { name: "Selection tools" })],
    ["zoom controls", page.locator(".react-flow__controls")],
    ["minimap", page.locator(".react-flow__minimap")],
  ] as const;
  const targets = [
    ...(await boxes(page.locator(".react-flow__node-card"))).map((b) => ["card", b] as const),
    ...(await boxes(page.getByRole("button", { name: /^Add a dot to/ }))).map((b) => ["vote button", b] as const),
  ].flatMap(([what, b]) => {
    const seen = clipTo(b, area);
    return seen ? [[what, seen] as const] : [];
  });
  const out: string[] = [];
  for (const [name, locator] of floating) {
    for (const f of await boxes(locator)) for (const [what, t] of targets) if (overlaps(f, t)) out.push(`${name} covers a ${what} at ${Math.round(t.x)},${Math.round(t.y)}`);
  }
  return out;
}

describe("the page on small screens", () => {
  it("[PL3] at 1280x720 no toolbar, control or minimap covers a card or a voting + button, with a card selected and a round running", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: onboarding(), viewport: { width: 1280, height: 720 }, name: "Lea" });
    await card(page, "Sign-up form").click();
    await page.getByRole("toolbar", { name: "Selection tools" }).waitFor();
    expect(await page.locator(".react-flow__node-card").count()).toBeGreaterThan(4);
    expect(await covered(page)).toEqual([]);
    // The minimap starts hidden on this canvas; the controls show and hide it on request.
    expect(await page.locator(".react-flow__minimap").count()).toBe(0);
    await page.getByRole("button", { name: "Show the overview map" }).click();
    await page.locator(".react-flow__minimap").waitFor();
    await page.getByRole("button", { name: "Hide the overview map" }).click();
    await page.locator(".react-flow__minimap").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Dot voting" }).click();
    await page.getByRole("form", { name: "Start a dot-voting round" }).getByRole("button", { name: "Start voting" }).click();
    await page.getByText(/dots left/).waitFor();
    // Zoomed out to the whole map: the pain points and opportunities (this round's cards) show their "+".
    await page.getByRole("button", { name: "Fit View" }).click();
    await page.getByRole("button", { name: "Zoom Out" }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Add a dot to/ }).count()).toBeGreaterThan(2);
    await expect.poll(() => covered(page)).toEqual([]);
    // With the side panel closed and the map bigger than the view again, still nothing covers a card.
    await page.getByRole("button", { name: "Hide the side panel" }).click();
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom In" }).click();
    await page.getByRole("button", { name: "Show the overview map" }).waitFor();
    await expect.poll(() => covered(page)).toEqual([]);
    await context.close();
  });

  it("[PL4] at 820 px the map sits beside the side panel, which closes and opens again", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: onboarding(), viewport: { width: 820, height: 1180 } });
    const map = page.getByRole("region", { name: "Journey map" });
    const width = async () => (await map.boundingBox())!.width;
    expect(await page.getByRole("tab", { name: "Details" }).isVisible()).toBe(true);
    expect(await width()).toBeGreaterThanOrEqual(400);
    await page.getByRole("button", { name: "Hide the side panel" }).click();
    await expect.poll(() => page.getByRole("tab", { name: "Details" }).count()).toBe(0);
    expect(await width()).toBeGreaterThanOrEqual(760);
    const show = page.getByRole("button", { name: "Show the side panel" });
    // Focus follows: the button that opens it again has it.
    await expect.poll(() => show.evaluate((el) => el === document.activeElement)).toBe(true);
    await show.click();
    await page.getByRole("tab", { name: "Details" }).waitFor();
    await context.close();
  });

  it("[PL4][PL5] on a phone the header fits, its tools sit in a menu, the map is readable and the panel is a bottom sheet that closes; axe finds nothing serious", async () => {
    const { context, page } = await openNewMap(running.browser, running.server, { journey: onboarding(), viewport: { width: 390, height: 844 } });
    const header = page.locator(".app-header");
    // Nothing in the header runs past the screen's edge or wraps onto a second line.
    const spill = await header.evaluate((h) => [...h.querySelectorAll("*")].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.bottom > h.getBoundingClientRect().bottom + 0.5);
    }).map((el) => el.className || el.tagName));
    expect(spill).toEqual([]);
    expect(await page.getByRole("button", { name: "Share" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Dot voting" }).isVisible()).toBe(false);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("button", { name: "Share" }).waitFor();
    expect(await page.getByRole("button", { name: "Dot voting" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Share" }).focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("button", { name: "Share" }).isVisible()).toBe(false);

    // Readable: cards are drawn at 0.55 of their size or more, and at least one is whole in view.
    const first = (await card(page, "Searches for simple invoicing software").boundingBox())!;
    expect(first.width).toBeGreaterThanOrEqual(232 * 0.55);
    expect(first.x + first.width).toBeLessThanOrEqual(390);

    // The panel starts closed on a phone; opened, it is a sheet along the bottom under the map.
    const mapBox = async () => (await page.getByRole("region", { name: "Journey map" }).boundingBox())!;
    const tall = (await mapBox()).height;
    await page.getByRole("button", { name: "Show the side panel" }).click();
    const sheet = page.locator("aside.side-panel");
    await page.getByRole("tab", { name: "Details" }).waitFor();
    const s = (await sheet.boundingBox())!;
    expect(s.x).toBe(0);
    expect(s.width).toBe(390);
    expect(Math.round(s.y + s.height)).toBe(844);
    expect(s.y).toBeGreaterThan(844 / 3);
    expect((await mapBox()).y + (await mapBox()).height).toBeLessThanOrEqual(s.y + 0.5);
    expect(await covered(page)).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Hide the side panel" }).click();
    await expect.poll(() => page.getByRole("tab", { name: "Details" }).count()).toBe(0);
    expect((await mapBox()).height).toBe(tall);
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("[PL6] a long team name on a card ends in an ellipsis and reads in full on hover", async () => {
    const journey = onboarding();
    const team = journey.teams?.find((t) => t.id === "growth") ?? journey.teams?.[0];
    if (!team) throw new Error("the fixture has no team");
    team.name = "Growth, onboarding and lifecycle marketing";
    const { context, page } = await openNewMap(running.browser, running.server, { journey });
    const chip = card(page, "Welcome e-mail").locator(".chip-team");
    expect(await chip.getAttribute("title")).toBe(team.name);
    const text = chip.locator(".chip-text");
    expect(await text.textContent()).toBe(team.name);
    const cut = await text.evaluate((el) => ({ cut: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).textOverflow }));
    expect(cut).toEqual({ cut: true, overflow: "ellipsis" });
    await context.close();
  });
});
