import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyCommands } from "../../shared/commands/applyCommands";
import { docToJourney } from "../../shared/doc/docToJourney";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { currentOf, keyResultProgress, measuredCurrent, objectiveProgress } from "../../shared/dso/okr";
import { REFERENCES } from "../../shared/workspace/references";
import { composeJourney, splitJourney, writeMapPart } from "../../shared/workspace/compose";
import type { Workspace, WorkspaceFile } from "../../shared/workspace/schema";
import { validateWorkspaceFile } from "../../shared/workspace/validateWorkspaceFile";
import { docToWorkspace, workspaceToDoc } from "../../shared/workspace/workspaceDoc";
import { exampleJourney } from "../support/example";

const workspace = (): Workspace => ({
  title: "Acme CX",
  teams: [{ id: "t1", name: "Support" }, { id: "t2", name: "Billing" }],
  people: [{ id: "p1", name: "Ana", teamId: "t1" }, { id: "p2", name: "Ben" }],
  okrs: [{ id: "o1", objective: "Fewer tickets", teamIds: ["t1", "t2"], keyResults: [{ id: "k1", title: "CSAT 90", metric: "CSAT", target: 90, cards: [{ mapId: "m1", cardId: "c1" }], metricId: "s1" }] }],
  metrics: [{ id: "s1", kind: "CSAT", ownerTeamId: "t2", points: [{ on: "2026-11-01", value: 80 }] }],
  decisions: [{ id: "d1", on: "2026-11-20", title: "Own chat", teamIds: ["t1", "t2"], by: "p2", cards: [{ mapId: "m1", cardId: "c1" }] }],
});

const file = (): Record<string, unknown> => ({
  format: "baton.workspace",
  version: 1,
  title: "Acme",
  teams: [{ id: "t1", name: "Support" }],
  people: [{ id: "p1", name: "Ana", teamId: "t1" }],
  okrs: [{ id: "o1", objective: "O", teamIds: ["t1"], keyResults: [{ id: "k1", title: "K", target: 1, cards: [{ journeyId: "j1", cardId: "c1" }] }] }],
  journeys: [{ id: "j1", title: "J", stages: [{ id: "s1", name: "S" }], lanes: [{ id: "l1", name: "L", kind: "touchpoints" }], cards: [{ id: "c1", kind: "touchpoint", stageId: "s1", laneId: "l1", title: "T", ownerTeamId: "t1" }], rotation: { cadenceDays: 7, startsOn: "2026-11-02", ownerIds: ["p1"] } }],
});

describe("the references table", () => {
  it("[WS3][F7] lists every reference F7 names, once, with what happens when its target goes", () => {
    const rows = REFERENCES.map((r) => `${r.from.list}.${r.from.field}->${r.to.list}`);
    for (const f7 of [
      "cards.stageId->stages", "cards.laneId->lanes", "cards.ownerTeamId->teams", "people.teamId->teams", "okrs.teamIds->teams",
      "rotation.ownerIds->people", "overrides.ownerId->people", "links.from->cards", "links.to->cards", "reviews.cardId->cards",
      "comments.cardId->cards", "reviews.reviewerId->people", "comments.replyTo->comments",
    ]) expect(rows).toContain(f7);
    expect(new Set(rows).size).toBe(rows.length);
    // Key results point at cards of any journey: the cross-document row replaces F7's cardIds.
    expect(REFERENCES.find((r) => r.from.list === "keyResults" && r.from.field === "cards")?.to).toEqual({ doc: "map", list: "cards" });
  });
});

