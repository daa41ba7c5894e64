import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOGUE, LANGUAGES } from "../../client/i18n/catalogue";
import { isLaterKey, splitMessages } from "../../client/i18n/messageParts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const baseOf = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

/** The page's modules a map's first screen loads: the static imports (never `import()`) from the entry and the map page. */
function firstScreenModules(): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [join(ROOT, "client/main.tsx"), join(ROOT, "client/map/MapPage.tsx")];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?\sfrom\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gm)) {
      const spec = m[1] ?? m[2];
      if (!spec) continue;
      const target = resolve(dirname(file), spec);
      const found = [target, `${target}.ts`, `${target}.tsx`, join(target, "index.ts"), join(target, "index.tsx")].find((f) => /\.tsx?$/.test(f) && existsSync(f));
      if (found) queue.push(found);
    }
  }
  return seen;
}

describe("a map's first screen loads only the messages it shows", () => {
  it("[KB23] every key the first screen's modules name, and every key under a prefix they build keys from, is in the first part", () => {
    const keys = new Set(Object.keys(CATALOGUE.en).map(baseOf));
    const modules = firstScreenModules();
    expect(modules.size).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const [file, text] of modules) {
      const where = file.slice(ROOT.length);
      for (const m of text.matchAll(/["'`]([a-z]+\.[A-Za-z0-9_.]+)["'`]/g)) {
        if (keys.has(m[1]!) && isLaterKey(m[1]!)) wrong.push(`${where}: ${m[1]}`);
      }
      for (const m of text.matchAll(/`([a-z]+\.[A-Za-z0-9_.]*)\$\{/g)) {
        const built = [...keys].filter((k) => k.startsWith(m[1]!) && isLaterKey(k));
        if (built.length > 0) wrong.push(`${where}: \`${m[1]}\${...}\` (${built.join(", ")})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("[KB23] each language's messages split into two parts with the same keys in every language, nothing lost or doubled", () => {
    const parts = Object.fromEntries(LANGUAGES.map((lang) => [lang, splitMessages(CATALOGUE[lang])]));
    for (const lang of LANGUAGES) {
      const { first, later } = parts[lang]!;
      expect({ ...first, ...later }).toEqual(CATALOGUE[lang]);
      expect(Object.keys(first).filter((k) => k in later)).toEqual([]);
      expect(Object.keys(later).sort()).toEqual(Object.keys(parts.en!.later).sort());
    }
    // The later part is most of the panels' text: the home, workspace and review pages, the DSO views.
    expect(Object.keys(parts.en!.later).length).toBeGreaterThan(Object.keys(parts.en!.first).length / 2);
  });

  it("[KB23] a plural form goes where its base key goes; a key named by the first screen stays there under a later prefix", () => {
    expect(isLaterKey("dso.okr.title")).toBe(true);
    expect(isLaterKey("dso.header.inDays_one")).toBe(false);
    expect(isLaterKey("table.stageCount_other")).toBe(true);
    expect(isLaterKey("table.view.table")).toBe(false);
    expect(isLaterKey("workspace.crumb")).toBe(false);
    expect(isLaterKey("workspace.crumbs")).toBe(true);
    expect(isLaterKey("editor.addStage")).toBe(false);
  });
});
