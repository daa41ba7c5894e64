import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

describe("the README", () => {
  it("opens with the two commands a newcomer runs, and stays a readable page (a scripted edit once spread it over 177,000 lines)", () => {
    const lines = readme.split("\n");
    expect(lines[0]).toBe("# Baton");
    const firstBlock = /```\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? "";
    expect(firstBlock.split("\n").map((l) => l.replace(/\s+#.*$/, ""))).toEqual(["npm install && npm start", "npm install && npm test"]);
    expect(lines.length).toBeLessThan(1_000);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
    // Each section once: an edit that pasted text twice shows here.
    const headings = lines.filter((l) => l.startsWith("## "));
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings).toEqual(expect.arrayContaining(["## Settings", "## Running several instances", "## Reliability figures"]));
  });
});
