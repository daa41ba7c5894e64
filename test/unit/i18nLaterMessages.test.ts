import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../client/i18n/catalogue";
import { isLaterKey } from "../../client/i18n/messageParts";
import { areLaterMessagesLoaded, isLanguageLoaded, loadLanguage, loadLaterMessages, pageI18n, withLaterMessages } from "../../client/i18n/pageI18n";

// The page's one instance, through the same virtual modules the build makes (the Vite plugin
// runs in the tests too). The steps share that instance, so they run in order.
const LATER_KEY = "dso.backlog.title";
const FIRST_KEY = "editor.addStage";

describe("the later messages come with the first view that shows them, in every language", () => {
  it("[KB23] English starts with the first screen only; a lazy view brings the later part; German loaded afterwards brings both of its parts", async () => {
    expect(isLaterKey(LATER_KEY)).toBe(true);
    expect(isLaterKey(FIRST_KEY)).toBe(false);
    const en = pageI18n.getFixedT("en");
    expect(en(FIRST_KEY)).toBe(CATALOGUE.en[FIRST_KEY]);
    expect(pageI18n.exists(LATER_KEY, { lng: "en" })).toBe(false);
    expect(areLaterMessagesLoaded()).toBe(false);

    const view = await withLaterMessages(Promise.resolve({ View: "a lazy view" }));
    expect(view).toEqual({ View: "a lazy view" });
    expect(areLaterMessagesLoaded()).toBe(true);
    expect(en(LATER_KEY)).toBe(CATALOGUE.en[LATER_KEY]);
    // Adding the later part kept the first part (merged, not replaced).
    expect(en(FIRST_KEY)).toBe(CATALOGUE.en[FIRST_KEY]);

    expect(isLanguageLoaded("de")).toBe(false);
    await loadLanguage("de");
    const de = pageI18n.getFixedT("de");
    expect(de(FIRST_KEY)).toBe(CATALOGUE.de[FIRST_KEY]);
    expect(de(LATER_KEY)).toBe(CATALOGUE.de[LATER_KEY]);
    expect(areLaterMessagesLoaded()).toBe(true);
    // Asking again fetches nothing new and changes nothing.
    await Promise.all([loadLaterMessages(), loadLanguage("de")]);
    expect(de(LATER_KEY)).toBe(CATALOGUE.de[LATER_KEY]);
  });
});
