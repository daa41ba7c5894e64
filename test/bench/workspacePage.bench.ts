/**
 * The workspace page at scale (issue 12 budgets): a workspace of 200 journeys x 200 cards, in
 * headless Chromium against the real server. Reported, never asserted:
 *
 * - first paint of the workspace home and of the central backlog: ms from navigation start
 *   until the table's first row is on screen (the page reads the server's projections, it never
 *   loads the 200 journey documents);
 * - a change in one journey visible in the central backlog: ms from `POST /api/maps/:id/commands`
 *   (the lowest open item rated impact 5, effort 1, 99 votes) until the page shows it on top, live, no reload;
 * - the map documents the server holds in memory after the views (rooms), and its resident memory.
 * Budgets: first paint < 1 s, change visible < 1 s.
 */
import { readFileSync } from "node:fs";
import { launchBrowser } from "../support/browser";
import { makeBigJourney } from "../support/bigJourney";
import { startServer } from "../support/server";
import { buildPage } from "./buildPage";
import { printTable } from "./printTable";

const JOURNEYS = Number(process.env.BENCH_WS_JOURNEYS ?? 200);
const CARDS = Number(process.env.BENCH_WS_CARDS ?? 200);

async function post<T>(url: string, body: unknown, key?: string): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const verdict = (ms: number) => (ms < 1000 ? "ok (< 1 s)" : "OVER 1 s");

export default async function workspacePageBench(): Promise<void> {
  const build = buildPage();
  const server = await startServer({ distDir: build.dir });
  const browser = await launchBrowser();
  try {
    const ws = await post<{ id: string; ownerKey: string }>(`${server.url}/api/workspaces`, { title: "Bench workspace" });
    const started = Date.now();
    const maps: string[] = [];
    for (let i = 0; i < JOURNEYS; i++) {
      const journey = makeBigJourney({ cards: CARDS, seed: 1000 + i });
      journey.title = `Journey ${i + 1}`;
      maps.push((await post<{ id: string }>(`${server.url}/api/workspaces/${ws.id}/maps`, { journey }, ws.ownerKey)).id);
    }
    // Every journey's projection is computed just after its creation, off the request: the views
    // are measured once they are all there (else a first paint could show a part of the workspace).
    const auth = { headers: { authorization: `Bearer ${ws.ownerKey}` } };
    const projected = async () => ((await (await fetch(`${server.url}/api/workspaces/${ws.id}/backlog?limit=1`, auth)).json()) as { journeys: unknown[] }).journeys.length;
    while ((await projected()) < JOURNEYS) await new Promise((r) => setTimeout(r, 100));
    const setupMs = Date.now() - started;

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    const firstPaint = async (path: string, rows: string): Promise<number> => {
      await page.goto(`${server.url}/w/${ws.id}${path}#k=${ws.ownerKey}`);
      await page.locator(`${rows} tbody tr`).first().waitFor({ timeout: 60_000 });
      return page.evaluate(() => performance.now());
    };
    // Median of three loads each (the first home load also downloads and compiles the page).
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const homes: number[] = [];
    const backlogs: number[] = [];
    for (let i = 0; i < 3; i++) {
      homes.push(await firstPaint("", "table.ws-journeys"));
      backlogs.push(await firstPaint("/backlog", "table.ws-backlog"));
    }
    const home = median(homes);
    const backlog = median(backlogs);
    process.stdout.write(`first paints (ms): home ${homes.map((x) => x.toFixed(0)).join(", ")}; backlog ${backlogs.map((x) => x.toFixed(0)).join(", ")}\n`);

    // The backlog's lowest-ranked open item is rated impact 5, effort 1 and given 99 votes: it
    // moves to the top, live. (The 50th shown row, the old target, already had priority 25 at
    // 200 journeys: rating it 5/1 moved nothing, so it was "not within 60 s" for no fault of the
    // live path.)
    const whole = (await (await fetch(`${server.url}/api/workspaces/${ws.id}/backlog`, auth)).json()) as { items: { mapId: string; cardId: string; status: string }[] };
    const lastOpen = whole.items.findLastIndex((i) => i.status !== "done");
    const last = whole.items[lastOpen];
    if (!last) throw new Error("the bench workspace has no open backlog item");
    const [mapId, cardId, rankBefore] = [last.mapId, last.cardId, String(lastOpen + 1)];
    const t0 = Date.now();
    await post(`${server.url}/api/maps/${mapId}/commands`, { commands: [{ type: "updateCard", id: cardId, patch: { impact: 5, effort: 1, votes: 99, status: "open" } }] }, ws.ownerKey);
    // A change that does not show within a minute is reported as such: the bench always completes.
    const change = await page
      .waitForFunction(
        ([m, c, before]) => {
          const row = document.querySelector(`table.ws-backlog tbody tr[data-map-id="${m}"][data-card-id="${c}"]`);
          return Number(row?.querySelector(".ws-rank")?.textContent ?? Infinity) < Number(before);
        },
        [mapId, cardId, rankBefore],
        { timeout: 60_000, polling: "raf" },
      )
      .then(
        () => Date.now() - t0,
        () => NaN,
      );
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    await context.close();

    const rooms = (await (await fetch(`${server.url}/metrics`)).text()).match(/^baton_rooms (\d+)/m)?.[1] ?? "n/a";
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? NaN);
    printTable(
      ["measure", `${JOURNEYS} journeys x ${CARDS} cards`, "budget"],
      [
        ["setup: import every journey, until all are projected (ms)", String(setupMs), ""],
        ["workspace home, first paint (ms)", home.toFixed(0), verdict(home)],
        ["central backlog, first paint (ms)", backlog.toFixed(0), verdict(backlog)],
        ["a change in one journey visible in the backlog (ms)", Number.isNaN(change) ? "not within 60 s" : String(change), Number.isNaN(change) ? "OVER 1 s" : verdict(change)],
        ["page JS heap after the backlog (MiB)", (heap / 2 ** 20).toFixed(1), ""],
        ["map documents loaded by the server after the views (rooms)", rooms, "not 200"],
        ["server resident memory (MiB)", Number.isFinite(rssKb) ? (rssKb / 1024).toFixed(1) : "n/a", ""],
      ],
    );
  } finally {
    await browser.close();
    await server.stop();
    build.cleanup();
  }
}
