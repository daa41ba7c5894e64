import { describe, expect, it } from "vitest";
import { parseRoute, workspaceHref } from "../../client/app/route";
import { backlogRows, WHOLE_BACKLOG } from "../../client/workspace/backlogRows";
import { createChangeSignal } from "../../client/workspace/changeSignal";
import { ALL_JOURNEYS, journeyGroups, journeyRows } from "../../client/workspace/journeyRows";
import { calendarBars, reviewQueue } from "../../client/workspace/reviewQueue";
import { teamRollups } from "../../client/workspace/teamRollup";
import type { OverviewJourney, WsBacklogItem, WsTouchpoint } from "../../client/workspace/workspaceApi";
import { Rng, testSeed } from "../support/seed";

function journey(id: string, over: Partial<OverviewJourney> = {}): OverviewJourney {
  return {
    id,
    title: `Journey ${id}`,
    status: "live",
    group: null,
    tags: [],
    updatedAt: "2026-11-01T10:00:00.000Z",
    ownerNow: null,
    ownerNext: null,
    handoverOn: null,
    touchpoints: 0,
    unowned: 0,
    openPainPoints: 0,
    kpiHealth: { on: 0, close: 0, off: 0, none: 0 },
    reviewsDue: 0,
    reviewsOverdue: 0,
    ...over,
  };
}

function item(mapId: string, cardId: string, over: Partial<WsBacklogItem> = {}): WsBacklogItem {
  return {
    mapId,
    mapTitle: `Journey ${mapId}`,
    cardId,
    kind: "painPoint",
    title: cardId,
    stageId: "s1",
    stageName: "Stage",
    ownerTeamId: null,
    impact: 3,
    effort: 3,
    votes: 0,
    status: "open",
    priority: 9,
    ...over,
  };
}

function touchpoint(mapId: string, cardId: string, over: Partial<WsTouchpoint> = {}): WsTouchpoint {
  return { mapId, mapTitle: `Journey ${mapId}`, cardId, title: cardId, stageName: "Stage", ownerTeamId: null, metrics: [], review: { state: "notDue" }, ...over };
}

describe("workspace page routes", () => {
  it("[WP1] reads the workspace, its view and the key from the fragment; unknown views are not found", () => {
    expect(parseRoute("/w/ws_1", "#k=abc")).toEqual({ page: "workspace", workspaceId: "ws_1", view: "home", key: "abc" });
    expect(parseRoute("/w/ws_1/backlog/", "")).toEqual({ page: "workspace", workspaceId: "ws_1", view: "backlog", key: null });
    expect(parseRoute("/w/ws_1/nope", "#k=abc").page).toBe("notFound");
    expect(parseRoute("/w/../x", "").page).toBe("notFound");
    expect(workspaceHref("ws_1", "k/1", "people")).toBe("/w/ws_1/people#k=k%2F1");
    expect(workspaceHref("ws_1", "k")).toBe("/w/ws_1#k=k");
    for (const view of ["home", "backlog", "teams", "people", "okrs", "directory", "decisions"] as const) {
      const href = workspaceHref("w", "k", view);
      const url = new URL(href, "http://x");
      expect(parseRoute(url.pathname, url.hash)).toEqual({ page: "workspace", workspaceId: "w", view, key: "k" });
    }
  });
});

