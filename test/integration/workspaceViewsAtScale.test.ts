/**
 * The workspace views at scale (issue 12 budgets): a workspace of many seeded journeys, where
 * hundreds of backlog items share the top priority. Checks the live path end to end (a change,
 * the notice, the new backlog data) and the small answers the page reads (WA17): one filtered
 * page of the backlog ranked in the whole backlog, and `304 Not Modified` for what the page holds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeWorkspaceChanged } from "../../shared/protocol";
import { makeBigJourney } from "../support/bigJourney";
import { testSeed } from "../support/seed";
import { startServer, type CreatedMap, type RunningServer } from "../support/server";
import { eventually } from "./helpers/clients";
import { openRaw } from "./helpers/raw";

const JOURNEYS = 60;
const CARDS = 150;
const SEED = testSeed(1200);

interface Item {
  mapId: string;
  mapTitle: string;
  cardId: string;
  kind: "painPoint" | "opportunity";
  ownerTeamId: string | null;
  status: string;
  priority: number;
  votes: number;
  rank?: number;
}
interface Page {
  total: number;
  matched: number;
  offset: number;
  items: Item[];
  journeys: { id: string; title: string }[];
}

let server: RunningServer;
let ws: CreatedMap;

async function get<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; etag: string | null; body: T }> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${ws.viewKey}`, ...headers } });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get("etag"), body: (text === "" ? null : JSON.parse(text)) as T };
}

async function post(path: string, body: unknown, key: string): Promise<unknown> {
  const res = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) });
  expect(res.status, path).toBeLessThan(300);
  return res.json();
}

beforeAll(async () => {
  server = await startServer({ env: { BATON_CREATE_LIMIT: "1000" } });
  ws = (await post("/api/workspaces", { title: "Scale" }, "")) as CreatedMap;
  for (let i = 0; i < JOURNEYS; i++) {
    const journey = makeBigJourney({ cards: CARDS, seed: SEED + i });
    journey.title = `Journey ${i + 1}`;
    // Every third backlog item gets an owner team (the big journey owns only touchpoints).
    journey.cards.forEach((c, n) => {
      if ((c.kind === "painPoint" || c.kind === "opportunity") && n % 3 === 0) c.ownerTeamId = `team${n % 8}`;
    });
    await post(`/api/workspaces/${ws.id}/maps`, { journey }, ws.ownerKey);
  }
  // Every journey's projection is computed just after its creation, off the request.
  const until = Date.now() + 60_000;
  while ((await get<Page>(`/api/workspaces/${ws.id}/backlog?limit=1`)).body.journeys.length < JOURNEYS) {
    if (Date.now() > until) throw new Error("the projections of the seeded journeys never all appeared");
    await new Promise((r) => setTimeout(r, 50));
  }
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe(`workspace views at ${JOURNEYS} journeys (seed ${SEED})`, () => {
  it("[WA17] a page of the backlog is the filtered whole backlog cut at offset and limit, each row ranked in the whole backlog", async () => {
    const whole = (await get<{ items: Item[] }>(`/api/workspaces/${ws.id}/backlog`)).body.items;
    expect(whole.length).toBeGreaterThan(500);
    const open = whole.map((item, i) => ({ ...item, rank: i + 1 })).filter((i) => i.status !== "done");
    const first = (await get<Page>(`/api/workspaces/${ws.id}/backlog?limit=50`)).body;
    expect(first.total).toBe(whole.length);
    expect(first.matched).toBe(open.length);
    expect(first.items).toEqual(open.slice(0, 50));
    expect(first.journeys).toHaveLength(JOURNEYS);
    const second = (await get<Page>(`/api/workspaces/${ws.id}/backlog?offset=50&limit=50`)).body;
    expect(second.items).toEqual(open.slice(50, 100));

    const some = whole.find((i) => i.ownerTeamId !== null && i.kind === "opportunity");
    if (!some?.ownerTeamId) throw new Error("the seeded workspace has no owned opportunity");
    const q = `map=${some.mapId}&team=${some.ownerTeamId}&kind=opportunity&status=all&limit=1000`;
    const filtered = (await get<Page>(`/api/workspaces/${ws.id}/backlog?${q}`)).body;
    const expected = whole
      .map((item, i) => ({ ...item, rank: i + 1 }))
      .filter((i) => i.mapId === some.mapId && i.ownerTeamId === some.ownerTeamId && i.kind === "opportunity");
    expect(filtered.items).toEqual(expected);
    expect(filtered.matched).toBe(expected.length);
    const unowned = (await get<Page>(`/api/workspaces/${ws.id}/backlog?team=none&status=all&limit=1000`)).body;
    expect(unowned.items.every((i) => i.ownerTeamId === null)).toBe(true);
    expect(unowned.matched).toBe(whole.filter((i) => i.ownerTeamId === null).length);

    for (const bad of ["limit=0", "limit=1001", "limit=x", "offset=-1", "kind=note", "status=closed"]) {
      const r = await get<{ error: string; issues: { path: string }[] }>(`/api/workspaces/${ws.id}/backlog?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.issues[0]?.path, bad).toBe(bad.split("=")[0]);
    }
  });

  it("[WA17] every view answers 304 to the tag it gave while nothing changed, and a new tag once a journey changed", async () => {
    const paths = [`/backlog?limit=50`, `/backlog`, `/overview?on=2026-11-29`, `/touchpoints?on=2026-11-29`, `/rotations?from=2026-11-01&to=2026-11-30`];
    const tags = new Map<string, string>();
    for (const p of paths) {
      const first = await get<unknown>(`/api/workspaces/${ws.id}${p}`);
      expect(first.status, p).toBe(200);
      expect(first.etag, p).toMatch(/^W\/".+"$/);
      const again = await get<unknown>(`/api/workspaces/${ws.id}${p}`, { "if-none-match": first.etag ?? "" });
      expect([again.status, again.body], p).toEqual([304, null]);
      tags.set(p, first.etag ?? "");
    }
    const target = (await get<Page>(`/api/workspaces/${ws.id}/backlog?limit=1`)).body.items[0];
    if (!target) throw new Error("empty backlog");
    await post(`/api/maps/${target.mapId}/commands`, { commands: [{ type: "updateCard", id: target.cardId, patch: { title: "Renamed at scale" } }] }, ws.editKey);
    for (const p of paths) {
      let r = await get<unknown>(`/api/workspaces/${ws.id}${p}`, { "if-none-match": tags.get(p) ?? "" });
      // The projection follows the commit off its path: a 304 means "not yet", never stale data once changed.
      for (let i = 0; i < 400 && r.status === 304; i++) {
        await new Promise((res) => setTimeout(res, 25));
        r = await get<unknown>(`/api/workspaces/${ws.id}${p}`, { "if-none-match": tags.get(p) ?? "" });
      }
      expect(r.status, p).toBe(200);
      expect(r.etag, p).not.toBe(tags.get(p));
    }
  });

  it("[WA12][WA17] the lowest open item rated to the top: the live notice names its journey and the next first page starts with it", async () => {
    const whole = (await get<{ items: Item[] }>(`/api/workspaces/${ws.id}/backlog`)).body.items;
    // Hundreds of items already share the top priority: rating the 50th row 5/1 would move nothing.
    expect(whole.filter((i) => i.priority === 25 && i.status !== "done").length).toBeGreaterThan(50);
    const lastOpen = whole.findLastIndex((i) => i.status !== "done");
    const last = whole[lastOpen];
    if (!last) throw new Error("no open item");
    const before = await get<Page>(`/api/workspaces/${ws.id}/backlog?limit=50`);
    expect(before.body.items.some((i) => i.cardId === last.cardId && i.mapId === last.mapId)).toBe(false);

    const live = await openRaw(server.url, `/sync/w/${ws.id}?k=${ws.viewKey}&live=1`);
    try {
      await post(`/api/maps/${last.mapId}/commands`, { commands: [{ type: "updateCard", id: last.cardId, patch: { impact: 5, effort: 1, votes: 99, status: "open" } }] }, ws.editKey);
      await eventually(() => live.messages.some((m) => decodeWorkspaceChanged(m)?.maps.includes(last.mapId) ?? false), "a workspace-changed notice naming the edited journey", 30_000);
      const after = await get<Page>(`/api/workspaces/${ws.id}/backlog?limit=50`, { "if-none-match": before.etag ?? "" });
      expect(after.status).toBe(200);
      expect(after.body.items[0]).toMatchObject({ mapId: last.mapId, cardId: last.cardId, priority: 25, votes: 99, rank: 1 });
      expect(after.body.items.slice(1).map((i) => i.rank)).toEqual(before.body.items.slice(0, 49).map((i) => (i.rank ?? 0) + 1));
    } finally {
      live.ws.close();
    }
  });
});
