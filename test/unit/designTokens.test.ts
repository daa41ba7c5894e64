import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cssVariables, KIND_COLORS, NO_TEAM_COLOR } from "../../shared/design/tokens";
import { KIND_STYLES, TEAM_FALLBACK_COLOR } from "../../shared/export/svg/palette";
import { teamColor } from "../../client/dso/teamPalette";

const ROOT = join(import.meta.dirname, "..", "..");

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith(".css") ? [join(dir, e.name)] : [],
  );
}

const sheets = cssFiles(join(ROOT, "client")).map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, "utf8") }));

describe("one design system", () => {
  it("the SVG exporter paints card kinds and 'no team' with the page's tokens", () => {
    expect(KIND_STYLES).toBe(KIND_COLORS);
    expect(TEAM_FALLBACK_COLOR).toBe(NO_TEAM_COLOR);
    expect(teamColor(undefined)).toBe(NO_TEAM_COLOR);
    expect(teamColor({ id: "t", name: "T" })).toBe(NO_TEAM_COLOR);
    const vars = cssVariables();
    expect(vars["--kind-opportunity"]).toBe(KIND_COLORS.opportunity.accent);
    expect(vars["--kind-pain-point-fill"]).toBe(KIND_COLORS.painPoint.fill);
    expect(vars["--no-team"]).toBe(NO_TEAM_COLOR);
  });

  it("style sheets carry no raw colours: every colour is a token variable", () => {
    expect(sheets.length).toBeGreaterThan(2);
    for (const { file, text } of sheets) {
      const raw = text.replace(/\/\*[\s\S]*?\*\//g, "").match(/#[0-9a-fA-F]{3,8}\b/g) ?? [];
      expect(raw, file).toEqual([]);
    }
  });

  it("every variable a sheet uses is a token or declared in a sheet", () => {
    const tokens = new Set(Object.keys(cssVariables()));
    const declared = new Set(sheets.flatMap(({ text }) => [...text.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1] ?? "")));
    // Set inline by components: a card's team colour (CardNodeView), a calendar bar's owner colour (RotationCalendar).
    const setByComponents = ["--team", "--owner"];
    for (const name of setByComponents) declared.add(name);
    for (const { file, text } of sheets) {
      for (const [, name = ""] of text.matchAll(/var\((--[a-z0-9-]+)/g)) {
        if (name.startsWith("--xy-")) continue; // React Flow's own variables
        expect(tokens.has(name) || declared.has(name), `${file} uses ${name}`).toBe(true);
      }
    }
  });
});
