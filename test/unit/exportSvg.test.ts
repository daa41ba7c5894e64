import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { renderJourneySvg } from "../../shared/export/svg";
import { stripXmlForbidden } from "../../shared/export/svg/escapeXml";
import type { Journey } from "../../shared/schema/journey";
import { validateJourney } from "../../shared/validate";
import { allElements, parseXml, textOf, type XmlElement } from "./exportXmlCheck";
import { PAYLOADS, payloadJourney } from "./exportPayloads";
import { randomJourney } from "./exportRandomJourney";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

const ALLOWED_ELEMENTS = new Set(["svg", "title", "desc", "g", "rect", "path", "circle", "text", "tspan"]);

/** Checks X1-X3 on one rendered journey and returns the parsed tree. */
function checkSafeSvg(svg: string, journey: Journey): XmlElement {
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1"')).toBe(true);
  const root = parseXml(svg);
  expect(root.name).toBe("svg");
  const elements = allElements(root);
  const violations: string[] = [];
  for (const el of elements) {
    if (!ALLOWED_ELEMENTS.has(el.name)) violations.push(`element <${el.name}>`);
    for (const [name, value] of el.attrs) {
      if (/^on/i.test(name)) violations.push(`event attribute ${name}`);
      if (/href$/i.test(name)) violations.push(`reference attribute ${name}`);
      if (/url\(|@import|javascript:/i.test(value)) violations.push(`reference in ${name}="${value}"`);
    }
  }
  expect(violations).toEqual([]);
  const first = root.children.find((c): c is XmlElement => "name" in c);
  expect(first?.name).toBe("title");
  expect(textOf(first as XmlElement)).toBe(stripXmlForbidden(journey.title));

  const groups = elements.filter((el) => el.attrs.has("data-card-id"));
  const placed = journey.cards.filter((c) => journey.stages.some((s) => s.id === c.stageId) && journey.lanes.some((l) => l.id === c.laneId));
  expect(groups.map((g) => g.attrs.get("data-card-id")).sort()).toEqual(placed.map((c) => c.id).sort());
  const byId = new Map(journey.cards.map((c) => [c.id, c]));
  for (const g of groups) {
    const id = g.attrs.get("data-card-id") ?? "";
    const firstChild = g.children[0];
    const title = firstChild !== undefined && "name" in firstChild && firstChild.name === "title" ? textOf(firstChild) : undefined;
    if (g.name !== "g" || g.attrs.size !== 1) violations.push(`card ${id}: not a plain <g data-card-id>`);
    if (title !== stripXmlForbidden(byId.get(id)?.title ?? "\u0000")) violations.push(`card ${id}: first child is not its <title>`);
  }
  expect(violations).toEqual([]);
  return root;
}

describe("renderJourneySvg", () => {
  it("[X1][X2][X3] the example map is a well-formed standalone SVG with one titled group per card", () => {
    const svg = renderJourneySvg(example);
    const root = checkSafeSvg(svg, example);
    expect(root.attrs.get("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    expect(root.attrs.get("font-family")).toBe("Liberation Sans, Arial, Helvetica, sans-serif");
    expect(validateJourney(example).ok).toBe(true);
  });

  it("[X1][X6] an empty map renders too", () => {
    const empty: Journey = { format: "baton.journey", version: 1, title: "Empty", stages: [], lanes: [], cards: [] };
    checkSafeSvg(renderJourneySvg(empty), empty);
  });

  it("[X4] markup, script, control characters, RTL and emoji in every text field stay text", () => {
    for (const payload of PAYLOADS) {
      const journey = payloadJourney(payload);
      expect(validateJourney(journey).ok, payload).toBe(true);
      for (const lang of ["en", "de"] as const) {
        const svg = renderJourneySvg(journey, { lang });
        const root = checkSafeSvg(svg, journey);
        // The payload's visible characters arrive as text (first line of a wrapped title).
        const words = stripXmlForbidden(payload).split(/\s+/).filter((w) => w !== "");
        const firstWord = words[0];
        if (firstWord !== undefined) expect(textOf(root)).toContain(firstWord);
        expect(svg).not.toMatch(/<(script|img|iframe|foreignObject|style)\b/i);
        expect(svg).not.toContain("]]>");
      }
    }
  });

  it("[X6] a card or link whose stage, lane or card is missing is left out, never a crash", () => {
    const broken = {
      ...example,
      cards: [...example.cards, { id: "lost", kind: "note", stageId: "nowhere", laneId: "do", title: "Lost card" }],
      links: [...(example.links ?? []), { id: "dangling", from: "lost", to: "a1" }, { id: "gone", from: "a1", to: "missing" }],
      teams: [{ id: "mkt", name: "Marketing", color: "not a colour\" onload=\"x" }],
    } as Journey;
    const svg = renderJourneySvg(broken);
    const root = parseXml(svg);
    expect(allElements(root).some((e) => e.attrs.get("data-card-id") === "lost")).toBe(false);
    expect(svg).not.toContain("onload");
    const linkGroup = allElements(root).find((e) => e.name === "g" && e.attrs.get("stroke") === "#475569" && e.attrs.get("fill") === "none");
    expect(linkGroup?.children.length).toBe(example.links?.length);
  });

  it("[X5] the same map gives byte-identical SVG, also from a deep copy", () => {
    const a = renderJourneySvg(example);
    expect(renderJourneySvg(example)).toBe(a);
    expect(renderJourneySvg(structuredClone(example))).toBe(a);
    expect(renderJourneySvg(example, { lang: "de" })).toBe(renderJourneySvg(example, { lang: "de" }));
  });

  it("[X1][X2][X3][X4] random maps (seeded) stay well-formed and safe", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const journey = randomJourney(seed);
        expect(validateJourney(journey).ok).toBe(true);
        checkSafeSvg(renderJourneySvg(journey), journey);
      }),
      { numRuns: 60 },
    );
  });

  it("[X6] shows the title, persona, stages in order, lane names, team names and the legend", () => {
    const root = parseXml(renderJourneySvg(example));
    const text = textOf(root);
    for (const s of [example.title, example.persona?.name ?? "?", ...example.lanes.map((l) => l.name), ...(example.teams ?? []).map((t) => t.name)]) {
      expect(text).toContain(s);
    }
    const stagePositions = example.stages.map((s) => text.indexOf(s.name));
    expect(stagePositions.every((p) => p >= 0)).toBe(true);
    expect([...stagePositions].sort((a, b) => a - b)).toEqual(stagePositions);
    for (const word of ["CARDS", "OWNER TEAMS", "METRICS", "on target", "off target", "Emotion"]) expect(text).toContain(word);
    const de = textOf(parseXml(renderJourneySvg(example, { lang: "de" })));
    for (const word of ["KARTEN", "Pain Point", "Ziel verfehlt"]) expect(de).toContain(word);
  });

  it("[X6] metric badges are coloured by metricStatus (green, amber, red, grey)", () => {
    const j: Journey = {
      format: "baton.journey", version: 1, title: "Metrics",
      stages: [{ id: "s", name: "S" }], lanes: [{ id: "l", name: "L", kind: "touchpoints" }],
      cards: [{
        id: "c", kind: "touchpoint", stageId: "s", laneId: "l", title: "T",
        metrics: [
          { kind: "NPS", value: 50, target: 40 },
          { kind: "CSAT", value: 4.3, target: 4.5 },
          { kind: "CES", value: 4.8, target: 3 },
          { kind: "conversion", value: 3 },
        ],
      }],
    };
    const card = allElements(parseXml(renderJourneySvg(j))).find((e) => e.attrs.get("data-card-id") === "c") as XmlElement;
    const dots = allElements(card).filter((e) => e.name === "circle" && e.attrs.get("r") === "3.5").map((e) => e.attrs.get("fill"));
    expect(dots).toEqual(["#2e9d58", "#e0a100", "#d64533", "#a0aec0"]);
    expect(textOf(card)).toContain("4.3 / 4.5");
  });

  it("[X6] every link becomes one arrow, and the emotion curve has a point per stage with data", () => {
    const svg = renderJourneySvg(example);
    const root = parseXml(svg);
    const linkGroup = allElements(root).find((e) => e.name === "g" && e.attrs.get("stroke") === "#475569" && e.attrs.get("fill") === "none");
    expect(linkGroup?.children.length).toBe(example.links?.length);
    const text = textOf(root);
    expect(text).toContain("solved by");
    expect(text).toContain("day 1");
    // Stage means of the example: Awareness 0, Trial +1, Setup -2, First value +2, Support 0.
    const points = allElements(root).filter((e) => e.name === "circle" && e.attrs.get("r") === "7");
    expect(points.length).toBe(5);
  });
});
