import { measureText, type FontSpec } from "./fontMetrics";

/** The ellipsis that ends text cut short. */
export const ELLIPSIS = "\u2026";

/**
 * `text` shortened from the end until it fits `maxWidth` px with an ellipsis appended; the text
 * itself when it already fits.
 */
export function ellipsize(text: string, maxWidth: number, font: FontSpec): string {
  if (measureText(text, font) <= maxWidth) return text;
  return cutToFit(text, maxWidth, font);
}

/** Always cuts: the longest prefix that fits together with the ellipsis (maybe only the ellipsis). */
function cutToFit(text: string, maxWidth: number, font: FontSpec): string {
  const budget = maxWidth - measureText(ELLIPSIS, font);
  const chars = Array.from(text);
  let width = 0;
  let end = 0;
  for (; end < chars.length; end++) {
    const w = measureText(chars[end] ?? "", font);
    if (width + w > budget) break;
    width += w;
  }
  return chars.slice(0, end).join("").trimEnd() + ELLIPSIS;
}

/**
 * Greedy word wrap of `text` into lines of at most `maxWidth` px. Runs of whitespace (newlines
 * included) count as one space; a word longer than a line is broken between characters. When
 * more than `maxLines` lines would be needed, the last line shown ends with an ellipsis.
 * Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const space = measureText(" ", font);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let overflow = false;
  for (const word of words) {
    if (lines.length >= maxLines) {
      overflow = true;
      break;
    }
    const w = measureText(word, font);
    if (line !== "" && lineWidth + space + w <= maxWidth) {
      line += " " + word;
      lineWidth += space + w;
      continue;
    }
    if (line !== "") {
      lines.push(line);
      if (lines.length >= maxLines) {
        overflow = true;
        break;
      }
    }
    if (w <= maxWidth) {
      line = word;
      lineWidth = w;
      continue;
    }
    // A word wider than a whole line: break it between characters.
    line = "";
    lineWidth = 0;
    for (const ch of word) {
      const cw = measureText(ch, font);
      if (line !== "" && lineWidth + cw > maxWidth) {
        lines.push(line);
        if (lines.length >= maxLines) {
          overflow = true;
          break;
        }
        line = "";
        lineWidth = 0;
      }
      line += ch;
      lineWidth += cw;
    }
    if (overflow) break;
  }
  if (!overflow && line !== "") lines.push(line);
  if (overflow) {
    const last = lines.length - 1;
    lines[last] = cutToFit(lines[last] ?? "", maxWidth, font);
  }
  return lines;
}
