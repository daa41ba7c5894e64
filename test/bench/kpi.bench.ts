/**
 * KPI budgets of issue 16, against the real server (and the built page in headless Chromium).
 * Reported, never asserted (median of 3 runs; these machines are shared and noisy):
 *
 * - posting 1,000 points to a series through the feed endpoint with a feed key
 *   (`POST /api/workspaces/:id/metrics/:seriesId/points`): ms from request to response, into a
 *   series that already holds 365 points (so each call upserts into a real series). Budget < 100 ms.
 * - a workspace with 500 series x 365 points, each shown by a touchpoint's KPI (5 journeys of 100
 *   touchpoints): the KPI overview's first paint, ms from navigation start until the table's
 *   first row is on screen (the page syncs the workspace document, which holds the series'
 *   definitions only, fetches the touchpoints' projection and the points window of
 *   API-RULES.md WK7, and reads every KPI through the library). Budget < 500 ms. The setup's
 *   `addMetricSeries {points}` commands store their points beside the document (WK5).
 * - the cross-functional review on the same workspace: first paint of its agenda (reported, no budget).
 */
import { launchBrowser } from "../support/browser";
import { startServer } from "../support/server";
import { buildPage } from "./buildPage";
import { printTable } from "./printTable";

const SERIES = Number(process.env.BENCH_KPI_SERIES ?? 500);
const POINTS = Number(process.env.BENCH_KPI_POINTS ?? 365);
const JOURNEYS = 5;
const RUNS = 3;

async function post<T>(url: string, body: unknown, key?: string): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

const day = (n: number) => new Date(Date.UTC(2025, 11, 1) + n * 86_400_000).toISOString().slice(0, 10);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const verdict = (ms: number, budget: number) => (ms < budget ? `ok (< ${budget} ms)` : `OVER ${budget} ms`);

/** `n` points from `start`, a slow wave around 70 (so some series are off a target of 72). */
function points(n: number, seed: number, start = 0) {
  return Array.from({ length: n }, (_, i) => ({ on: day(start + i), value: Math.round((70 + 8 * Math.sin((i + seed) / 20)) * 10) / 10 }));
}

export default async function kpiBench(): Promise<void> {
  const build = buildPage();
  const server = await startServer({ distDir: build.dir });
  const browser = await launchBrowser();
  try {
    const ws = await post<{ id: string; ownerKey: string }>(`${server.url}/api/workspaces`, { title: "KPI bench" });
    const base = `${server.url}/api/workspaces/${ws.id}`;

    // 1. The feed: 1,000 points a call into a series of 365, with a feed key.
    await post(`${base}/commands`, { commands: [{ type: "addMetricSeries", series: { id: "feed", kind: "CSAT", target: 72, points: points(POINTS, 0) } }] }, ws.ownerKey);
    const feed = await post<{ key: string }>(`${base}/feed-keys`, { label: "bench" }, ws.ownerKey);
    const postMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const body = points(1000, run, POINTS + run * 1000);
      const t0 = performance.now();
      await post(`${base}/metrics/feed/points`, body, feed.key);
      postMs.push(performance.now() - t0);
    }

    // 2. 500 series x 365 points, each on one touchpoint of one of 5 journeys.
    const setup0 = Date.now();
    for (let s = 0; s < SERIES; s += 25) {
      const commands = Array.from({ length: Math.min(25, SERIES - s) }, (_, i) => ({
        type: "addMetricSeries",
        series: { id: `s${s + i}`, kind: "CSAT", label: `Series ${s + i}`, target: 72, unit: "%", points: points(POINTS, s + i) },
      }));
      await post(`${base}/commands`, { commands }, ws.ownerKey);
    }
    const perJourney = Math.ceil(SERIES / JOURNEYS);
    for (let j = 0; j < JOURNEYS; j++) {
      const stages = ["aware", "buy", "use", "renew"].map((id) => ({ id, name: id }));
      const cards = Array.from({ length: Math.min(perJourney, SERIES - j * perJourney) }, (_, i) => ({
        id: `k${i}`, kind: "touchpoint", title: `Touchpoint ${i + 1}`, stageId: (stages[i % stages.length] as { id: string }).id, laneId: "tp",
        metrics: [{ kind: "CSAT", seriesId: `s${j * perJourney + i}` }],
      }));
      const journey = { format: "baton.journey", version: 1, title: `Journey ${j + 1}`, stages, lanes: [{ id: "tp", name: "Touchpoints", kind: "touchpoints" }], cards };
      await post(`${base}/maps`, { journey }, ws.ownerKey);
    }
    const setupMs = Date.now() - setup0;

    /** Where the first paint's time goes: when the projection's answer and the document's sync arrived. */
    const parts: { touchpoints: number; synced: number }[] = [];
    const firstPaint = async (view: string, selector: string): Promise<number> => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(`${server.url}/w/${ws.id}/${view}#k=${ws.ownerKey}`);
      await page.locator(selector).first().waitFor({ timeout: 60_000 });
      const ms = await page.evaluate(() => performance.now());
      const rows = await page.locator(selector).count();
      if (view === "kpis") {
        await page.locator('[role="status"][data-link="connected"]').waitFor({ timeout: 60_000 });
        const synced = await page.evaluate(() => performance.now());
        const touchpoints = await page.evaluate(() => (performance.getEntriesByType("resource").find((e) => e.name.includes("/touchpoints")) as PerformanceResourceTiming | undefined)?.responseEnd ?? NaN);
        parts.push({ touchpoints, synced });
      }
      await context.close();
      if (rows === 0) throw new Error(`${view}: nothing drawn`);
      return ms;
    };
    // Projections are computed off the commit path: wait until the overview shows every KPI once.
    await firstPaint("kpis", "table.kpi-table tbody tr[data-card-id]");
    const overview: number[] = [];
    const review: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      overview.push(await firstPaint("kpis", "table.kpi-table tbody tr[data-card-id]"));
      review.push(await firstPaint("review", ".rv-section"));
    }
    printTable(
      ["measure", "median of 3", "runs", "budget"],
      [
        [`post 1,000 points with a feed key (ms, request to response)`, median(postMs).toFixed(1), postMs.map((x) => x.toFixed(1)).join(" / "), verdict(median(postMs), 100)],
        [`setup: ${SERIES} series x ${POINTS} points, ${JOURNEYS} journeys (ms)`, String(setupMs), "", ""],
        [`KPI overview, first paint (ms)`, median(overview).toFixed(0), overview.map((x) => x.toFixed(0)).join(" / "), verdict(median(overview), 500)],
        [`  of which: the touchpoints' answer arrived at (ms)`, median(parts.slice(1).map((p) => p.touchpoints)).toFixed(0), parts.slice(1).map((p) => p.touchpoints.toFixed(0)).join(" / "), ""],
        [`  the workspace document synced (ms; may be after the paint)`, median(parts.slice(1).map((p) => p.synced)).toFixed(0), parts.slice(1).map((p) => p.synced.toFixed(0)).join(" / "), ""],
        [`review agenda, first paint (ms)`, median(review).toFixed(0), review.map((x) => x.toFixed(0)).join(" / "), ""],
      ],
    );
  } finally {
    await browser.close();
    await server.stop();
    build.cleanup();
  }
}