describe("the journeys table", () => {
  const names: Record<string, string> = { p1: "Ada Lovelace", p2: "Grace Hopper" };
  const all = [
    journey("a", { title: "Onboarding", group: "Start", tags: ["b2b"], ownerNow: "p1", updatedAt: "2026-11-03T00:00:00Z", reviewsOverdue: 1 }),
    journey("b", { title: "Billing", group: "Money", status: "draft", ownerNext: "p2", updatedAt: "2026-11-01T00:00:00Z", reviewsDue: 4 }),
    journey("c", { title: "Support", group: null, status: null, updatedAt: "2026-11-02T00:00:00Z", openPainPoints: 7 }),
  ];
  const name = (id: string | null) => (id ? (names[id] ?? "") : "");

  it("[WP2] searches title, group, tags and owners' names, every word must match", () => {
    expect(journeyRows(all, { ...ALL_JOURNEYS, search: "onboard" }, name).map((j) => j.id)).toEqual(["a"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, search: "B2B start" }, name).map((j) => j.id)).toEqual(["a"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, search: "hopper" }, name).map((j) => j.id)).toEqual(["b"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, search: "ada money" }, name)).toEqual([]);
  });

  it("[WP2] filters by status and group, with 'none' for journeys without one", () => {
    expect(journeyRows(all, { ...ALL_JOURNEYS, status: "draft" }).map((j) => j.id)).toEqual(["b"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, status: "none" }).map((j) => j.id)).toEqual(["c"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, group: "none" }).map((j) => j.id)).toEqual(["c"]);
    expect(journeyGroups(all)).toEqual(["Money", "Start"]);
  });

  it("[WP2] sorts by a column either way, newest change first by default", () => {
    expect(journeyRows(all, ALL_JOURNEYS).map((j) => j.id)).toEqual(["a", "c", "b"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, sort: "title", descending: false }).map((j) => j.id)).toEqual(["b", "a", "c"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, sort: "reviews" }).map((j) => j.id)).toEqual(["a", "b", "c"]);
    expect(journeyRows(all, { ...ALL_JOURNEYS, sort: "painPoints" }).map((j) => j.id)[0]).toBe("c");
  });

  it("[WP2] the order is total and stable: ties break by title then id, whatever the input order", () => {
    const seed = testSeed(1212);
    const rng = new Rng(seed);
    const many = Array.from({ length: 60 }, (_, i) =>
      journey(`j${i}`, { title: `T${rng.int(5)}`, reviewsDue: rng.int(3), status: (["live", "draft", null] as const)[rng.int(3)] }),
    );
    for (const sort of ["reviews", "status", "title", "unowned"] as const) {
      const shuffled = [...many].sort(() => rng.next() - 0.5);
      const a = journeyRows(many, { ...ALL_JOURNEYS, sort }).map((j) => j.id);
      const b = journeyRows(shuffled, { ...ALL_JOURNEYS, sort }).map((j) => j.id);
      expect(b, `seed ${seed}, sort ${sort}`).toEqual(a);
    }
  });
});

