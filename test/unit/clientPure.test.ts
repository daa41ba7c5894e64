import { describe, expect, it } from "vitest";
import { keyFromHash, mapHref, parseMapLink, parseRoute } from "../../client/app/route";
import { isAllSaved, withAuthor, withSaved, withoutSettled } from "../../client/live/saveLedger";
import { closeMessageKey, closeName } from "../../client/live/closeMessageKey";
import { CLOSE, type CloseName } from "../../shared/protocol";
import { translate } from "../../client/i18n/catalogue";
import { copyCards, pasteCommands } from "../../client/flow/clipboard";
import { pageClock } from "../../client/map/clock";
import type { Journey } from "../../shared/schema/journey";

describe("routes and links", () => {
  it("reads the map id from the path and the key from the fragment only", () => {
    expect(parseRoute("/", "")).toEqual({ page: "home" });
    expect(parseRoute("/m/abc_1", "#k=s3cr3t")).toEqual({ page: "map", mapId: "abc_1", key: "s3cr3t" });
    expect(parseRoute("/m/abc", "")).toEqual({ page: "map", mapId: "abc", key: null });
    expect(parseRoute("/m/../etc", "#k=x").page).toBe("notFound");
    expect(keyFromHash("#x=1&k=two")).toBe("two");
  });

  it("parses a pasted edit or view link, and refuses anything else", () => {
    expect(parseMapLink("https://baton.example/m/Map1#k=abc")).toEqual({ mapId: "Map1", key: "abc" });
    expect(parseMapLink(`  ${mapHref("m-2", "k/ey")}  `)).toEqual({ mapId: "m-2", key: "k/ey" });
    expect(parseMapLink("https://baton.example/m/Map1")).toBeNull();
    expect(parseMapLink("not a link")).toBeNull();
  });
});

describe("the save ledger", () => {
  it("says Saved only when the server's saved clock reaches every clock this device wrote", () => {
    let ledger = withAuthor(new Map(), 7);
    expect(isAllSaved(ledger, new Map([[7, 3]]))).toBe(false);
    ledger = withSaved(ledger, [{ clientID: 7, clock: 2 }, { clientID: 99, clock: 50 }]);
    expect(isAllSaved(ledger, new Map([[7, 3]]))).toBe(false);
    ledger = withSaved(ledger, [{ clientID: 7, clock: 3 }]);
    expect(isAllSaved(ledger, new Map([[7, 3], [99, 80]]))).toBe(true);
    expect(ledger.has(99)).toBe(false);
  });

  it("keeps an earlier session's unconfirmed client id pending", () => {
    const ledger = withAuthor(withAuthor(new Map(), 1), 2);
    const saved = withSaved(ledger, [{ clientID: 2, clock: 5 }]);
    expect(isAllSaved(saved, new Map([[1, 4], [2, 5]]))).toBe(false);
    expect(isAllSaved(saved, new Map([[2, 5]]))).toBe(true);
    expect(withSaved(saved, [{ clientID: 2, clock: 1 }])).toBe(saved);
  });

  it("forgets earlier sessions once all they wrote is stored, never the current one", () => {
    const ledger = new Map([[1, 4], [2, 3], [3, 9]]);
    const settled = withoutSettled(ledger, new Map([[1, 4], [2, 5], [3, 9]]), 3);
    expect([...settled]).toEqual([[2, 3], [3, 9]]);
    expect(withoutSettled(settled, new Map([[2, 5], [3, 9]]), 3)).toBe(settled);
  });
});

describe("close codes", () => {
  it("every close code has its own sentence in English and German", () => {
    const names = Object.keys(CLOSE) as CloseName[];
    const sentences = new Set<string>();
    for (const name of names) {
      expect(closeName(CLOSE[name])).toBe(name);
      const key = closeMessageKey(name);
      for (const lang of ["en", "de"] as const) {
        const text = translate(lang, key);
        expect(text).not.toBe(key);
        sentences.add(`${lang}:${text}`);
      }
    }
    expect(sentences.size).toBe(names.length * 2);
    expect(closeName(1000)).toBeNull();
  });
});

describe("copy and paste", () => {
  const journey: Journey = {
    format: "baton.journey",
    version: 1,
    title: "t",
    stages: [{ id: "s", name: "S" }],
    lanes: [{ id: "l", name: "L", kind: "actions" }],
    cards: [
      { id: "a", kind: "action", stageId: "s", laneId: "l", title: "A", votes: 4 },
      { id: "b", kind: "note", stageId: "s", laneId: "l", title: "B" },
      { id: "c", kind: "note", stageId: "s", laneId: "l", title: "C" },
    ],
    links: [{ id: "ab", from: "a", to: "b", label: "then" }, { id: "bc", from: "b", to: "c" }],
  };

  it("[F6] pastes copies with new ids, the links between them, and without the original's votes", () => {
    const clip = copyCards(journey, ["b", "a"]);
    expect(clip.cards.map((c) => c.id)).toEqual(["a", "b"]);
    expect(clip.links.map((l) => l.id)).toEqual(["ab"]);
    let n = 0;
    const { commands, cardIds } = pasteCommands(journey, clip, () => `n${++n}`, null);
    expect(cardIds).toEqual(["n1", "n2"]);
    expect(commands).toEqual([
      { type: "addCard", card: { id: "n1", kind: "action", stageId: "s", laneId: "l", title: "A" } },
      { type: "addCard", card: { id: "n2", kind: "note", stageId: "s", laneId: "l", title: "B" } },
      { type: "addLink", link: { id: "n3", from: "n1", to: "n2", label: "then" } },
    ]);
  });

  it("[F7] pastes into the fallback cell when the card's own cell is gone", () => {
    const clip = copyCards(journey, ["c"]);
    const other: Journey = { ...journey, stages: [{ id: "s2", name: "S2" }], cards: [] };
    expect(pasteCommands(other, clip, () => "z", { stageId: "s2", laneId: "l" }).commands).toEqual([
      { type: "addCard", card: { id: "z", kind: "note", stageId: "s2", laneId: "l", title: "C" } },
    ]);
    expect(pasteCommands(other, clip, () => "z", null).commands).toEqual([]);
  });
});

describe("the page clock", () => {
  it("[F10] takes today and now from the query when they are valid", () => {
    const pinned = pageClock("?today=2026-03-01&now=2026-11-21T09:30:00Z");
    expect(pinned.today).toBe("2026-03-01");
    expect(pinned.now()).toBe(Date.parse("2026-11-21T09:30:00Z"));
    expect(pageClock("?now=2026-11-21T09:30:00Z").today).toBe("2026-11-21");
    expect(pageClock("?today=2026-02-30").today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pageClock("?today=2026-02-30").today).not.toBe("2026-02-30");
  });
});
