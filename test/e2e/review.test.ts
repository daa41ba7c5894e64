/**
 * The cross-functional review and the workspace KPI overview (issue 16 part B) in a real
 * Chromium against the real server: a series goes off target, the agenda shows it, the room
 * records a decision on the card, "Finish review" saves a named version of the journey and
 * records the review; the agenda is presented section by section; the KPI overview lists the
 * KPI off target first and follows a fed point live. axe finds nothing serious on either view.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { exampleJourney } from "../support/example";
import { axeProblems } from "./support/axe";
import { usePageServer, waitForConnected, type RunningServer } from "./support/mapPage";

const env = usePageServer();

/** A day inside the example rotation's period 2026-11-02..2026-11-29 (28-day cadence from 2026-09-07). */
const TODAY = "2026-11-25";

async function call<T>(server: RunningServer, method: string, path: string, key: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A workspace with the example journey, a CSAT series (target 4.5) that was on target before the
 * period and off target in it, shown by the card "Invoice editor", and a pain point added in the period.
 */
async function setUp(server: RunningServer) {
  const ws = await call<{ id: string; ownerKey: string; viewKey: string }>(server, "POST", "/api/workspaces", "-", { title: "Review workspace" });
  const journey = exampleJourney();
  journey.title = "Self-serve onboarding";
  const map = await call<{ id: string }>(server, "POST", `/api/workspaces/${ws.id}/maps`, ws.ownerKey, { journey });
  const series = { id: "csat", kind: "CSAT", label: "Checkout CSAT", target: 4.5, ownerTeamId: "product", points: [{ on: "2026-10-20", value: 4.7 }, { on: "2026-11-20", value: 3.6 }] };
  const added = await call<{ skipped: unknown[] }>(server, "POST", `/api/workspaces/${ws.id}/commands`, ws.ownerKey, { commands: [{ type: "addMetricSeries", series }] });
  expect(added.skipped).toEqual([]);
  const linked = await call<{ skipped: unknown[] }>(server, "POST", `/api/maps/${map.id}/commands`, ws.ownerKey, {
    commands: [
      { type: "updateCard", id: "t5", patch: { metrics: [{ kind: "CSAT", seriesId: "csat" }] } },
      { type: "addCard", createdOn: "2026-11-18", card: { id: "pnew", kind: "painPoint", stageId: "support", laneId: "pain", title: "Chat hand-off loses the case history", ownerTeamId: "care" } },
    ],
  });
  expect(linked.skipped).toEqual([]);
  return { ws, mapId: map.id };
}

async function openView(browser: Browser, server: RunningServer, wsId: string, key: string, view: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/w/${wsId}/${view}?today=${TODAY}&now=${TODAY}T12:00:00Z#k=${key}`);
  await waitForConnected(page);
  return page;
}

describe("the cross-functional review in the browser", () => {
  it("[RV1][RV2][RV5][RV9][RV10][RV11] a series off target is on the agenda, a decision on its card is logged, and Finish review saves the journey's named version", async () => {
    const { ws, mapId } = await setUp(env.server);
    const page = await openView(env.browser, env.server, ws.id, ws.ownerKey, "review");
    try {
      // RV1: the default period is the current rotation period.
      await expect.poll(() => page.getByLabel("From", { exact: true }).inputValue()).toBe("2026-11-02");
      expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("2026-11-29");
      // RV2, RV5: CSAT went off target, with the card that shows it.
      const kpi = page.locator('[data-section="kpis"] [data-series-id="csat"]');
      await kpi.waitFor();
      expect(await kpi.getAttribute("data-reason")).toBe("wentOff");
      expect(await kpi.textContent()).toContain("Checkout CSAT");
      expect(await kpi.getByRole("link", { name: "Invoice editor" }).count()).toBe(1);
      // RV9: the pain point added in the period is new.
      await expect.poll(() => page.locator('[data-section="newPainPoints"]').textContent()).toContain("Chat hand-off loses the case history");
      expect(await axeProblems(page)).toEqual([]);

      // RV10: a decision on the card, with a team, recorded live.
      await kpi.getByRole("button", { name: "Add to decision: Invoice editor" }).click();
      const form = page.getByRole("form", { name: "Record a decision" });
      await form.getByLabel("What was decided").fill("Fix the invoice editor's CSAT drop this sprint");
      await form.getByRole("checkbox", { name: "Product" }).check();
      await form.getByRole("button", { name: "Record decision" }).click();
      const today = page.getByRole("list", { name: "Today’s decisions" });
      await expect.poll(() => today.textContent()).toContain("Fix the invoice editor's CSAT drop this sprint");

      // RV11: finishing saves "Review <today>" of the journey the decision touched, and records the review.
      await page.getByRole("button", { name: "Finish review" }).click();
      await expect.poll(() => page.locator(".rv-finish").textContent(), { timeout: 15_000 }).toContain("Versions saved: Self-serve onboarding.");
      const versions = await call<{ kind: string; label?: string }[]>(env.server, "GET", `/api/maps/${mapId}/versions`, ws.viewKey);
      expect(versions.filter((v) => v.kind === "named").map((v) => v.label)).toEqual([`Review ${TODAY}`]);

      // Both are in the workspace's decisions log, the decision with its card and team.
      await page.getByRole("navigation", { name: "Workspace views" }).getByRole("link", { name: "Decisions", exact: true }).click();
      const log = page.getByRole("list", { name: "Decisions" });
      await expect.poll(() => log.textContent()).toContain("Fix the invoice editor's CSAT drop this sprint");
      expect(await log.textContent()).toContain(`Review ${TODAY}`);
      const exported = await call<{ decisions: { title: string; on: string; teamIds?: string[]; cards?: unknown[] }[] }>(env.server, "GET", `/api/workspaces/${ws.id}/export.json`, ws.viewKey);
      const decision = exported.decisions.find((d) => d.title.startsWith("Fix the invoice"));
      expect(decision).toMatchObject({ on: TODAY, teamIds: ["product"] });
      expect(decision?.cards).toHaveLength(1);
    } finally {
      await page.context().close();
    }
  });

  it("[RV12] Present shows one agenda section at a time: the arrow keys step, Escape ends", async () => {
    const { ws } = await setUp(env.server);
    const page = await openView(env.browser, env.server, ws.id, ws.viewKey, "review");
    try {
      await page.locator('[data-section="kpis"]').first().waitFor();
      await page.getByRole("button", { name: "Present" }).click();
      const shown = page.getByRole("dialog", { name: "Review agenda, presented" });
      await expect.poll(() => shown.getByRole("heading", { level: 2 }).textContent()).toContain("KPIs off target or moving");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => shown.getByRole("heading", { level: 2 }).textContent()).toContain("Overdue reviews");
      await page.keyboard.press("End");
      await expect.poll(() => shown.getByRole("heading", { level: 2 }).textContent()).toContain("New pain points");
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => shown.getByRole("heading", { level: 2 }).textContent()).toContain("Top of the CX backlog");
      // A viewer sees the agenda but no decision form.
      expect(await page.getByRole("form", { name: "Record a decision" }).count()).toBe(0);
      await page.keyboard.press("Escape");
      await expect.poll(() => shown.count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it("[RV13][RV14] the KPI overview lists the series' KPI off target first, filters by kind, and turns green live when a point is fed", async () => {
    const { ws } = await setUp(env.server);
    const page = await openView(env.browser, env.server, ws.id, ws.ownerKey, "kpis");
    try {
      const table = page.getByRole("table", { name: "KPIs, off target first" });
      const row = table.locator('tbody tr[data-card-id="t5"]');
      await row.waitFor();
      expect(await row.getAttribute("data-status")).toBe("red");
      expect(await row.textContent()).toContain("Checkout CSAT");
      // Off target first: no row after an on-target row is off target.
      const statuses = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-status")));
      const rank = { red: 0, amber: 1, none: 2, green: 3 } as Record<string, number>;
      expect(statuses.map((s) => rank[s ?? "none"])).toEqual([...statuses.map((s) => rank[s ?? "none"])].sort());
      expect(await axeProblems(page)).toEqual([]);

      await page.getByLabel("Kind").selectOption("CSAT");
      await expect.poll(() => table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-card-id")))).toEqual(["t5"]);

      // A feed call (the same command the feed endpoint applies) moves it to green without a reload.
      await call(env.server, "POST", `/api/workspaces/${ws.id}/commands`, ws.ownerKey, { commands: [{ type: "setMetricPoints", seriesId: "csat", points: [{ on: "2026-11-24", value: 4.8 }] }] });
      await expect.poll(() => row.getAttribute("data-status"), { timeout: 10_000 }).toBe("green");
    } finally {
      await page.context().close();
    }
  });
});
