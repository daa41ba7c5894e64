import { describe, expect, it } from "vitest";
import { CATALOGUE_AREAS } from "../../client/i18n/catalogue";
import { TEMPLATE_IDS, templateJourney } from "../../shared/templates";
import { svgLabels } from "../../shared/export/svg/labels";

/** Every string inside a value (journeys, label objects), functions called with sample numbers. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return strings((value as (...a: number[]) => unknown)(1, 2, 3));
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** What client/i18n/GLOSSARY.md rules out in German. */
const RULED_OUT: readonly [RegExp, string][] = [
  [/\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/, "German says du, not Sie"],
  [/Schmerzpunkt|Problempunkt|Hürde/i, "a pain point is a Pain Point"],
  [/(?<!Journey[ -])\bMaps?\b/, "a map is a Journey Map"],
  [/Landkarte|Kärtchen/, "a card is a Karte, the map a Journey Map"],
];

const german: readonly { where: string; text: string }[] = [
  ...Object.entries(CATALOGUE_AREAS).flatMap(([area, m]) => Object.entries(m.de).map(([key, text]) => ({ where: `${area}: ${key}`, text }))),
  ...TEMPLATE_IDS.flatMap((id) => strings(templateJourney(id, "de")).map((text) => ({ where: `template ${id}`, text }))),
  ...strings(svgLabels("de")).map((text) => ({ where: "SVG labels", text })),
];

describe("the German glossary (client/i18n/GLOSSARY.md)", () => {
  it("page, templates and SVG labels use du and one word per concept", () => {
    expect(german.length).toBeGreaterThan(500);
    const offences = german.flatMap(({ where, text }) => RULED_OUT.filter(([re]) => re.test(text)).map(([, why]) => `${where}: "${text}" (${why})`));
    expect(offences).toEqual([]);
  });

  it("the rules catch what they are for", () => {
    const caught = (text: string) => RULED_OUT.filter(([re]) => re.test(text)).map(([, why]) => why);
    expect(caught("Wählen Sie eine Karte")).toEqual(["German says du, not Sie"]);
    expect(caught("Neue Map")).toEqual(["a map is a Journey Map"]);
    expect(caught("Neue Journey Map, drei Schmerzpunkte")).toEqual(["a pain point is a Pain Point"]);
    expect(caught("Wähle eine Karte in der Journey Map")).toEqual([]);
  });
});
