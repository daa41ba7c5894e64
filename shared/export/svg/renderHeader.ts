import type { Journey } from "../../schema/journey";
import { escapeText } from "./escapeXml";
import { fmt } from "./formatNumber";
import { measureText, type FontSpec } from "./fontMetrics";
import { wrapText } from "./wrapText";
import { INK } from "./palette";
import type { SvgLabels } from "./labels";

const FONT_TITLE: FontSpec = { size: 30, bold: true };
const FONT_DESC: FontSpec = { size: 14, bold: false };
const FONT_PERSONA_NAME: FontSpec = { size: 15, bold: true };
const FONT_PERSONA_TEXT: FontSpec = { size: 12, bold: false };
const TITLE_LINE_H = 36;
const DESC_LINE_H = 19;
const PERSONA_LINE_H = 16;
const AVATAR_R = 22;

/** The page's header, measured: call `render(top)` to draw it, `height` to place what follows. */
export interface HeaderLayout {
  readonly height: number;
  render(top: number): string;
}

function initial(name: string): string {
  const first = Array.from(name.trim())[0] ?? "?";
  return first.toUpperCase();
}

function tspans(lines: readonly string[], x: number, y: number, lineH: number): string {
  return lines.map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(y + i * lineH)}">${escapeText(line)}</tspan>`).join("");
}

/**
 * The title (up to two lines), the map's description (up to two), and the persona in a quiet
 * box: an initial in a circle, the name, who they are, and their goals.
 */
export function layoutHeader(journey: Journey, left: number, width: number, labels: SvgLabels): HeaderLayout {
  const textW = width - 2 * left;
  const titleLines = wrapText(journey.title, textW, FONT_TITLE, 2);
  const descLines = journey.description === undefined ? [] : wrapText(journey.description, Math.min(textW, 900), FONT_DESC, 2);
  const persona = journey.persona;
  const personaTextX = 16 + 2 * AVATAR_R + 16;
  const personaTextW = Math.min(textW, 1100) - personaTextX - 16;
  const nameLines = persona === undefined ? [] : wrapText(persona.name, personaTextW, FONT_PERSONA_NAME, 2);
  const aboutLines = persona?.description === undefined ? [] : wrapText(persona.description, personaTextW, FONT_PERSONA_TEXT, 2);
  const goals = (persona?.goals ?? []).filter((g) => g.trim() !== "");
  const goalsLines = goals.length === 0 ? [] : wrapText(`${labels.goals}: ${goals.join("  \u00b7  ")}`, personaTextW, FONT_PERSONA_TEXT, 2);

  // The persona box hugs its text, so a short persona does not leave a wide empty panel.
  const widest = Math.max(
    measureText(labels.persona.toUpperCase(), { size: 9, bold: true }),
    ...nameLines.map((l) => measureText(l, FONT_PERSONA_NAME)),
    ...aboutLines.map((l) => measureText(l, FONT_PERSONA_TEXT)),
    ...goalsLines.map((l) => measureText(l, FONT_PERSONA_TEXT)),
  );
  const boxW = Math.min(textW, Math.max(360, personaTextX + widest + 28));

  let h = 4 + titleLines.length * TITLE_LINE_H;
  if (descLines.length > 0) h += 4 + descLines.length * DESC_LINE_H;
  const personaTop = h + 18;
  const personaH =
    persona === undefined
      ? 0
      : Math.max(2 * AVATAR_R + 28, 14 + 12 + 8 + nameLines.length * 19 + (aboutLines.length + goalsLines.length) * PERSONA_LINE_H + (goalsLines.length > 0 ? 4 : 0) + 12);
  if (persona !== undefined) h = personaTop + personaH;
  h += 28;

  return {
    height: h,
    render(top: number): string {
      const parts: string[] = [`<g>`];
      parts.push(`<text font-size="30" font-weight="bold" fill="${INK.text}">${tspans(titleLines, left, top + 28, TITLE_LINE_H)}</text>`);
      if (descLines.length > 0) {
        const y = top + 4 + titleLines.length * TITLE_LINE_H + 14;
        parts.push(`<text font-size="14" fill="${INK.muted}">${tspans(descLines, left, y, DESC_LINE_H)}</text>`);
      }
      if (persona !== undefined) {
        const py = top + personaTop;
        parts.push(`<rect x="${fmt(left)}" y="${fmt(py)}" width="${fmt(boxW)}" height="${fmt(personaH)}" rx="12" fill="${INK.band}" stroke="${INK.rule}"/>`);
        const cx = left + 16 + AVATAR_R;
        const cy = py + 14 + AVATAR_R;
        parts.push(`<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${AVATAR_R}" fill="${INK.header}"/>`);
        parts.push(`<text x="${fmt(cx)}" y="${fmt(cy + 6.5)}" font-size="18" font-weight="bold" text-anchor="middle" fill="#ffffff">${escapeText(initial(persona.name))}</text>`);
        const tx = left + personaTextX;
        let ty = py + 14 + 9;
        parts.push(`<text x="${fmt(tx)}" y="${fmt(ty)}" font-size="9" font-weight="bold" fill="${INK.faint}">${escapeText(labels.persona.toUpperCase())}</text>`);
        ty += 8 + 15;
        parts.push(`<text font-size="15" font-weight="bold" fill="${INK.text}">${tspans(nameLines, tx, ty, 19)}</text>`);
        ty += (nameLines.length - 1) * 19 + PERSONA_LINE_H + 2;
        if (aboutLines.length > 0) {
          parts.push(`<text font-size="12" fill="${INK.muted}">${tspans(aboutLines, tx, ty, PERSONA_LINE_H)}</text>`);
          ty += aboutLines.length * PERSONA_LINE_H;
        }
        if (goalsLines.length > 0) {
          parts.push(`<text font-size="12" fill="${INK.text}">${tspans(goalsLines, tx, ty + 4, PERSONA_LINE_H)}</text>`);
        }
      }
      parts.push(`</g>`);
      return parts.join("");
    },
  };
}
