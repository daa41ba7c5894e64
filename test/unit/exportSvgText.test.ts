import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeAttr, escapeText, stripXmlForbidden } from "../../shared/export/svg/escapeXml";
import { fmt } from "../../shared/export/svg/formatNumber";
import { charWidth, measureText } from "../../shared/export/svg/fontMetrics";
import { ELLIPSIS, ellipsize, wrapText } from "../../shared/export/svg/wrapText";
import { metricValueText } from "../../shared/export/svg/layoutCard";
import { exportFileName } from "../../shared/export/fileName";

const FONT = { size: 13, bold: false };

describe("SVG text", () => {
  it("[X4] escapes the five XML specials in text and attributes, keeps tab/LF/CR in attributes", () => {
    expect(escapeText(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeAttr(`"a"\tb\nc\rd`)).toBe("&quot;a&quot;&#9;b&#10;c&#13;d");
    expect(escapeText("]]>")).toBe("]]&gt;");
  });

  it("[X4] removes every character XML 1.0 forbids, and nothing else", () => {
    expect(stripXmlForbidden("a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi")).toBe("abcdefghi");
    expect(stripXmlForbidden("x\ud800y\udc00z")).toBe("xyz");
    const kept = "\t\n\r caf\u00e9 \ud83d\ude80 \u202e \u0645\u0631 \ue000 \ufffd";
    expect(stripXmlForbidden(kept)).toBe(kept);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const out = stripXmlForbidden(s);
        expect(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(out)).toBe(false);
      }),
    );
  });

  it("[X5] numbers: two decimals at most, no -0, no trailing zeros", () => {
    expect(fmt(1)).toBe("1");
    expect(fmt(1.005)).toBe("1");
    expect(fmt(2.345)).toBe("2.35");
    expect(fmt(-0.001)).toBe("0");
    expect(fmt(-0)).toBe("0");
    expect(fmt(10.5)).toBe("10.5");
    expect(fmt(-3.14159)).toBe("-3.14");
  });

  it("[X5] the font table is Liberation Sans / Arial: known advance widths", () => {
    expect(charWidth(0x20, false)).toBe(278);
    expect(charWidth("a".codePointAt(0) ?? 0, false)).toBe(556);
    expect(charWidth("W".codePointAt(0) ?? 0, false)).toBe(944);
    expect(charWidth("i".codePointAt(0) ?? 0, false)).toBe(222);
    expect(charWidth("m".codePointAt(0) ?? 0, true)).toBe(889);
    expect(charWidth(0xe4, false)).toBe(556);
    expect(charWidth(0x2026, false)).toBe(1000);
    expect(charWidth(0x1f680, false)).toBe(1000);
    expect(charWidth(0x0301, false)).toBe(0);
    expect(measureText("Hello", { size: 10, bold: false })).toBeCloseTo((722 + 556 + 222 + 222 + 556) / 100, 6);
  });

  it("[X3] wrapped lines fit the width; after N lines the last one ends with an ellipsis", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 40, max: 300 }), fc.integer({ min: 1, max: 5 }), (text, width, maxLines) => {
        const lines = wrapText(text, width, FONT, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(width + 1e-9);
        const words = text.split(/\s+/).filter((w) => w !== "");
        if (words.length === 0) expect(lines).toEqual([]);
        const shown = lines.join(" ").replace(ELLIPSIS, "");
        if (!lines.some((l) => l.endsWith(ELLIPSIS))) expect(lines.join(" ").replace(/\s+/g, "")).toBe(words.join(""));
        else expect(words.join("").startsWith(shown.replace(/\s+/g, ""))).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(wrapText("one two three four five six seven", 70, FONT, 2)).toEqual(["one two", "three four\u2026"]);
    expect(wrapText("Supercalifragilistic", 50, FONT, 3).length).toBe(3);
    expect(wrapText("  \n ", 100, FONT, 3)).toEqual([]);
  });

  it("[X3] ellipsize keeps text that fits and cuts what does not", () => {
    expect(ellipsize("short", 100, FONT)).toBe("short");
    const cut = ellipsize("a rather long label that will not fit", 80, FONT);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(measureText(cut, FONT)).toBeLessThanOrEqual(80);
  });

  it("[X6] metric badge text: value against target, with its unit", () => {
    expect(metricValueText({ kind: "conversion", value: 3.1, target: 5, unit: "%" })).toBe("3.1% / 5%");
    expect(metricValueText({ kind: "timeToResolution", value: 14, target: 10, unit: "min" })).toBe("14 / 10 min");
    expect(metricValueText({ kind: "CSAT", value: 4.3, target: 4.5, unit: "1-5" })).toBe("4.3 / 4.5 (1-5)");
    expect(metricValueText({ kind: "NPS", value: -12.346 })).toBe("\u221212.35");
    expect(metricValueText({ kind: "NPS", target: 40 })).toBe("\u2013 / 40");
  });

  it("[X9] export file names are safe ASCII stems of the title", () => {
    expect(exportFileName("SaaS onboarding: from trial to first value", "svg")).toBe("SaaS-onboarding-from-trial-to-first-value.svg");
    expect(exportFileName("Kündigung & Rückruf – Straße", "csv")).toBe("Kundigung-Ruckruf-Strasse.csv");
    expect(exportFileName("\"../../etc/passwd\"\r\n", "svg")).toBe("etc-passwd.svg");
    expect(exportFileName("\ud83d\ude80\ud83d\ude80", "png")).toBe("journey.png");
    expect(exportFileName("x".repeat(300), "mmd")).toBe(`${"x".repeat(80)}.mmd`);
    fc.assert(
      fc.property(fc.string(), (title) => {
        expect(exportFileName(title, "svg")).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}\.svg$|^journey\.svg$/);
      }),
    );
  });
});
