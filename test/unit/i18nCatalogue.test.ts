import { describe, expect, it } from "vitest";
import { CATALOGUE_AREAS, LANGUAGES, PLURAL_SUFFIXES, pickLanguage, translate, type MessageArgs } from "../../client/i18n/catalogue";
import { pluralGaps } from "../../client/i18n/pluralGaps";

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

  it("every plural message has exactly the forms each language's plural rules need", () => {
    for (const [area, messages] of Object.entries(CATALOGUE_AREAS)) {
      for (const lang of LANGUAGES) expect(pluralGaps(messages[lang], lang), `${area} in ${lang}`).toEqual([]);
    }
  });

  it("finds a plural without its forms, and a form its language does not have", () => {
    expect(pluralGaps({ "x.votes_other": "{count} votes" }, "en")).toEqual(["x.votes: missing x.votes_one"]);
    expect(pluralGaps({ "x.votes_one": "1", "x.votes_other": "n", "x.votes_few": "f" }, "de")).toEqual(["x.votes: de has no plural form few"]);
    expect(pluralGaps({ "x.votes": "{count}", "x.votes_one": "1", "x.votes_other": "n" }, "en")).toEqual(["x.votes: both a plain message and plural forms"]);
    expect(PLURAL_SUFFIXES).toContain("other");
  });

  it("picks the plural form by count and formats numbers for the language", () => {
    expect(translate("en", "editor.votes", { count: 1 })).toBe("1 vote");
    expect(translate("en", "editor.votes", { count: 2 })).toBe("2 votes");
    expect(translate("en", "editor.votes", { count: 0 })).toBe("0 votes");
    expect(translate("de", "editor.votes", { count: 1 })).toBe("1 Stimme");
    expect(translate("de", "editor.votes", { count: 1234 })).toBe("1.234 Stimmen");
    expect(translate("en", "dso.header.inDays", { count: 1 })).toBe("in 1 day");
    expect(translate("de", "dso.header.inDays", { count: 5 })).toBe("in 5 Tagen");
  });

  it("types keys: a plural key requires its count, an unknown key does not compile", () => {
    const votes: MessageArgs<"editor.votes"> = [{ count: 3 }];
    // @ts-expect-error a plural message without its count
    const withoutCount: MessageArgs<"editor.votes"> = [];
    // @ts-expect-error plural forms are asked for by their base key
    const form: MessageArgs<"editor.votes_one"> = [];
    expect([votes, withoutCount, form].length).toBe(3);
  });

  it("fills parameters and falls back to the key when a message is missing", () => {
    expect(translate("en", "map.close.unknown", { code: "4999" })).toContain("(code 4999)");
    expect(translate("de", "no.such.key")).toBe("no.such.key");
  });

  it("picks the first browser language the page speaks, else English", () => {
    expect(pickLanguage(["fr-FR", "de-AT", "en"])).toBe("de");
    expect(pickLanguage(["fr"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});
