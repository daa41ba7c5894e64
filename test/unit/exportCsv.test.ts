import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CSV_COLUMNS, CSV_STYLES, journeyToCsv, neutraliseFormula, quoteCsv } from "../../shared/export/csv";
import type { Journey } from "../../shared/schema/journey";
import { PAYLOADS, payloadJourney } from "./exportPayloads";
import { randomJourney } from "./exportRandomJourney";
import { exampleJourney } from "../support/example";

const example = exampleJourney();

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes). */
function parseCsv(text: string, sep: "," | ";" = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error("unterminated quote");
        cell += text.slice(i, q);
        if (text[q + 1] === '"') { cell += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    } else {
      const m = new RegExp(`[^${sep}\\r\\n"]*`, "y");
      m.lastIndex = i;
      cell = m.exec(text)?.[0] ?? "";
      i += cell.length;
    }
    row.push(cell);
    if (text[i] === sep) { i++; continue; }
    if (text.startsWith("\r\n", i)) { rows.push(row); row = []; i += 2; if (i === text.length) return rows; continue; }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe("journeyToCsv", () => {
  it("[V4] German spreadsheets: semicolons, decimal commas, cells holding a semicolon quoted", () => {
    const j: Journey = {
      ...example,
      cards: [{ id: "x", kind: "touchpoint", stageId: example.stages[0]!.id, laneId: example.lanes[0]!.id, title: "a; b, c", emotion: -1, metrics: [{ kind: "CSAT", value: 4.5, target: 4.75 }] }],
    };
    const text = journeyToCsv(j, CSV_STYLES.de);
    const rows = parseCsv(text.slice(1), ";");
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const card = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(card.title).toBe("a; b, c");
    expect(card.emotion).toBe("-1");
    expect(card.metrics).toBe("CSAT: 4,5 (target 4,75)");
    expect(text).toContain('"a; b, c"');
    expect(parseCsv(journeyToCsv(j).slice(1))[1]![CSV_COLUMNS.indexOf("metrics")]).toBe("CSAT: 4.5 (target 4.75)");
  });

  it("[V2] starts with a UTF-8 BOM, ends every record with CRLF", () => {
    const csv = journeyToCsv(example);
    expect(csv.startsWith("\ufeffid,stage,lane,kind,title,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "").includes("\n")).toBe(false);
  });

  it("[V1] one row per card in reading order, with names instead of ids", () => {
    const rows = parseCsv(journeyToCsv(example).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(1 + example.cards.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["a1", "t1", "a2", "t2", "t3", "p1", "a3", "t4", "f1", "p2", "o1", "a4", "t5", "a5", "t6", "p3", "o2"]);
    const p2 = rows.find((r) => r[0] === "p2");
    expect(p2).toEqual([
      "p2", "Setup", "Pain points", "painPoint", "Umlauts (\u00e4, \u00f6, \u00fc) break in the CSV import",
      "Files saved by Excel in Windows-1252 arrive garbled.", "", "", "5", "5", "2", "inProgress", "Product", "11", "",
    ]);
    expect(rows.find((r) => r[0] === "t6")?.[14]).toBe("timeToResolution: 14 min (target 10 min); firstContactResolution: 78% (target 85%)");
    expect(rows.find((r) => r[0] === "a3")?.[7]).toBe("-2");
  });

  it("[V3] cells that start with = + - @ tab or CR get a leading apostrophe; plain numbers do not", () => {
    for (const bad of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"]) expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    for (const fine of ["-2", "3.5", "-0.25", "hello", "", "'quoted", "a=b"]) expect(neutraliseFormula(fine)).toBe(fine);
    const j: Journey = {
      format: "baton.journey", version: 1, title: "t",
      stages: [{ id: "s", name: "=cmd|' /C calc'!A0" }], lanes: [{ id: "l", name: "@SUM(1)", kind: "actions" }],
      cards: [{ id: "c", kind: "action", stageId: "s", laneId: "l", title: "+1", description: "-1-1", emotion: -1 }],
    };
    const rows = parseCsv(journeyToCsv(j).slice(1));
    expect(rows[1]?.slice(1, 6)).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(1)", "action", "'+1", "'-1-1"]);
    expect(rows[1]?.[7]).toBe("-1");
  });

  it("[V2] quoting: commas, quotes and line breaks survive a round trip", () => {
    expect(quoteCsv('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(quoteCsv("plain")).toBe("plain");
    for (const p of PAYLOADS) {
      const j = payloadJourney(p);
      const rows = parseCsv(journeyToCsv(j).slice(1));
      expect(rows.length).toBe(1 + j.cards.length);
      for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
      expect(unneutralise(rows[1]?.[4] ?? "")).toBe(j.cards[0]?.title);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const j = randomJourney(seed);
        const rows = parseCsv(journeyToCsv(j).slice(1));
        expect(rows.length).toBe(1 + j.cards.length);
        const titles = new Map(j.cards.map((c) => [c.id, c.title]));
        for (const r of rows.slice(1)) expect(unneutralise(r[4] ?? "")).toBe(titles.get(r[0] ?? ""));
      }),
      { numRuns: 100 },
    );
  });
});
