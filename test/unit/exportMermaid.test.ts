import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { journeyToMermaid, mermaidName, mermaidScore } from "../../shared/export/mermaid";
import { PAYLOADS, payloadJourney } from "./exportPayloads";
import { randomJourney } from "./exportRandomJourney";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

/**
 * Reads Mermaid journey text the way Mermaid's lexer does (journey.jison): `title` and `section`
 * lines, task lines `name: data` where the name has no `#:;` and the data no `#;`. Anything
 * else, or a name the lexer would take for a keyword, is an error.
 */
function lexMermaidJourney(text: string): { title: string; sections: { name: string; tasks: { name: string; score: number; actors: string[] }[] }[] } {
  const lines = text.split("\n");
  if (lines[0] !== "journey") throw new Error("first line must be journey");
  let title = "";
  const sections: { name: string; tasks: { name: string; score: number; actors: string[] }[] }[] = [];
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (line === "") continue;
    const t = /^title\s([^#\n;]+)$/i.exec(line);
    if (t) { title = t[1] as string; continue; }
    const s = /^section\s([^#:\n;]+)$/i.exec(line);
    if (s) { sections.push({ name: s[1] as string, tasks: [] }); continue; }
    if (/^(journey|title\s|section\s|acctitle|accdescr)/i.test(line)) throw new Error(`keyword where a task was meant: ${line}`);
    const task = /^([^#:\n;]+):([^#\n;]+)$/.exec(line);
    if (!task) throw new Error(`not a task: ${JSON.stringify(line)}`);
    const [scoreText, ...rest] = (task[2] as string).split(":");
    const score = Number(scoreText);
    if (!Number.isInteger(score)) throw new Error(`bad score in ${line}`);
    const actors = rest.length === 0 ? [] : rest.join(":").split(",").map((a) => a.trim());
    if (rest.length > 1) throw new Error(`too many colons in ${line}`);
    const section = sections[sections.length - 1];
    if (!section) throw new Error("task before any section");
    section.tasks.push({ name: (task[1] as string).trim(), score, actors });
  }
  return { title, sections };
}

describe("journeyToMermaid", () => {
  it("[M3] maps emotion -2..2 to score 1..5, missing to 3", () => {
    expect([-2, -1, 0, 1, 2].map((e) => mermaidScore(e))).toEqual([1, 2, 3, 4, 5]);
    expect(mermaidScore(undefined)).toBe(3);
  });

  it("[M1][M2][M3][M4] the example: sections per stage, actions and touchpoints as scored tasks with actors", () => {
    const parsed = lexMermaidJourney(journeyToMermaid(example));
    expect(parsed.title).toBe("SaaS onboarding: from trial to first value");
    expect(parsed.sections.map((s) => s.name)).toEqual(example.stages.map((s) => s.name));
    const trial = parsed.sections[1];
    expect(trial?.tasks).toEqual([
      { name: "Starts the 14-day trial", score: 4, actors: ["Mara office manager"] },
      { name: "Sign-up form", score: 3, actors: ["Growth"] },
      { name: "Welcome e-mail", score: 3, actors: ["Growth"] },
    ]);
    const setup = parsed.sections[2];
    expect(setup?.tasks.map((t) => t.name)).toEqual(["Imports customers from a spreadsheet", "CSV import wizard"]);
    expect(setup?.tasks[0]?.score).toBe(1);
    const all = parsed.sections.flatMap((s) => s.tasks);
    expect(all.length).toBe(example.cards.filter((c) => c.kind === "action" || c.kind === "touchpoint").length);
  });

  it("[M5] names lose : # ; , line breaks and control characters; keywords and %% are defused", () => {
    expect(mermaidName("Chat closes at 17:00; #1 priority,\nreally", "x")).toBe("Chat closes at 17 00 1 priority really");
    expect(mermaidName("title of the task", "x")).toBe("\u200btitle of the task");
    expect(mermaidName("Section 2", "x")).toBe("\u200bSection 2");
    expect(mermaidName("%%{init: {}}%%", "x")).toBe("%{init {}}%");
    expect(mermaidName(":;#", "fallback")).toBe("fallback");
  });

  it("[M5] payloads and random maps always give text Mermaid's lexer reads as intended", () => {
    for (const p of PAYLOADS) {
      const j = payloadJourney(p);
      const parsed = lexMermaidJourney(journeyToMermaid(j));
      expect(parsed.sections.length).toBe(j.stages.length);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const j = randomJourney(seed);
        const parsed = lexMermaidJourney(journeyToMermaid(j));
        expect(parsed.sections.length).toBe(j.stages.length);
        const tasks = parsed.sections.flatMap((s) => s.tasks);
        expect(tasks.length).toBe(j.cards.filter((c) => c.kind === "action" || c.kind === "touchpoint").length);
        for (const t of tasks) expect(t.score >= 1 && t.score <= 5).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