describe("the central backlog", () => {
  const items = [
    item("m1", "c1", { priority: 25, ownerTeamId: "t1" }),
    item("m2", "c2", { priority: 20, status: "done" }),
    item("m1", "c3", { priority: 15, kind: "opportunity", status: null, ownerTeamId: "t2" }),
    item("m2", "c4", { priority: 9, status: "inProgress", ownerTeamId: "t1" }),
  ];
  it("[WP3] keeps the server's order, hides done items by default and ranks in the whole backlog", () => {
    expect(backlogRows(items, WHOLE_BACKLOG).map((r) => [r.cardId, r.rank])).toEqual([
      ["c1", 1],
      ["c3", 3],
      ["c4", 4],
    ]);
    expect(backlogRows(items, { ...WHOLE_BACKLOG, status: "all" }).map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });
  it("[WP3] filters by journey, team (or none), kind and status; no status counts as open", () => {
    expect(backlogRows(items, { ...WHOLE_BACKLOG, mapId: "m2" }).map((r) => r.cardId)).toEqual(["c4"]);
    expect(backlogRows(items, { ...WHOLE_BACKLOG, teamId: "t1" }).map((r) => r.cardId)).toEqual(["c1", "c4"]);
    expect(backlogRows(items, { ...WHOLE_BACKLOG, status: "all", teamId: "none" }).map((r) => r.cardId)).toEqual(["c2"]);
    expect(backlogRows(items, { ...WHOLE_BACKLOG, kind: "opportunity" }).map((r) => r.cardId)).toEqual(["c3"]);
    expect(backlogRows(items, { ...WHOLE_BACKLOG, status: "open" }).map((r) => r.cardId)).toEqual(["c1", "c3"]);
  });
});

describe("teams across journeys", () => {
  it("[WP4] gives each team its touchpoints, open items and objectives; the rest goes under 'no owner team'", () => {
    const teams = [
      { id: "t1", name: "Support" },
      { id: "t2", name: "Billing" },
    ];
    const tps = [
      touchpoint("m1", "a", { ownerTeamId: "t1", review: { state: "overdue" }, metrics: [{ kind: "CSAT", value: 80, target: 80 }] }),
      touchpoint("m2", "b", { ownerTeamId: "t1", review: { state: "due" } }),
      touchpoint("m2", "c", { ownerTeamId: "gone" }),
    ];
    const backlog = [item("m1", "x", { ownerTeamId: "t2" }), item("m2", "y", { ownerTeamId: "t2", status: "done" }), item("m3", "z")];
    const okrs = [{ id: "o1", objective: "Happier", teamIds: ["t1", "t2"], keyResults: [{ id: "k", title: "KR", target: 1, cards: [] }] }];
    const r = teamRollups(teams, tps, backlog, okrs);
    expect(r.map((x) => x.team?.id ?? null)).toEqual(["t1", "t2", null]);
    expect(r[0]).toMatchObject({ reviewsDue: 1, reviewsOverdue: 1, journeys: 2, kpis: { on: 1, close: 0, off: 0, none: 0 } });
    expect(r[0]?.okrs.map((o) => o.id)).toEqual(["o1"]);
    expect(r[1]?.backlog.map((b) => b.cardId)).toEqual(["x"]);
    expect(r[2]?.touchpoints.map((t) => t.cardId)).toEqual(["c"]);
    expect(r[2]?.backlog.map((b) => b.cardId)).toEqual(["z"]);
    expect(teamRollups(teams, [], [], [])).toHaveLength(2);
  });
});

describe("people across journeys", () => {
  it("[WP5] queues the touchpoints due in every journey the person owns today, overdue first", () => {
    const journeys = [journey("m1", { title: "A", ownerNow: "p1" }), journey("m2", { title: "B", ownerNow: "p1" }), journey("m3", { ownerNow: "p2" })];
    const tps = [
      touchpoint("m1", "a1", { review: { state: "due" } }),
      touchpoint("m1", "a2", { review: { state: "overdue" } }),
      touchpoint("m1", "a3", { review: { state: "done" } }),
      touchpoint("m2", "b1", { review: { state: "notDue" } }),
      touchpoint("m3", "c1", { review: { state: "due" } }),
    ];
    const q = reviewQueue("p1", journeys, tps);
    expect(q.map((j) => j.mapId)).toEqual(["m1", "m2"]);
    expect(q[0]?.items.map((t) => t.cardId)).toEqual(["a2", "a1"]);
    expect(q[0]?.done).toBe(1);
    expect(q[1]?.items).toEqual([]);
    expect(reviewQueue("nobody", journeys, tps)).toEqual([]);
  });

  it("[WP6] draws periods inclusive of both ends, clipped to the window", () => {
    const rotation = {
      mapId: "m",
      mapTitle: "M",
      periods: [
        { start: "2026-10-20", end: "2026-11-02", ownerId: "p1" },
        { start: "2026-11-03", end: "2026-11-09", ownerId: "p2", cover: true as const },
        { start: "2026-11-10", end: "2026-12-31", ownerId: "p1" },
        { start: "2027-01-01", end: "2027-01-07", ownerId: "p2" },
      ],
    };
    const bars = calendarBars(rotation, "2026-11-01", 14);
    expect(bars.map((b) => [b.ownerId, b.fromColumn, b.toColumn, b.cover])).toEqual([
      ["p1", 1, 3, false],
      ["p2", 3, 10, true],
      ["p1", 10, 15, false],
    ]);
  });
});

describe("live refresh", () => {
  it("[WP7] many change notices within the wait become one signal, and later ones signal again", async () => {
    const signal = createChangeSignal(20);
    let heard = 0;
    signal.subscribe(() => heard++);
    for (let i = 0; i < 50; i++) signal.notify();
    await new Promise((r) => setTimeout(r, 60));
    expect(heard).toBe(1);
    expect(signal.version()).toBe(1);
    signal.notify();
    await new Promise((r) => setTimeout(r, 60));
    expect(heard).toBe(2);
    signal.notify();
    signal.dispose();
    await new Promise((r) => setTimeout(r, 60));
    expect(heard).toBe(2);
  });
});
