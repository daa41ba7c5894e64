import { describe, expect, it } from "vitest";
import { CATALOGUE_AREAS, LANGUAGES, pickLanguage, translate } from "../../client/i18n/catalogue";

describe("the message catalogue", () => {
  it("every area has every English key in every language, and nothing more", () => {
    for (const [area, messages] of Object.entries(CATALOGUE_AREAS)) {
      const en = Object.keys(messages.en).sort();
      for (const lang of LANGUAGES) {
        expect(Object.keys(messages[lang]).sort(), `${area} in ${lang}`).toEqual(en);
      }
    }
  });

  it("keys carry their area's prefix and never collide across areas", () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(CATALOGUE_AREAS)) {
      for (const key of Object.keys(messages.en)) {
        expect(key.startsWith(`${area}.`), `${key} in area ${area}`).toBe(true);
        expect(seen.get(key), `${key} is defined twice`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it("every message uses the same {params} in every language", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const messages of Object.values(CATALOGUE_AREAS)) {
      for (const [key, en] of Object.entries(messages.en)) {
        for (const lang of LANGUAGES) expect(params(messages[lang][key] ?? ""), `${key} in ${lang}`).toEqual(params(en));
      }
    }
  });

  it("fills parameters and falls back to the key when a message is missing", () => {
    expect(translate("en", "map.close.unknown", { code: 4999 })).toContain("4999");
    expect(translate("de", "no.such.key")).toBe("no.such.key");
  });

  it("picks the first browser language the page speaks, else English", () => {
    expect(pickLanguage(["fr-FR", "de-AT", "en"])).toBe("de");
    expect(pickLanguage(["fr"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});
