import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_ISSUES, parseJourneyText, validateJourney, type JourneyIssue } from "../../shared/validate";
import { jsonStringBytes, walkJson } from "../../shared/validation/walk";
import { exampleJourneyText } from "../support/example";

const EXAMPLE_TEXT = exampleJourneyText();
const HEAD = '{"format":"baton.journey","version":1,"title":"x","stages":[],"lanes":[],';

let protoNames: string[];
beforeEach(() => {
  protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterEach(() => {
  // Nothing any input did may reach Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

function refused(result: ReturnType<typeof validateJourney>): JourneyIssue[] {
  if (result.ok) throw new Error("expected the input to be refused");
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe("string");
    expect(issue.message.length).toBeLessThan(300);
    expect(issue.path.length).toBeLessThan(2_000);
  }
  return result.issues;
}

// Multi-megabyte inputs: generous time on a loaded machine (speed itself is measured by the bench).
describe("validateJourney never throws and never pollutes (hostile input)", { timeout: 30_000 }, () => {
  it("[F4] __proto__, constructor and prototype keys at every depth, as JSON.parse makes them", () => {
    const text = `${HEAD}"cards":[],"x":{"__proto__":{"polluted":1},"a":[{"constructor":{"prototype":{"polluted":1}}}]},`
      + '"persona":{"name":"p","__proto__":{"polluted":1}}}';
    const issues = refused(parseJourneyText(text));
    expect(issues).toEqual(expect.arrayContaining([
      { path: "x.__proto__", message: 'the key "__proto__" is not allowed' },
      { path: "x.a[0].constructor", message: 'the key "constructor" is not allowed' },
      { path: "x.a[0].constructor.prototype", message: 'the key "prototype" is not allowed' },
      { path: "persona.__proto__", message: 'the key "__proto__" is not allowed' },
      { path: "x", message: "is not a known key" },
    ]));
    expect(issues).toHaveLength(5);
  });

  it("[F4] a top-level __proto__ key does not change what the result inherits", () => {
    const value = JSON.parse(EXAMPLE_TEXT.replace("{", '{"__proto__":{"polluted":1},'));
    refused(validateJourney(value));
  });

  it("[F23] 1e999 anywhere is a finite-number issue, not Infinity in the result", () => {
    const issues = refused(parseJourneyText(EXAMPLE_TEXT.replace('"cadenceDays": 28', '"cadenceDays": 1e999')));
    expect(issues).toEqual([{ path: "rotation.cadenceDays", message: "must be a finite number" }]);
  });

  it("[F1] 10^5-deep nesting, as text and as a built value, is reported once", () => {
    const deepText = `${HEAD}"cards":[],"x":${"[".repeat(100_000)}1${"]".repeat(100_000)}}`;
    const issues = refused(parseJourneyText(deepText));
    expect(issues.filter((i) => i.message === "nested deeper than 64 levels")).toHaveLength(1);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { title: deep };
    const built = refused(validateJourney(deep));
    expect(built[0]?.message).toBe("nested deeper than 64 levels");
  });

  it("[F1] a cyclic object (built by code) is refused, not followed forever", () => {
    const cyclic: Record<string, unknown> = JSON.parse(EXAMPLE_TEXT);
    (cyclic["persona"] as Record<string, unknown>)["self"] = cyclic;
    expect(refused(validateJourney(cyclic))).toContainEqual({ path: "persona.self", message: "is not a known key" });
  });

  it("[F12] a huge string is measured and refused without being echoed", () => {
    const huge = "x".repeat(6 * 1024 * 1024);
    expect(refused(validateJourney({ ...JSON.parse(EXAMPLE_TEXT), title: huge }))).toEqual([
      { path: "", message: "is larger than 5 MiB of JSON" },
    ]);
    const big = "y".repeat(4 * 1024 * 1024);
    expect(refused(validateJourney({ ...JSON.parse(EXAMPLE_TEXT), title: big }))).toEqual([
      { path: "title", message: "must be at most 200 characters long" },
    ]);
  });

  it("[F3] a huge key is cut in the path", () => {
    const key = "k".repeat(100_000);
    const issues = refused(validateJourney({ ...JSON.parse(EXAMPLE_TEXT), [key]: 1 }));
    expect(issues).toEqual([{ path: `${"k".repeat(40)}…`, message: "is not a known key" }]);
  });

  it("[F13] a huge list of bad items is cut at 1,000 issues with a closing note", () => {
    const text = `${HEAD}"cards":[${Array(1_000_000).fill("{}").join(",")}]}`;
    const issues = refused(parseJourneyText(text));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0]).toEqual({ path: "cards[0].id", message: "is required" });
    expect(issues[MAX_ISSUES]).toEqual({ path: "", message: `more problems not listed (only the first ${MAX_ISSUES} are shown)` });
  });

  it("[F13] a list of numbers where ids belong is cut too", () => {
    const text = `${HEAD}"cards":[],"okrs":[{"id":"o","objective":"o","teamIds":[${Array(2_000_000).fill("0").join(",")}],"keyResults":[{"id":"k","title":"t","target":1}]}]}`;
    const issues = refused(parseJourneyText(text));
    expect(issues[0]).toEqual({ path: "okrs[0].teamIds[0]", message: "must be a string" });
    expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
  });

  it("[F1] getters that throw and proxies come back as an issue", () => {
    const trap = JSON.parse(EXAMPLE_TEXT);
    Object.defineProperty(trap, "title", { enumerable: true, get() { throw new TypeError("boom"); } });
    expect(refused(validateJourney(trap))).toEqual([{ path: "", message: "could not be read (TypeError)" }]);
    const proxy = new Proxy({}, { ownKeys() { throw new Error("no keys"); } });
    expect(refused(validateJourney(proxy))).toEqual([{ path: "", message: "could not be read (Error)" }]);
  });

  it("[F1] non-JSON values (functions, symbols, bigint, Date) never crash", () => {
    for (const v of [() => 1, Symbol("s"), 10n, new Date(0), new Map(), Number.NaN]) {
      refused(validateJourney(v));
      refused(validateJourney({ ...JSON.parse(EXAMPLE_TEXT), title: v }));
    }
  });

  it("[F1] parseJourneyText refuses non-text and never echoes a long syntax error", () => {
    refused(parseJourneyText(42 as unknown as string));
    const issues = refused(parseJourneyText(`{"title": "${"z".repeat(100_000)}`));
    expect(issues[0]?.message).toMatch(/^is not valid JSON/);
  });
});

describe("the size measure equals UTF-8 of JSON.stringify", () => {
  it.each([
    ["plain", "abc"],
    ["escapes", 'q"b\\s/\n\t\r\b\f'],
    ["control characters", "\u0000\u0001\u001f"],
    ["umlauts and CJK", "Grüße 日本語"],
    ["emoji (surrogate pairs)", "🚀👩‍👩‍👧"],
    ["lone surrogates", "a\ud800b\udc00"],
  ])("[F12] %s", (_, s) => {
    expect(jsonStringBytes(s)).toBe(Buffer.byteLength(JSON.stringify(s)));
  });

  it("[F12] of a whole file, with nulls, booleans, negative and fractional numbers", () => {
    const value = { ...JSON.parse(EXAMPLE_TEXT), extra: [null, true, false, -0, 1.5e-7, -12, { a: [] }, {}], skipped: undefined };
    expect(walkJson(value).jsonBytes).toBe(Buffer.byteLength(JSON.stringify(value)));
  });
});
