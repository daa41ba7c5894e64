/**
 * The KPI overview paints from HTTP answers before its socket has synced (API-RULES.md WA18,
 * issue 16's first-paint budget): the workspace's socket is held by the test, so the document
 * can only come from `GET /api/workspaces/:id/document`; the rows must be the ones the synced
 * page shows. Then the socket is let through: the live document takes over with the same rows
 * (the table never empties), and a fed point still updates the overview live (WK6).
 */
import { describe, expect, it } from "vitest";
import type { Page, WebSocketRoute } from "playwright-core";
import { apiJson } from "../support/api";
import { supportCaseJourney } from "../support/supportCase";
import { usePageServer } from "./support/mapPage";

const env = usePageServer();
const TODAY = "2026-11-20";

const workspaceFile = {
  format: "baton.workspace",
  version: 1,
  title: "Care",
  teams: [{ id: "care", name: "Customer Care", color: "#16a085" }, { id: "web", name: "Web", color: "#2980b9" }],
  people: [],
  metrics: [
    { id: "csat", kind: "CSAT", label: "Support CSAT", unit: "%", target: 80, ownerTeamId: "care", points: [{ on: "2026-11-01", value: 74 }, { on: "2026-11-08", value: 71 }, { on: "2026-11-15", value: 68 }] },
    { id: "fcr", kind: "firstContactResolution", label: "First contact resolution", unit: "%", target: 70, points: [{ on: "2026-11-15", value: 75 }] },
  ],
  okrs: [],
  journeys: [supportCaseJourney],
};

const api = <T>(method: string, path: string, key: string | undefined, body?: unknown): Promise<T> => apiJson<T>(env.server.url, method, path, key, body);

/** The overview's KPI rows as text (name, status, value, target, team, journey, card) and the series no card shows. */
function overviewRows(page: Page): Promise<string[]> {
  return page.locator("table.kpi-table tbody tr").evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute("data-status") ?? r.getAttribute("data-series-id"), ...[...r.children].map((c) => (c.querySelector("svg") ? "trend line" : (c as HTMLElement).innerText.replace(/\s+/g, " ").trim()))].join(" | ")),
  );
}

