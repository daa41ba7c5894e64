/**
 * Fixed font metrics, so text is measured the same on every machine and in every tool.
 *
 * The SVG names `Liberation Sans, Arial, Helvetica, sans-serif`; Liberation Sans is metric
 * compatible with Arial (and Arial with Helvetica), so these advance widths match whichever of
 * them draws the text. The tables were read from the `hmtx` table of Liberation Sans 2.x
 * (Regular and Bold) and scaled to 1000 units per em. Characters outside them get a fixed
 * estimate: zero for combining marks and invisible controls, a full em for East Asian wide
 * characters and emoji, and an average Latin width otherwise.
 */

/** Liberation Sans Regular: advance widths of U+0020..U+007E, then U+00A0..U+017F. */
const REGULAR_WIDTHS: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 278,
  333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 278, 333,
  333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722,
  722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556,
  556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500, 667,
  556, 667, 556, 667, 556, 722, 500, 722, 500, 722, 500, 722, 500, 722, 615, 722, 556, 667, 556, 667, 556, 667, 556, 667,
  556, 667, 556, 778, 556, 778, 556, 778, 556, 778, 556, 722, 556, 722, 556, 278, 278, 278, 278, 278, 278, 278, 222, 278,
  278, 735, 444, 500, 222, 667, 500, 500, 556, 222, 556, 222, 556, 292, 556, 334, 556, 222, 722, 556, 722, 556, 722, 556,
  604, 723, 556, 778, 556, 778, 556, 778, 556, 1000, 944, 722, 333, 722, 333, 722, 333, 667, 500, 667, 500, 667, 500, 667,
  500, 611, 278, 611, 375, 611, 278, 722, 556, 722, 556, 722, 556, 722, 556, 722, 556, 722, 556, 944, 722, 667, 500, 667,
  611, 500, 611, 500, 611, 500, 222,
];

const REGULAR_EXTRA: Readonly<Record<number, number>> = {
  0xd7: 584,
  0x2013: 556,
  0x2014: 1000,
  0x2018: 222,
  0x2019: 222,
  0x201a: 222,
  0x201c: 333,
  0x201d: 333,
  0x201e: 333,
  0x2022: 350,
  0x2026: 1000,
  0x2030: 1000,
  0x2039: 333,
  0x203a: 333,
  0x20ac: 556,
  0x2122: 1000,
  0x2190: 1000,
  0x2191: 500,
  0x2192: 1000,
  0x2193: 500,
  0x2212: 584,
  0x2260: 549,
  0x2264: 549,
  0x2265: 549,
};

/** Liberation Sans Bold: advance widths of U+0020..U+007E, then U+00A0..U+017F. */
const BOLD_WIDTHS: readonly number[] = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 278,
  333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 278, 333,
  333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722,
  722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556,
  556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556, 722,
  556, 722, 556, 722, 556, 722, 556, 722, 556, 722, 556, 722, 556, 722, 719, 722, 611, 667, 556, 667, 556, 667, 556, 667,
  556, 667, 556, 778, 611, 778, 611, 778, 611, 778, 611, 722, 611, 722, 611, 278, 278, 278, 278, 278, 278, 278, 278, 278,
  278, 785, 556, 556, 278, 722, 556, 556, 611, 278, 611, 278, 611, 385, 611, 479, 611, 278, 722, 611, 722, 611, 722, 611,
  708, 723, 611, 778, 611, 778, 611, 778, 611, 1000, 944, 722, 389, 722, 389, 722, 389, 667, 556, 667, 556, 667, 556, 667,
  556, 611, 333, 611, 479, 611, 333, 722, 611, 722, 611, 722, 611, 722, 611, 722, 611, 722, 611, 944, 778, 667, 556, 667,
  611, 500, 611, 500, 611, 500, 278,
];

const BOLD_EXTRA: Readonly<Record<number, number>> = {
  0xd7: 584,
  0x2013: 556,
  0x2014: 1000,
  0x2018: 278,
  0x2019: 278,
  0x201a: 278,
  0x201c: 500,
  0x201d: 500,
  0x201e: 500,
  0x2022: 350,
  0x2026: 1000,
  0x2030: 1000,
  0x2039: 333,
  0x203a: 333,
  0x20ac: 556,
  0x2122: 1000,
  0x2190: 1000,
  0x2191: 500,
  0x2192: 1000,
  0x2193: 500,
  0x2212: 584,
  0x2260: 549,
  0x2264: 549,
  0x2265: 549,
};


/** Width of a character that is in no table, in 1000ths of an em. */
const FALLBACK_WIDTH = 556;
const WIDE_WIDTH = 1000;

/** Characters that take no space: combining marks, joiners, bidi controls, variation selectors. */
function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** East Asian wide characters and emoji, drawn about one em wide by fallback fonts. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Advance width of one code point in 1000ths of an em. */
export function charWidth(cp: number, bold: boolean): number {
  const table = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  if (cp >= 0x20 && cp <= 0x7e) return table[cp - 0x20] ?? FALLBACK_WIDTH;
  if (cp >= 0xa0 && cp <= 0x17f) return table[cp - 0xa0 + 95] ?? FALLBACK_WIDTH;
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return table[0] ?? FALLBACK_WIDTH;
  const extra = (bold ? BOLD_EXTRA : REGULAR_EXTRA)[cp];
  if (extra !== undefined) return extra;
  if (isZeroWidth(cp)) return 0;
  if (isWide(cp)) return WIDE_WIDTH;
  return FALLBACK_WIDTH;
}

/** A font as the exporter draws it: a size in px and a weight. */
export interface FontSpec {
  readonly size: number;
  readonly bold: boolean;
}

/** The width in px that `text` takes in `font`, from the fixed tables (no kerning). */
export function measureText(text: string, font: FontSpec): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    units += charWidth(cp, font.bold);
  }
  return (units * font.size) / 1000;
}