describe("the workspace document", () => {
  it("[WS2] workspaceToDoc then docToWorkspace gives the same workspace, with no problems", () => {
    const { workspace: back, problems } = docToWorkspace(workspaceToDoc(workspace()));
    expect(problems).toEqual([]);
    expect(back).toEqual(workspace());
  });

  it("[WS3] deleting a team or person cascades by the table: metrics, decisions, people and objectives", () => {
    const doc = workspaceToDoc(workspace());
    const r = applyCommands(doc, [{ type: "deleteTeam", id: "t2" }, { type: "deletePerson", id: "p2" }, { type: "deleteMetricSeries", id: "s1" }], "local");
    expect(r.skipped).toEqual([]);
    const ws = docToWorkspace(doc);
    expect(ws.problems).toEqual([]);
    expect(ws.workspace.okrs[0]?.teamIds).toEqual(["t1"]);
    expect(ws.workspace.okrs[0]?.keyResults[0]?.metricId).toBeUndefined();
    expect(ws.workspace.decisions[0]).toEqual({ id: "d1", on: "2026-11-20", title: "Own chat", teamIds: ["t1"], cards: [{ mapId: "m1", cardId: "c1" }] });
  });

  it("[WS3] the reader repairs what a foreign client left dangling, by the table", () => {
    const doc = workspaceToDoc(workspace());
    doc.getMap("teams").delete("t2"); // no cascade: a raw write
    const ws = docToWorkspace(doc);
    expect(ws.workspace.metrics[0]?.ownerTeamId).toBeUndefined();
    expect(ws.workspace.okrs[0]?.teamIds).toEqual(["t1"]);
    expect(ws.problems.map((p) => p.collection).sort()).toEqual(["decisions", "metrics", "okrs"]);
  });

  it("[WS6][K3] metric series, points and decisions are written by commands; a map document refuses them", () => {
    const doc = workspaceToDoc(workspace());
    const r = applyCommands(doc, [
      { type: "setMetricPoint", seriesId: "s1", on: "2026-10-01", value: 70 },
      { type: "setMetricPoint", seriesId: "s1", on: "2026-11-01", value: 85 },
      { type: "addDecision", decision: { id: "d2", on: "2026-11-25", title: "Newer" } },
      { type: "addDecision", decision: { id: "d3", on: "2026-11-25", title: "Bad", by: "nobody" } },
      { type: "addOkr", okr: { id: "o2", objective: "X", teamIds: ["t1"], keyResults: [{ id: "k", title: "K", target: 1, cards: [{ mapId: "m9", cardId: "c9" }] }] } as never },
      { type: "setTitle", title: "Renamed" },
    ], "local");
    expect(r.skipped).toEqual([{ index: 3, reason: 'no person "nobody"' }]);
    const ws = docToWorkspace(doc).workspace;
    expect(ws.title).toBe("Renamed");
    expect(ws.metrics[0]?.points).toEqual([{ on: "2026-10-01", value: 70 }, { on: "2026-11-01", value: 85 }]);
    expect(ws.decisions.map((d) => d.id)).toEqual(["d2", "d1"]);
    expect(ws.okrs[1]?.keyResults[0]?.cards).toEqual([{ mapId: "m9", cardId: "c9" }]);
    const map = journeyToDoc(exampleJourney());
    expect(applyCommands(map, [{ type: "addDecision", decision: { id: "d", on: "2026-11-25", title: "T" } }], "local").skipped[0]?.reason).toMatch(/workspace/);
  });

  it("[WS1] status, group and tags are set and removed by commands and read back", () => {
    const doc = journeyToDoc(exampleJourney());
    applyCommands(doc, [{ type: "setJourneyStatus", status: "live" }, { type: "setJourneyGroup", group: "Onboarding" }, { type: "setJourneyTags", tags: ["b2b", "eu"] }], "local");
    expect(docToJourney(doc).journey).toMatchObject({ status: "live", group: "Onboarding", tags: ["b2b", "eu"] });
    const bad = applyCommands(doc, [{ type: "setJourneyStatus", status: "retired" as never }, { type: "setJourneyTags", tags: Array(21).fill("x") }], "local");
    expect(bad.skipped.map((s) => s.index)).toEqual([0, 1]);
    applyCommands(doc, [{ type: "setJourneyStatus", status: null }], "local");
    expect(docToJourney(doc).journey.status).toBeUndefined();
  });
});