describe("the KPI overview's first paint", () => {
  it("[WP11] [WP12] [WA18] [K9] paints the right rows from HTTP answers while the socket has not synced, then the live document takes over without emptying the table", async () => {
    const ws = await api<{ id: string; ownerKey: string; editKey: string }>("POST", "/api/workspaces/import", undefined, workspaceFile);
    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    // The table must never empty once drawn (no flicker when the live document takes over).
    await context.addInitScript(() => {
      const w = window as unknown as { __emptied?: boolean; __drawn?: boolean };
      new MutationObserver(() => {
        const n = document.querySelectorAll("table.kpi-table tbody tr[data-card-id]").length;
        if (n > 0) w.__drawn = true;
        else if (w.__drawn) w.__emptied = true;
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    // The workspace socket is held: open for the page, but nothing reaches the server, so nothing syncs.
    const held: WebSocketRoute[] = [];
    let release = false;
    await page.routeWebSocket(/\/sync\//, (socket) => {
      if (release) socket.connectToServer();
      else held.push(socket);
    });
    try {
      await page.goto(`${env.server.url}/w/${ws.id}/kpis?today=${TODAY}#k=${ws.editKey}`);
      await page.locator('table.kpi-table tbody tr[data-card-id="chat"]').waitFor();
      // The socket opens after the first paint (WP12): wait for it, then check it has not synced.
      await expect.poll(() => held.length).toBeGreaterThan(0);
      expect(await page.locator('[role="status"][data-link="connected"]').count()).toBe(0);
      const before = await overviewRows(page);
      // Off target first: the chat's CSAT reads its series (68 on the 15th, target 80), not the typed 90; the series no card shows is listed below.
      expect(before).toEqual([
        "red | Support CSAT (CSAT) | Off target | 68 % | 80 % | trend line | Customer Care | Support case | Live chat",
        "green | NPS typed on the card | On target | 40 | 30 | — | Web | Support case | Help centre",
        "fcr | First contact resolution (First-contact resolution) | On target | 75 % | 70 % | — | No owner team",
      ]);

      // While the socket is held, the help centre moves to Customer Care: its notice cannot reach this page.
      const info = await api<{ maps: { id: string; title: string }[] }>("GET", `/api/workspaces/${ws.id}`, ws.editKey);
      const mapId = info.maps.find((m) => m.title === "Support case")?.id as string;
      await api("POST", `/api/maps/${mapId}/commands`, ws.editKey, { commands: [{ type: "updateCard", id: "faq", patch: { ownerTeamId: "care" } }] });
      await new Promise((r) => setTimeout(r, 500));
      expect(await overviewRows(page)).toEqual(before);

      // The socket goes through: the page reconnects, syncs, and shows the rows from the live
      // document, asking again once for what changed while it had no socket (WP12).
      release = true;
      for (const socket of held) await socket.close();
      await page.locator('[role="status"][data-link="connected"]').waitFor({ timeout: 20_000 });
      await expect.poll(() => overviewRows(page)).toEqual(before.map((r) => r.replace("| Web | Support case | Help centre", "| Customer Care | Support case | Help centre")));

      // Live updates still work: a fed point moves the chat's KPI on target.
      await api("POST", `/api/workspaces/${ws.id}/metrics/csat/points`, ws.editKey, [{ on: TODAY, value: 84 }]);
      await expect.poll(() => overviewRows(page).then((rows) => rows.find((r) => r.includes("Live chat")))).toBe("green | Support CSAT (CSAT) | On target | 84 % | 80 % | trend line | Customer Care | Support case | Live chat");
      expect(await page.evaluate(() => (window as unknown as { __emptied?: boolean }).__emptied ?? false)).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("[KB25] [K9] the shell's code is asked for beside the first chunk, before the page's code and answers; a trend line says what it shows", async () => {
    const ws = await api<{ id: string; editKey: string }>("POST", "/api/workspaces/import", undefined, workspaceFile);
    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on("request", (req) => asked.push(new URL(req.url()).pathname));
    try {
      await page.goto(`${env.server.url}/w/${ws.id}/kpis?today=${TODAY}#k=${ws.editKey}`);
      await page.locator('table.kpi-table tbody tr[data-card-id="chat"]').waitFor();
      const first = (test: (path: string) => boolean) => asked.findIndex(test);
      const shell = first((p) => /\/assets\/startPage-[\w-]+\.js$/.test(p));
      expect(shell).toBeGreaterThan(0);
      expect(shell).toBeLessThan(first((p) => /\/assets\/WorkspacePage-[\w-]+\.js$/.test(p)));
      expect(shell).toBeLessThan(first((p) => p.startsWith("/api/")));
      // The label names the KPI, how many values the line draws and its first and last value (K4's 3 points here).
      expect(await page.locator('tr[data-card-id="chat"] svg.sparkline').getAttribute("aria-label")).toBe("Support CSAT (CSAT): the last 3 values, from 74 % to 68 %");
    } finally {
      await context.close();
    }
  });
});

describe("the review agenda's first paint", () => {
  it("[WP13] [WP14] [RV2] draws its first items, then every item of a long section (find and screen readers reach them all); the socket's sync never empties it", async () => {
    // 20 series that went off target in the review period: more than the agenda's first frame draws per section.
    const metrics = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, kind: "CSAT", label: `Queue ${i + 1}`, unit: "%", target: 80, points: [{ on: "2026-09-01", value: 90 }, { on: "2026-11-19", value: 40 + i }] }));
    const file = { ...workspaceFile, metrics, journeys: [{ ...workspaceFile.journeys[0], cards: [] }] };
    const ws = await api<{ id: string; editKey: string }>("POST", "/api/workspaces/import", undefined, file);
    const context = await env.browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // Every DOM change: once KPI items are drawn, the count of them must never drop to none (WP14: the frame at the sync drew the empty document).
    await page.addInitScript(() => {
      const w = window as unknown as { drawnKpis: number[] };
      w.drawnKpis = [];
      new MutationObserver(() => {
        const n = document.querySelectorAll(".rv-section-kpis li.rv-kpi").length;
        if (w.drawnKpis.length > 0 || n > 0) w.drawnKpis.push(n);
      }).observe(document, { subtree: true, childList: true });
    });
    try {
      await page.goto(`${env.server.url}/w/${ws.id}/review?today=${TODAY}#k=${ws.editKey}`);
      await page.locator(".rv-section-kpis").waitFor();
      await expect.poll(() => page.locator(".rv-section-kpis li.rv-kpi").count()).toBe(20);
      expect(await page.locator(".rv-section-kpis .rv-count").innerText()).toBe("20");
      // The most missed first: the series furthest under its target (40 %) leads.
      expect(await page.locator(".rv-section-kpis li.rv-kpi .kpi-name").first().innerText()).toBe("Queue 1 (CSAT)");
      // The socket opens after the paint (WP12, WP13) and syncs the document the agenda was drawn from.
      await page.locator('[role="status"][data-link="connected"]').waitFor();
      await page.waitForTimeout(300);
      const drawn = await page.evaluate(() => (window as unknown as { drawnKpis: number[] }).drawnKpis);
      expect(drawn.length).toBeGreaterThan(0);
      expect(Math.min(...drawn)).toBeGreaterThan(0);
      expect(drawn.at(-1)).toBe(20);
    } finally {
      await context.close();
    }
  });
});
