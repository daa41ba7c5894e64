import { describe, expect, it } from "vitest";
import { formatIssue, parseJourneyText, validateJourney, type JourneyIssue } from "../../shared/validate";
import { exampleJourneyText } from "../support/example";

const EXAMPLE_TEXT = exampleJourneyText();

/** Deliberately broken JSON: the tests write any value anywhere, so it is typed as loosely as JSON.parse's result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** A fresh copy of the example, changed by `change`; typed loosely so tests can break it. */
function example(change: (j: Raw) => void = () => {}): Raw {
  const j = JSON.parse(EXAMPLE_TEXT);
  change(j);
  return j;
}

function issuesOf(input: unknown): JourneyIssue[] {
  const r = validateJourney(input);
  if (r.ok) throw new Error("expected the input to be refused");
  return r.issues;
}

/** Exactly one problem, at `path`, saying `message`. */
function expectOnly(input: unknown, path: string, message: string): void {
  expect(issuesOf(input)).toEqual([{ path, message }]);
}

describe("validateJourney: the example and the result", () => {
  it("[F14] the example file validates and comes back as the same JSON value", () => {
    const r = parseJourneyText(EXAMPLE_TEXT);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.journey).toEqual(JSON.parse(EXAMPLE_TEXT));
  });

  it("[F14] optional fields that were absent stay absent", () => {
    const minimal = { format: "baton.journey", version: 1, title: "T", stages: [], lanes: [], cards: [] };
    const r = validateJourney(minimal);
    expect(r.ok && Object.keys(r.journey).sort()).toEqual(["cards", "format", "lanes", "stages", "title", "version"]);
    const r2 = validateJourney({
      ...minimal,
      stages: [{ id: "s", name: "S" }],
      lanes: [{ id: "l", name: "L", kind: "notes" }],
      cards: [{ id: "c", kind: "note", stageId: "s", laneId: "l", title: "x" }],
    });
    expect(r2.ok && Object.keys(r2.journey.cards[0] as object).sort()).toEqual(["id", "kind", "laneId", "stageId", "title"]);
  });

  it("[F14] the result is a copy: changing it leaves the input alone", () => {
    const input = example();
    const r = validateJourney(input);
    if (!r.ok) throw new Error("example must validate");
    r.journey.title = "changed";
    expect(input.title).not.toBe("changed");
  });

  it("[F13] every problem is listed, each with its path, and formatIssue prints path: message", () => {
    const issues = issuesOf(example((j) => {
      j.title = "";
      j.cards[12].stageId = "s9";
      j.links[0].to = j.links[0].from;
    }));
    expect(issues.map(formatIssue)).toEqual([
      "title: must not be empty",
      'cards[12].stageId: no stage "s9"',
      "links[0].to: must differ from from (a link joins two different cards)",
    ]);
    expect(formatIssue({ path: "", message: "is not valid JSON" })).toBe("(file): is not valid JSON");
  });
});

