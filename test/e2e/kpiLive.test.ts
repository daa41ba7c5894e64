/**
 * Closed-loop KPIs on the map page (issue 16 part A; shared/metrics/RULES.md K9-K13): a workspace
 * whose series feeds a card's KPI and a key result; the map page is open; the feed example
 * script (server/examples/push-csat.mjs, a child process with a feed key) posts a point and the
 * card chip, the key result and the KPI overview follow without a reload.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeProblems } from "./support/axe";
import { apiJson } from "../support/api";
import { supportCaseJourney } from "../support/supportCase";
import { usePageServer, waitForConnected } from "./support/mapPage";

const env = usePageServer();
const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, "..", "..", "server", "examples", "push-csat.mjs");
const TODAY = "2026-11-20";

const workspaceFile = {
  format: "baton.workspace",
  version: 1,
  title: "Care",
  teams: [{ id: "care", name: "Customer Care", color: "#16a085" }, { id: "web", name: "Web", color: "#2980b9" }],
  people: [],
  metrics: [
    {
      id: "csat",
      kind: "CSAT",
      label: "Support CSAT",
      unit: "%",
      target: 80,
      ownerTeamId: "care",
      points: [{ on: "2026-11-01", value: 74 }, { on: "2026-11-08", value: 71 }, { on: "2026-11-15", value: 68 }],
    },
  ],
  okrs: [
    {
      id: "o1",
      objective: "Support that customers rate well",
      teamIds: ["care"],
      keyResults: [{ id: "kr1", title: "Support CSAT at 80", metric: "CSAT", metricId: "csat", baseline: 60, target: 80, current: 61, cards: [{ journeyId: "j1", cardId: "chat" }] }],
    },
  ],
  journeys: [supportCaseJourney],
};

const api = <T>(method: string, path: string, key: string | undefined, body?: unknown): Promise<T> => apiJson<T>(env.server.url, method, path, key, body);

/** The card's KPI chip: its text and its status class. */
async function chatChip(page: Page): Promise<{ text: string; status: string; trend: boolean }> {
  const chip = page.locator('.react-flow__node-card[data-id="chat"] .chip-metric').first();
  return chip.evaluate((el) => ({
    text: el.querySelector(".chip-metric-text")?.textContent ?? "",
    status: [...el.classList].find((c) => c.startsWith("metric-")) ?? "",
    trend: el.querySelector("svg.sparkline") !== null,
  }));
}

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
  const panel = page.getByRole("tabpanel");
  await panel.locator(".loading").waitFor({ state: "detached" });
  return panel;
}

describe("KPIs fed live into an open map", () => {
  it("[K11] [K13] [K9] [K10] a script posts a point with a feed key: the card chip, the key result and the overview follow without a reload", async () => {
    const ws = await api<{ id: string; ownerKey: string; editKey: string }>("POST", "/api/workspaces/import", undefined, workspaceFile);
    const info = await api<{ maps: { id: string; title: string }[] }>("GET", `/api/workspaces/${ws.id}`, ws.editKey);
    const mapId = info.maps.find((m) => m.title === "Support case")?.id;
    if (!mapId) throw new Error("the imported journey is not in the workspace");
    const feed = await api<{ key: string }>("POST", `/api/workspaces/${ws.id}/feed-keys`, ws.ownerKey, { label: "Survey tool" });

    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/m/${mapId}?today=${TODAY}#k=${ws.editKey}`);
    await waitForConnected(page);

    // The chip reads the series (68 on the 15th, target 80: red), not the typed 90, with a trend line.
    await expect.poll(() => chatChip(page)).toEqual({ text: "CSAT 68/80%", status: "metric-red", trend: true });

    // The key result's current comes from the series, read-only, naming it.
    const okrs = await openTab(page, "OKRs");
    const current = okrs.getByRole("textbox", { name: "Current value of “Support CSAT at 80”" });
    await expect.poll(() => current.inputValue()).toBe("68");
    expect(await current.isDisabled()).toBe(true);
    await expect.poll(() => okrs.textContent()).toContain("Current from the series “Support CSAT”");

    // The survey tool posts today's CSAT through the documented example script.
    const { stdout } = await run(process.execPath, [SCRIPT, "84.5", TODAY], {
      env: { ...process.env, BATON_URL: env.server.url, WORKSPACE: ws.id, SERIES: "csat", FEED_KEY: feed.key },
    });
    expect(stdout).toContain("stored 1 point(s) in csat");

    await expect.poll(() => current.inputValue()).toBe("84.5");
    await expect.poll(() => chatChip(page)).toEqual({ text: "CSAT 84.5/80%", status: "metric-green", trend: true });

    // The journey's KPI overview lists both KPIs, off target first, with status and owner team.
    const overview = await openTab(page, "KPIs");
    const rows = () =>
      overview.locator("table.kpi-table tbody tr").evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
      );
    await expect.poll(rows).toEqual([
      ["CSAT", "84.5 %", "80 %", "On or beyond target", "Improving since the point before.", "Customer Care", "Live chat"],
      ["NPStyped", "40", "30", "On or beyond target", "–", "Web", "Help centre"],
    ]);
    expect(await axeProblems(page, { include: ".kpi-view" })).toEqual([]);

    // Another point below target moves the CSAT row to the top, off target.
    await run(process.execPath, [SCRIPT, "60", TODAY], { env: { ...process.env, BATON_URL: env.server.url, WORKSPACE: ws.id, SERIES: "csat", FEED_KEY: feed.key } });
    await expect.poll(async () => (await rows())[0]?.slice(0, 4)).toEqual(["CSAT", "60 %", "80 %", "Off target"]);
    await expect.poll(() => overview.locator(".kpi-summary").textContent()).toContain("1 KPI off target");

    // Filters: by owner team, then by kind.
    await overview.getByRole("combobox", { name: "Owner team" }).selectOption({ label: "Web" });
    await expect.poll(async () => (await rows()).map((r) => r[6])).toEqual(["Help centre"]);
    await overview.getByRole("combobox", { name: "Owner team" }).selectOption({ label: "All teams" });
    await overview.getByRole("combobox", { name: "Metric" }).selectOption({ label: "CSAT" });
    await expect.poll(async () => (await rows()).map((r) => r[6])).toEqual(["Live chat"]);
    await context.close();
  });
});
