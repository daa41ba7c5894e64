/**
 * The workspace story of issue 12 in a real Chromium against the real server: a CX lead builds a
 * workspace with three journeys that share teams, renames a team once and sees it everywhere,
 * watches the central backlog re-rank live while someone edits a journey in another browser
 * context, and a person sees one review queue across the two journeys they own.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { addDays, ownerOn, periodOf } from "../../shared/dso";
import type { Journey } from "../../shared/schema/journey";
import { exampleJourney } from "../support/example";
import { openView } from "./dsoSupport";
import { settleIdentity, usePageServer, waitForConnected, type RunningServer } from "./support/mapPage";

const env = usePageServer();

const CHAT = "Chat closes at 17:00 while invoicing happens after hours";

/** The example journey under another title; `renameTeamIds` gives its teams new ids (same names). */
function journeyFile(title: string, renameTeamIds = false): Journey {
  const j = exampleJourney();
  j.title = title;
  if (!renameTeamIds) return j;
  const id = (t: string) => `${t}-x`;
  j.teams = j.teams?.map((t) => ({ ...t, id: id(t.id) }));
  j.people = j.people?.map((p) => (p.teamId ? { ...p, teamId: id(p.teamId) } : p));
  j.cards = j.cards.map((c) => (c.ownerTeamId ? { ...c, ownerTeamId: id(c.ownerTeamId) } : c));
  j.okrs = j.okrs?.map((o) => ({ ...o, teamIds: o.teamIds.map(id) }));
  return j;
}

/**
 * A day on which the example's touchpoints are due: D14 makes a touchpoint due from the period
 * after the one it was created in (today, on the server's clock), so the day lies in the next one.
 */
function reviewDay(): { day: string; ownerName: string } {
  const j = exampleJourney();
  const rotation = j.rotation;
  if (!rotation) throw new Error("the example journey has a rotation");
  const realToday = new Date().toISOString().slice(0, 10);
  const day = addDays(periodOf(rotation, realToday).end, 3);
  const owner = ownerOn(rotation, day);
  const name = j.people?.find((p) => p.id === owner)?.name;
  if (!name) throw new Error(`no owner on ${day}`);
  return { day, ownerName: name };
}