describe("validateJourney: one failing input per rule", { timeout: 30_000 }, () => {
  it("[F1] anything but an object is refused", () => {
    for (const v of [null, 3, "text", [], true, undefined]) expectOnly(v, "", "must be an object");
  });

  it("[F1] invalid JSON text is one issue of the whole file", () => {
    const issues = (parseJourneyText('{"format": ') as { issues: JourneyIssue[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("");
    expect(issues[0]?.message).toMatch(/^is not valid JSON/);
  });

  it("[F2] format and version are fixed", () => {
    expectOnly(example((j) => { j.format = "journey"; }), "format", 'must be "baton.journey"');
    expectOnly(example((j) => { j.version = 2; }), "version", "must be 1");
    expectOnly(example((j) => { delete j.version; }), "version", "is required");
  });

  it("[F3] an unknown key is an error at every level", () => {
    expectOnly(example((j) => { j.colour = "red"; }), "colour", "is not a known key");
    expectOnly(example((j) => { j.persona.age = 3; }), "persona.age", "is not a known key");
    expectOnly(example((j) => { j.cards[2].x = 1; }), "cards[2].x", "is not a known key");
    expectOnly(example((j) => { j.cards[1].metrics[0].x = 1; }), "cards[1].metrics[0].x", "is not a known key");
    expectOnly(example((j) => { j.okrs[0].keyResults[1].x = 1; }), "okrs[0].keyResults[1].x", "is not a known key");
    expectOnly(example((j) => { j.rotation.overrides[0].x = 1; }), "rotation.overrides[0].x", "is not a known key");
    expectOnly(example((j) => { j.cards[0]["odd key"] = 1; }), 'cards[0]["odd key"]', "is not a known key");
  });

  it("[F4] __proto__, constructor and prototype are refused as keys anywhere", () => {
    const text = EXAMPLE_TEXT.replace('"title":', '"__proto__": {"polluted": 1}, "title":');
    expect((parseJourneyText(text) as { issues: JourneyIssue[] }).issues).toEqual([
      { path: "__proto__", message: 'the key "__proto__" is not allowed' },
    ]);
    expectOnly(example((j) => { j.cards[3].constructor = "x"; }), "cards[3].constructor", 'the key "constructor" is not allowed');
    expect(issuesOf(example((j) => { j.persona.extra = { deep: [JSON.parse('{"prototype": 1}')] }; }))).toEqual([
      { path: "persona.extra.deep[0].prototype", message: 'the key "prototype" is not allowed' },
      { path: "persona.extra", message: "is not a known key" },
    ]);
  });

  it("[F5] ids match ^[A-Za-z0-9_-]{1,64}$", () => {
    const msg = "must match [A-Za-z0-9_-]{1,64}";
    expectOnly(example((j) => { j.reviews[0].id = "a b"; }), "reviews[0].id", msg);
    expectOnly(example((j) => { j.cards[0].stageId = "ä"; }), "cards[0].stageId", msg);
    expectOnly(example((j) => { j.links[0].id = "x".repeat(65); }), "links[0].id", msg);
    expectOnly(example((j) => { j.links[0].id = ""; }), "links[0].id", msg);
    const ok = validateJourney(example((j) => { j.links[0].id = "A-z_0".padEnd(64, "9"); }));
    expect(ok.ok).toBe(true);
  });

  it("[F6] ids are unique within their own list", () => {
    expectOnly(example((j) => { j.links[2].id = "l1"; }), "links[2].id", 'duplicate id "l1" (also links[0])');
    expectOnly(example((j) => { j.teams[1].id = "mkt"; j.people[1].teamId = "mkt"; j.cards.forEach((c: Raw) => { if (c.ownerTeamId === "growth") c.ownerTeamId = "mkt"; }); j.okrs[0].teamIds = ["mkt", "product"]; }),
      "teams[1].id", 'duplicate id "mkt" (also teams[0])');
    expectOnly(example((j) => { j.okrs[0].keyResults[1].id = "kr1"; }), "okrs[0].keyResults[1].id", 'duplicate id "kr1" (also okrs[0].keyResults[0])');
    // The same id in two different lists is fine, and so is one key result id in two objectives.
    const twoOkrs = example((j) => { j.okrs.push({ ...j.okrs[0], id: "okr2" }); j.reviews[0].id = "t1"; });
    expect(validateJourney(twoOkrs).ok).toBe(true);
  });

  it.each([
    ["cards[12].stageId", (j: Raw) => { j.cards[12].stageId = "s9"; }, 'no stage "s9"'],
    ["cards[0].laneId", (j: Raw) => { j.cards[0].laneId = "x"; }, 'no lane "x"'],
    ["cards[1].ownerTeamId", (j: Raw) => { j.cards[1].ownerTeamId = "legal"; }, 'no team "legal"'],
    ["people[0].teamId", (j: Raw) => { j.people[0].teamId = "legal"; }, 'no team "legal"'],
    ["okrs[0].teamIds[1]", (j: Raw) => { j.okrs[0].teamIds[1] = "legal"; }, 'no team "legal"'],
    ["rotation.ownerIds[2]", (j: Raw) => { j.rotation.ownerIds[2] = "eve"; }, 'no person "eve"'],
    ["rotation.overrides[0].ownerId", (j: Raw) => { j.rotation.overrides[0].ownerId = "eve"; }, 'no person "eve"'],
    ["okrs[0].keyResults[0].cardIds[1]", (j: Raw) => { j.okrs[0].keyResults[0].cardIds[1] = "zz"; }, 'no card "zz"'],
    ["links[1].from", (j: Raw) => { j.links[1].from = "zz"; }, 'no card "zz"'],
    ["links[1].to", (j: Raw) => { j.links[1].to = "zz"; }, 'no card "zz"'],
    ["reviews[0].cardId", (j: Raw) => { j.reviews[0].cardId = "zz"; }, 'no card "zz"'],
    ["reviews[1].reviewerId", (j: Raw) => { j.reviews[1].reviewerId = "eve"; }, 'no person "eve"'],
    ["comments[2].cardId", (j: Raw) => { j.comments[2].cardId = "zz"; }, 'no card "zz"'],
    ["comments[1].replyTo", (j: Raw) => { j.comments[1].replyTo = "m9"; }, 'no comment "m9"'],
  ])("[F7] %s resolves to the right list", (path, change, message) => {
    expectOnly(example(change), path, message);
  });

  it("[F7] a reference to an item of another list does not resolve", () => {
    expectOnly(example((j) => { j.cards[0].stageId = "do"; }), "cards[0].stageId", 'no stage "do"');
  });

  it("[F8] order is array order: the result keeps every list in its order", () => {
    const input = example((j) => { j.cards.reverse(); j.stages.reverse(); j.lanes.reverse(); });
    const r = validateJourney(input);
    expect(r.ok && r.journey.cards.map((c) => c.id)).toEqual(input.cards.map((c: Raw) => c.id));
    expect(r.ok && r.journey.stages.map((s) => s.id)).toEqual(["support", "value", "setup", "trial", "aware"]);
    expect(r.ok && r.journey.lanes.map((l) => l.id)).toEqual(input.lanes.map((l: Raw) => l.id));
  });

  it("[F9] strings are kept exactly and limits count UTF-16 code units", () => {
    const title = "  Kundenreise für Ünternehmen 🚀 مرحبا  ";
    const r = validateJourney(example((j) => { j.title = title; }));
    expect(r.ok && r.journey.title).toBe(title);
    expect(validateJourney(example((j) => { j.title = "🚀".repeat(100); })).ok).toBe(true);
    expectOnly(example((j) => { j.title = `${"🚀".repeat(100)}x`; }), "title", "must be at most 200 characters long");
  });

  it("[F10] dates are real calendar days and times carry a zone", () => {
    expectOnly(example((j) => { j.rotation.startsOn = "2026-02-30"; }), "rotation.startsOn", "must be a date YYYY-MM-DD");
    expectOnly(example((j) => { j.rotation.startsOn = "2026-9-07"; }), "rotation.startsOn", "must be a date YYYY-MM-DD");
    expectOnly(example((j) => { j.reviews[0].at = "2026-10-09T14:05:00"; }), "reviews[0].at", "must be an ISO 8601 time with a zone");
    expect(validateJourney(example((j) => { j.reviews[0].at = "2026-10-09T14:05:00+02:00"; j.rotation.startsOn = "2028-02-29"; })).ok).toBe(true);
  });

  it("[F11] at most 200 stages, 50 lanes, 20,000 cards and 50,000 links", () => {
    const base = { format: "baton.journey", version: 1, title: "T", stages: [] as Raw[], lanes: [] as Raw[], cards: [] as Raw[] };
    const stages = Array.from({ length: 201 }, (_, i) => ({ id: `s${i}`, name: "S" }));
    expectOnly({ ...base, stages }, "stages", "has 201 items; at most 200 are allowed");
    const lanes = Array.from({ length: 51 }, (_, i) => ({ id: `l${i}`, name: "L", kind: "notes" }));
    expectOnly({ ...base, lanes }, "lanes", "has 51 items; at most 50 are allowed");
    const cell = { stages: [{ id: "s", name: "S" }], lanes: [{ id: "l", name: "L", kind: "notes" }] };
    const cards = Array.from({ length: 20_001 }, (_, i) => ({ id: `c${i}`, kind: "note", stageId: "s", laneId: "l", title: "x" }));
    expectOnly({ ...base, ...cell, cards }, "cards", "has 20001 items; at most 20000 are allowed");
    const links = Array.from({ length: 50_001 }, (_, i) => ({ id: `k${i}`, from: "c0", to: "c1" }));
    expectOnly({ ...base, ...cell, cards: cards.slice(0, 2), links }, "links", "has 50001 items; at most 50000 are allowed");
    expect(validateJourney({ ...base, ...cell, cards: cards.slice(0, 20_000) }).ok).toBe(true);
  });

  it("[F12] at most 5 MiB of JSON, as value and as text", () => {
    const MIB5 = 5 * 1024 * 1024;
    // 20,002 bytes of JSON per description ("ä" is two bytes of UTF-8).
    const big = example((j) => { j.cards.forEach((c: Raw) => { c.description = "ä".repeat(10_000); }); });
    const perCard = Buffer.byteLength(JSON.stringify({ ...big.cards[0], id: "big0000" })) + 1;
    const needed = Math.floor((MIB5 - Buffer.byteLength(JSON.stringify(big))) / perCard) + 1;
    for (let i = 0; i < needed; i++) big.cards.push({ ...big.cards[0], id: `big${String(i).padStart(4, "0")}` });
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(MIB5);
    expectOnly(big, "", "is larger than 5 MiB of JSON");
    big.cards.pop();
    expect(Buffer.byteLength(JSON.stringify(big))).toBeLessThanOrEqual(MIB5);
    expect(validateJourney(big).ok).toBe(true);
    const text = `${EXAMPLE_TEXT.slice(0, -2)}${" ".repeat(5 * 1024 * 1024)}}`;
    expect((parseJourneyText(text) as { issues: JourneyIssue[] }).issues).toEqual([{ path: "", message: "is larger than 5 MiB" }]);
  });

  it("[F15] title, stages, lanes and cards are required; title 1..200, description ..10,000", () => {
    expectOnly(example((j) => { delete j.title; }), "title", "is required");
    expectOnly(example((j) => { j.title = ""; }), "title", "must not be empty");
    expectOnly(example((j) => { j.title = 7; }), "title", "must be a string");
    expectOnly(example((j) => { j.description = "d".repeat(10_001); }), "description", "must be at most 10000 characters long");
    expectOnly(example((j) => { j.stages = {}; }), "stages", "must be a list");
    const noCards = example((j) => { delete j.cards; });
    expect(issuesOf(noCards)).toContainEqual({ path: "cards", message: "is required" });
  });

  it("[F16] persona: name 1..120, description ..2,000, at most 20 goals of ..500", () => {
    expectOnly(example((j) => { j.persona.name = "n".repeat(121); }), "persona.name", "must be at most 120 characters long");
    expectOnly(example((j) => { j.persona.description = "d".repeat(2001); }), "persona.description", "must be at most 2000 characters long");
    expectOnly(example((j) => { j.persona.goals = Array(21).fill("g"); }), "persona.goals", "must have at most 20 items");
    expectOnly(example((j) => { j.persona.goals[0] = "g".repeat(501); }), "persona.goals[0]", "must be at most 500 characters long");
  });

  it("[F17] stage name 1..120", () => {
    expectOnly(example((j) => { j.stages[1].name = ""; }), "stages[1].name", "must not be empty");
  });

  it("[F18] lane kind is one of the seven kinds", () => {
    expectOnly(example((j) => { j.lanes[0].kind = "steps"; }), "lanes[0].kind",
      'must be one of "actions", "touchpoints", "emotions", "painPoints", "opportunities", "backstage", "notes"');
  });

  it("[F18] any card kind may sit in any lane", () => {
    expect(validateJourney(example((j) => { j.cards[0].laneId = "pain"; })).ok).toBe(true);
  });

  it("[F19] card kind and title 1..500", () => {
    expectOnly(example((j) => { j.cards[0].kind = "idea"; }), "cards[0].kind",
      'must be one of "action", "touchpoint", "painPoint", "opportunity", "note"');
    expectOnly(example((j) => { j.cards[0].title = "t".repeat(501); }), "cards[0].title", "must be at most 500 characters long");
  });

  it.each([
    ["emotion", 3, "must be at most 2"],
    ["emotion", -3, "must be at least -2"],
    ["emotion", 1.5, "must be a whole number"],
    ["severity", 0, "must be at least 1"],
    ["impact", 6, "must be at most 5"],
    ["effort", "3", "must be a number"],
    ["votes", -1, "must be at least 0"],
    ["channel", "fax", 'must be one of "web", "app", "email", "phone", "chat", "store", "social", "mail", "other"'],
    ["status", "closed", 'must be one of "open", "inProgress", "done"'],
    ["description", "d".repeat(10_001), "must be at most 10000 characters long"],
    ["metrics", Array(21).fill({ kind: "NPS" }), "must have at most 20 items"],
  ])("[F20] card %s = %j is refused", (key, value, message) => {
    expectOnly(example((j) => { j.cards[0][key] = value; }), `cards[0].${key}`, message);
  });

  it("[F21] metric kind, label ..120 and unit ..20", () => {
    expectOnly(example((j) => { j.cards[1].metrics[0].kind = "ARR"; }), "cards[1].metrics[0].kind",
      'must be one of "NPS", "CSAT", "CES", "churnRate", "retention", "CLV", "conversion", "timeToResolution", "firstContactResolution", "custom"');
    expectOnly(example((j) => { j.cards[1].metrics[0].unit = "u".repeat(21); }), "cards[1].metrics[0].unit", "must be at most 20 characters long");
    expectOnly(example((j) => { j.cards[1].metrics[0].label = "l".repeat(121); }), "cards[1].metrics[0].label", "must be at most 120 characters long");
  });

  it("[F22] a custom metric needs a label", () => {
    expectOnly(example((j) => { j.cards[1].metrics[0] = { kind: "custom", value: 1 }; }), "cards[1].metrics[0].label", "a custom metric needs a label");
    expect(validateJourney(example((j) => { j.cards[1].metrics[0] = { kind: "custom", label: "Open rate" }; })).ok).toBe(true);
  });

  it("[F23] numbers are finite: 1e999 is refused", () => {
    const text = EXAMPLE_TEXT.replace('"value": 3.1', '"value": 1e999');
    expect(text).not.toBe(EXAMPLE_TEXT);
    expect((parseJourneyText(text) as { issues: JourneyIssue[] }).issues).toEqual([
      { path: "cards[1].metrics[0].value", message: "must be a finite number" },
    ]);
    expectOnly(example((j) => { j.okrs[0].keyResults[0].target = -Infinity; }), "okrs[0].keyResults[0].target", "must be a finite number");
    expectOnly(example((j) => { j.okrs[0].keyResults[0].current = Number.NaN; }), "okrs[0].keyResults[0].current", "must be a finite number");
  });

  it("[F24] a link joins two different cards; label ..200", () => {
    expectOnly(example((j) => { j.links[0].to = "t2"; }), "links[0].to", "must differ from from (a link joins two different cards)");
    expectOnly(example((j) => { j.links[0].label = "l".repeat(201); }), "links[0].label", "must be at most 200 characters long");
  });

  it("[F25] team colour is #rrggbb", () => {
    expectOnly(example((j) => { j.teams[0].color = "red"; }), "teams[0].color", "must be a colour #rrggbb");
    expectOnly(example((j) => { j.teams[0].color = "#abc"; }), "teams[0].color", "must be a colour #rrggbb");
  });

  it("[F26] person name 1..120", () => {
    expectOnly(example((j) => { j.people[0].name = ""; }), "people[0].name", "must not be empty");
  });

  it("[F27] rotation: cadenceDays 1..365 whole, 1..100 owners", () => {
    expectOnly(example((j) => { j.rotation.cadenceDays = 0; }), "rotation.cadenceDays", "must be at least 1");
    expectOnly(example((j) => { j.rotation.cadenceDays = 366; }), "rotation.cadenceDays", "must be at most 365");
    expectOnly(example((j) => { j.rotation.cadenceDays = 7.5; }), "rotation.cadenceDays", "must be a whole number");
    expectOnly(example((j) => { j.rotation.ownerIds = []; }), "rotation.ownerIds", "must have at least 1 item");
    expectOnly(example((j) => { j.rotation.ownerIds = Array(101).fill("lin"); }), "rotation.ownerIds", "must have at most 100 items");
  });

  it("[F28] an override runs from <= to, both inclusive", () => {
    expectOnly(example((j) => { j.rotation.overrides[0].to = "2026-12-20"; }), "rotation.overrides[0].to", "must not be before from");
    expect(validateJourney(example((j) => { j.rotation.overrides[0].to = "2026-12-21"; })).ok).toBe(true);
  });

  it("[F31] an objective has 1+ teams and 1..20 key results", () => {
    expectOnly(example((j) => { j.okrs[0].teamIds = []; }), "okrs[0].teamIds", "must have at least 1 item");
    expectOnly(example((j) => { j.okrs[0].keyResults = []; }), "okrs[0].keyResults", "must have at least 1 item");
    const many = example((j) => { j.okrs[0].keyResults = Array.from({ length: 21 }, (_, i) => ({ id: `k${i}`, title: "t", target: 1 })); });
    expectOnly(many, "okrs[0].keyResults", "must have at most 20 items");
    expectOnly(example((j) => { j.okrs[0].objective = "o".repeat(301); }), "okrs[0].objective", "must be at most 300 characters long");
    expectOnly(example((j) => { j.okrs[0].period = "p".repeat(41); }), "okrs[0].period", "must be at most 40 characters long");
  });

  it("[F32] a key result needs a target; metric is a metric kind", () => {
    expectOnly(example((j) => { delete j.okrs[0].keyResults[0].target; }), "okrs[0].keyResults[0].target", "is required");
    expectOnly(example((j) => { j.okrs[0].keyResults[0].metric = "ARR"; }), "okrs[0].keyResults[0].metric",
      'must be one of "NPS", "CSAT", "CES", "churnRate", "retention", "CLV", "conversion", "timeToResolution", "firstContactResolution", "custom"');
  });

  it("[F34] review status ok | needsWork, note ..2,000", () => {
    expectOnly(example((j) => { j.reviews[0].status = "fine"; }), "reviews[0].status", 'must be one of "ok", "needsWork"');
    expectOnly(example((j) => { j.reviews[0].note = "n".repeat(2001); }), "reviews[0].note", "must be at most 2000 characters long");
  });

  it("[F35] comment author 1..120, text 1..5,000, resolved boolean", () => {
    expectOnly(example((j) => { j.comments[0].text = ""; }), "comments[0].text", "must not be empty");
    expectOnly(example((j) => { j.comments[0].author = "a".repeat(121); }), "comments[0].author", "must be at most 120 characters long");
    expectOnly(example((j) => { j.comments[0].resolved = "yes"; }), "comments[0].resolved", "must be true or false");
  });

  it("[F35] a reply is on the same card as the comment it answers", () => {
    expectOnly(example((j) => { j.comments[1].cardId = "t2"; }), "comments[1].replyTo", 'answers comment "m1", which is on another card');
  });
});
