import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../client/i18n/catalogue";
import { areLaterMessagesLoaded, loadLanguage, loadLaterMessages, pageI18n } from "../../client/i18n/pageI18n";

// A fresh page instance (each test file has its own modules): a German reader opens a panel.
describe("a German reader's panel", () => {
  it("[KB23] German first, then a view that needs the later part: it comes in German and in English (the fallback)", async () => {
    await loadLanguage("de");
    expect(pageI18n.exists("dso.okr.title", { lng: "de" })).toBe(false);
    expect(areLaterMessagesLoaded()).toBe(false);
    await loadLaterMessages();
    expect(areLaterMessagesLoaded()).toBe(true);
    for (const lang of ["de", "en"] as const) expect(pageI18n.getFixedT(lang)("dso.okr.title")).toBe(CATALOGUE[lang]["dso.okr.title"]);
  });
});
