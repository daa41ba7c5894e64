import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { citationProblems, parseCitations, parseRuleDefinitions } from "../support/ruleCitations";

const ROOT = join(import.meta.dirname, "..", "..");

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(entry.name)) out.push(path);
  }
  return out;
}

const rules = ["shared", "server", "client"]
  .flatMap((top) => filesUnder(join(ROOT, top), (n) => n.endsWith(".md")))
  .flatMap((path) => parseRuleDefinitions(relative(ROOT, path), readFileSync(path, "utf8")));
const citations = filesUnder(join(ROOT, "test"), (n) => /\.tsx?$/.test(n)).flatMap((path) =>
  parseCitations(relative(ROOT, path), readFileSync(path, "utf8")),
);

describe("rule citations", () => {
  it("finds the rules files and the citing tests", () => {
    const files = new Set(rules.map((r) => r.file));
    for (const file of ["shared/SPEC.md", "server/API-RULES.md", "shared/doc/LAYOUT.md", "shared/workshop/RULES.md"]) expect(files).toContain(file);
    expect(citations.length).toBeGreaterThan(100);
  });

  it("every cited id exists, no family lives in two files, every rule is cited or marked untested with a reason", () => {
    expect(citationProblems(rules, citations)).toEqual([]);
  });

  it("reports an unknown id, a family in two files, a twice-defined id and an uncited rule", () => {
    const fixture = (name: string) => readFileSync(join(ROOT, "test", "fixtures", "ruleCitations", name), "utf8");
    const defs = [...parseRuleDefinitions("a.md", fixture("a.md")), ...parseRuleDefinitions("b.md", fixture("b.md"))];
    expect(defs.map((d) => d.id)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5", "R1", "R1"]);
    expect(defs.find((d) => d.id === "Q5")?.untested).toBe("a reason on the next line");
    const cites = parseCitations("t.test.ts", fixture("cites.txt"));
    expect(cites.map((c) => c.id)).toEqual(["Q1", "R1", "Q9", "Q2", "Q1"]);
    expect(citationProblems(defs, cites)).toEqual([
      "rule family Q is defined in both a.md and b.md (Q4)",
      "rule family Q is defined in both a.md and b.md (Q5)",
      "R1 is defined twice: b.md:5 and b.md:6",
      't.test.ts: "[Q9] y" cites Q9, which no rules file defines',
      "Q2 (a.md:2) is marked untested but a test cites it",
      "Q3 (a.md:3) is cited by no test and not marked (untested: <reason>)",
      "Q4 (b.md:1) is cited by no test and not marked (untested: <reason>)",
    ]);
  });
});