describe("composition", () => {
  it("[WS5] importing into a workspace matches teams and people by id, then by exact name, and renames the journey's references", () => {
    const journey = {
      ...exampleJourney(),
      teams: [{ id: "x1", name: "Support" }, { id: "t2", name: "Money" }, { id: "new", name: "New team" }],
      people: [{ id: "y1", name: "Ana" }],
    };
    journey.cards = journey.cards.map((c, i) => (i === 0 ? { ...c, ownerTeamId: "x1" } : (({ ownerTeamId: _o, ...rest }) => rest)(c)));
    journey.rotation = { cadenceDays: 14, startsOn: "2026-11-02", ownerIds: ["y1"] };
    delete journey.okrs;
    delete journey.reviews;
    const split = splitJourney(journey, workspace(), "m2");
    expect(split.workspaceCommands).toEqual([{ type: "addTeam", team: { id: "new", name: "New team" } }]);
    expect(split.map.cards[0]?.ownerTeamId).toBe("t1");
    expect(split.map.rotation?.ownerIds).toEqual(["p1"]);
  });

  it("[WS4][WS5] a map reads the workspace's directory; its export holds what it references and the objectives on its cards", () => {
    const ws = workspace();
    const map = new Y.Doc();
    const journey = {
      format: "baton.journey" as const, version: 1 as const, title: "J",
      stages: [{ id: "s1", name: "S" }], lanes: [{ id: "l1", name: "L", kind: "touchpoints" as const }],
      cards: [{ id: "c1", kind: "touchpoint" as const, stageId: "s1", laneId: "l1", title: "Chat", ownerTeamId: "t1", metrics: [{ kind: "CSAT" as const, value: 88 }] }],
      rotation: { cadenceDays: 7, startsOn: "2026-11-02", ownerIds: ["p1"] },
    };
    map.transact(() => writeMapPart(map, { map: journey, lists: [] }));
    const out = composeJourney(map, ws, "m1").journey;
    expect(out.teams).toEqual([{ id: "t1", name: "Support" }, { id: "t2", name: "Billing" }]); // card owner + OKR teams
    expect(out.people).toEqual([{ id: "p1", name: "Ana", teamId: "t1" }]);
    expect(out.okrs?.[0]?.keyResults[0]).toEqual({ id: "k1", title: "CSAT 90", metric: "CSAT", target: 90, cardIds: ["c1"] });
    expect(composeJourney(map, ws, "m9").journey.okrs).toBeUndefined();
  });

  it("[WS10] a key result whose metric its cards measure takes its current from them; a typed value stays where none does", () => {
    const cards = [{ metrics: [{ kind: "CSAT" as const, value: 80 }] }, { metrics: [{ kind: "CSAT" as const, value: 90 }, { kind: "NPS" as const, value: 10 }] }, {}];
    expect(measuredCurrent({ metric: "CSAT" }, cards)).toBe(85);
    expect(measuredCurrent({ metric: "CES" }, cards)).toBeUndefined();
    expect(measuredCurrent({ metric: "custom" }, [{ metrics: [{ kind: "custom", label: "x", value: 3 }] }])).toBeUndefined();
    expect(currentOf({ metric: "CES", target: 2, current: 3 }, cards)).toBe(3);
    expect(keyResultProgress({ metric: "CSAT", baseline: 80, target: 90, current: 0 }, cards)).toBe(0.5);
    expect(objectiveProgress({ keyResults: [{ metric: "NPS", target: 20 }] }, () => cards)).toBe(0.5);
  });
});

describe("validateWorkspaceFile", () => {
  it("[WS8] accepts a valid file and returns a clean copy", () => {
    const r = validateWorkspaceFile(file());
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(r.ok && (r.file as WorkspaceFile).journeys[0]?.id).toBe("j1");
  });

  it("[WS8][WS7] refuses an invalid file whole with every problem by JSON path", () => {
    const f = file() as { teams: unknown[]; people: unknown[]; okrs: { keyResults: { cards: unknown[] }[] }[]; journeys: Record<string, unknown>[]; extra?: unknown; metrics?: unknown };
    f.teams.push({ id: "t1", name: "Again" });
    f.people.push({ id: "p2", name: "Bo", teamId: "t9" });
    (f.okrs[0] as { keyResults: { cards: unknown[] }[] }).keyResults[0]!.cards.push({ journeyId: "j2", cardId: "c1" }, { journeyId: "j1", cardId: "c9" });
    (f.journeys[0] as { cards: Record<string, unknown>[] }).cards[0]!["ownerTeamId"] = "t7";
    f.journeys[0]!["format"] = "baton.journey";
    f.extra = 1;
    f.metrics = [{ id: "m", kind: "CSAT", points: [{ on: "2026-11-02", value: 1 }, { on: "2026-11-01", value: 2 }] }];
    const r = validateWorkspaceFile(f);
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    expect(issues).toEqual(expect.arrayContaining([
      'teams[1].id: duplicate id "t1" (also teams[0])',
      'people[1].teamId: no team "t9"',
      'okrs[0].keyResults[0].cards[1].journeyId: no journey "j2"',
      'okrs[0].keyResults[0].cards[2].cardId: no card "c9" in journey "j1"',
      'journeys[0].cards[0].ownerTeamId: no team "t7"',
      "journeys[0].format: is not a known key",
      "extra: is not a known key",
      "metrics[0].points[1].on: points must be sorted by date, one per date",
    ]));
  });

  it("[WS8] hostile input is an issue, never a throw", () => {
    for (const bad of [null, [], 5, "x", { format: "baton.workspace", version: 1, title: "t", teams: [], people: [], journeys: Array(501).fill({}) }, JSON.parse('{"__proto__": {}}')]) {
      const r = validateWorkspaceFile(bad);
      expect(r.ok).toBe(false);
    }
  });
});