async function openPage(browser: Browser, server: RunningServer, path: string, today: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const [pathname, hash = ""] = path.split("#");
  await page.goto(`${server.url}${pathname}?today=${today}&now=${today}T12:00:00Z${hash ? `#${hash}` : ""}`);
  return page;
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Workspace views" }).getByRole("link", { name, exact: true }).click();
}

async function importFile(page: Page, journey: Journey): Promise<void> {
  await page.getByLabel("Journey file to import").setInputFiles({
    name: `${journey.title}.journey.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(journey)),
  });
  await expect.poll(() => page.locator(".ws-create-status").textContent()).toContain(`“${journey.title}” was added.`);
}

/** The journeys table's titles, top to bottom. */
function journeyTitles(page: Page): Promise<string[]> {
  return page.locator("table.ws-journeys tbody th a").allTextContents();
}

/** The central backlog's rows as "mapTitle/cardId", top to bottom. */
function backlogRows(page: Page): Promise<string[]> {
  return page.locator("table.ws-backlog tbody tr").evaluateAll((rows) =>
    rows.map((r) => `${r.querySelector("td[data-label='Journey']")?.firstChild?.textContent ?? ""}/${r.getAttribute("data-card-id") ?? ""}`),
  );
}

describe("workspaces in the browser", () => {
  it("[WP1][WP2][WP3][WP4][WP5][WP7][WP8] a CX lead builds a workspace of three journeys, renames a team once, watches one backlog re-rank live, and a person reviews across two journeys", async () => {
    const { day, ownerName } = reviewDay();
    const lead = await openPage(env.browser, env.server, "/", day);

    // The home page creates a workspace and opens it; the device remembers it.
    await lead.getByRole("textbox", { name: "New workspace name" }).fill("Acme CX");
    await lead.getByRole("button", { name: "Create workspace" }).click();
    await lead.waitForURL(/\/w\/[A-Za-z0-9_-]+/);
    await waitForConnected(lead);
    await expect.poll(() => lead.getByRole("heading", { level: 1 }).textContent()).toBe("Acme CX");
    const [, wsId, ownerKey] = /\/w\/([^/?#]+).*#k=(.+)$/.exec(lead.url()) ?? [];
    if (!wsId || !ownerKey) throw new Error(`not a workspace address: ${lead.url()}`);
    // The rest of the story happens on the review day (the page's clock is pinned by its query).
    await lead.goto(`${env.server.url}/w/${wsId}?today=${day}&now=${day}T12:00:00Z#k=${ownerKey}`);
    await waitForConnected(lead);

    // Three journeys: two share the teams by id, the third by exact name.
    await importFile(lead, journeyFile("Onboarding"));
    await importFile(lead, journeyFile("Self-serve trial"));
    await importFile(lead, journeyFile("Support", true));
    await expect.poll(async () => (await journeyTitles(lead)).sort()).toEqual(["Onboarding", "Self-serve trial", "Support"]);
    await lead.getByRole("searchbox", { name: "Search journeys" }).fill("support");
    await expect.poll(() => journeyTitles(lead)).toEqual(["Support"]);
    await lead.getByRole("searchbox", { name: "Search journeys" }).fill("");

    // One directory: the four teams once, although three journeys brought them.
    await tab(lead, "Directory");
    const teamNames = lead.getByRole("textbox", { name: /^Name of team / });
    await expect.poll(() => teamNames.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      "Marketing",
      "Growth",
      "Product",
      "Customer Care",
    ]);

    // Rename a team once ...
    const care = lead.getByRole("textbox", { name: "Name of team Customer Care" });
    await care.fill("Care & Support");
    await care.press("Enter");
    await expect.poll(() => lead.getByRole("textbox", { name: "Name of team Care & Support" }).count()).toBe(1);

    // ... and see it everywhere: the teams view, the backlog, and inside each journey.
    await tab(lead, "Teams");
    await expect.poll(() => lead.locator("table").first().textContent()).toContain("Care & Support");
    await tab(lead, "CX backlog");
    await expect.poll(() => backlogRows(lead).then((r) => r.length)).toBeGreaterThan(0);
    const chatTeam = lead.getByRole("combobox", { name: `Owner team of “${CHAT}”` }).first();
    await expect.poll(() => chatTeam.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Care & Support");
    const backlogBefore = await backlogRows(lead);
    expect(backlogBefore[0]?.endsWith("/p2")).toBe(true);

    // Someone opens the "Support" journey in another browser context and rates the chat pain point.
    const supportRow = (await lead.locator("table.ws-backlog tbody tr").evaluateAll((rows) =>
      rows.map((r) => [r.querySelector("td[data-label='Journey']")?.firstChild?.textContent ?? "", r.getAttribute("data-map-id") ?? ""]),
    )).find(([title]) => title === "Support");
    const supportId = supportRow?.[1];
    if (!supportId) throw new Error("the Support journey is not in the backlog");
    const other = await openPage(env.browser, env.server, `/m/${supportId}#k=${ownerKey}`, day);
    await waitForConnected(other);
    await settleIdentity(other);
    // The map shows its workspace in the header, and the renamed team on its card.
    await expect.poll(() => other.getByRole("link", { name: "Workspace Acme CX" }).count()).toBe(1);
    await expect.poll(() => other.locator("body").textContent()).toContain("Care & Support");
    const panel = await openView(other, "Backlog");
    await panel.getByRole("combobox", { name: `Impact of “${CHAT}”` }).selectOption("5");
    await panel.getByRole("combobox", { name: `Effort of “${CHAT}”` }).selectOption("1");

    // The lead's one backlog re-ranks live, without a reload: Support's chat item is first.
    await expect.poll(() => backlogRows(lead).then((r) => r[0])).toBe("Support/p3");
    expect(await lead.locator('table.ws-backlog tbody tr[data-card-id="p3"]').first().textContent()).toContain("25");

    // And an edit in the central backlog reaches the journey: status in progress, in place.
    await lead.getByRole("combobox", { name: `Status of “${CHAT}”` }).first().selectOption({ label: "In progress" });
    await expect.poll(() => panel.getByRole("combobox", { name: `Status of “${CHAT}”` }).evaluate((s) => (s as HTMLSelectElement).value)).toBe("inProgress");

    // The person who owns Onboarding and Self-serve trial (and Support) today reviews across them.
    await tab(lead, "People");
    await lead.getByRole("combobox", { name: "I am" }).selectOption({ label: ownerName });
    const queue = lead.getByRole("region", { name: `Review queue of ${ownerName}` });
    await expect.poll(() => queue.getByRole("list", { name: /^To review in / }).count()).toBe(3);
    const onboarding = queue.getByRole("list", { name: "To review in Onboarding" });
    const trial = queue.getByRole("list", { name: "To review in Self-serve trial" });
    await expect.poll(() => onboarding.getByRole("listitem").count()).toBeGreaterThan(0);
    await expect.poll(() => trial.getByRole("listitem").count()).toBeGreaterThan(0);
    const before = await onboarding.getByRole("listitem").count();
    await onboarding.getByRole("button", { name: "Mark “Live chat” OK" }).click();
    await expect.poll(() => onboarding.getByRole("listitem").count()).toBe(before - 1);
    expect(await trial.getByRole("button", { name: "Mark “Live chat” OK" }).count()).toBe(1);

    // The workspace stays on this device: the home page lists it.
    await lead.goto(`${env.server.url}/`);
    await expect.poll(() => lead.getByRole("link", { name: /Acme CX/ }).count()).toBe(1);
    await Promise.all([lead.context().close(), other.context().close()]);
  });
});
