import type { Journey } from "../../schema/journey";
import { CARD_KINDS } from "../../schema/card";
import { escapeText } from "./escapeXml";
import { fmt } from "./formatNumber";
import { measureText, type FontSpec } from "./fontMetrics";
import { ellipsize } from "./wrapText";
import { INK, KIND_STYLES, STATUS_COLORS } from "./palette";
import { kindMarker } from "./renderCard";
import { teamColor } from "./layoutCard";
import type { SvgLabels } from "./labels";

const FONT_ITEM: FontSpec = { size: 11, bold: false };
const TITLE_W = 170;
const ROW_H = 24;
const ITEM_GAP = 22;
const SWATCH_W = 24;
const ITEM_MAX_TEXT_W = 220;

/** One legend entry: a small drawing (at x, centred on y) and its words. */
interface Item {
  readonly swatch: (x: number, y: number) => string;
  readonly text: string;
}

interface Section {
  readonly title: string;
  readonly items: readonly Item[];
}

/** The legend, measured: call `render(top)` to draw it. */
export interface LegendLayout {
  readonly height: number;
  render(top: number): string;
}

function sections(journey: Journey, labels: SvgLabels): Section[] {
  const out: Section[] = [];
  out.push({
    title: labels.legendCards,
    items: CARD_KINDS.map((kind) => ({
      text: labels.cardKinds[kind],
      swatch: (x, y) => {
        const s = KIND_STYLES[kind];
        return `<rect x="${fmt(x)}" y="${fmt(y - 8)}" width="${SWATCH_W}" height="16" rx="4" fill="${s.fill}" stroke="${s.stroke}"/>` + kindMarker(kind, x + 8, y - 4, s.accent);
      },
    })),
  });
  const teams = journey.teams ?? [];
  if (teams.length > 0) {
    out.push({
      title: labels.legendTeams,
      items: teams.map((team) => ({
        text: team.name,
        swatch: (x, y) => `<rect x="${fmt(x + 8)}" y="${fmt(y - 8)}" width="6" height="16" rx="2" fill="${teamColor(team.color)}"/>`,
      })),
    });
  }
  const light = (color: string) => (x: number, y: number) => `<circle cx="${fmt(x + 12)}" cy="${fmt(y)}" r="4.5" fill="${color}"/>`;
  out.push({
    title: labels.legendMetrics,
    items: [
      { text: labels.metricOnTarget, swatch: light(STATUS_COLORS.green) },
      { text: labels.metricNearTarget, swatch: light(STATUS_COLORS.amber) },
      { text: labels.metricOffTarget, swatch: light(STATUS_COLORS.red) },
      { text: labels.metricNoTarget, swatch: light(STATUS_COLORS.none) },
    ],
  });
  out.push({
    title: labels.legendLines,
    items: [
      {
        text: labels.link,
        swatch: (x, y) =>
          `<path d="M${fmt(x)} ${fmt(y)}H${fmt(x + SWATCH_W - 7)}" stroke="${INK.link}" stroke-width="1.5"/>` +
          `<path d="M${fmt(x + SWATCH_W)} ${fmt(y)}L${fmt(x + SWATCH_W - 8)} ${fmt(y - 4)}V${fmt(y + 4)}Z" fill="${INK.link}"/>`,
      },
      {
        text: labels.emotionMean,
        swatch: (x, y) =>
          `<path d="M${fmt(x)} ${fmt(y + 4)}C${fmt(x + 8)} ${fmt(y + 4)} ${fmt(x + 12)} ${fmt(y - 4)} ${fmt(x + SWATCH_W)} ${fmt(y - 4)}" fill="none" stroke="${INK.header}" stroke-width="2"/>` +
          `<circle cx="${fmt(x + 12)}" cy="${fmt(y)}" r="3.5" fill="${STATUS_COLORS.green}" stroke="#ffffff" stroke-width="1.5"/>`,
      },
    ],
  });
  return out;
}

/**
 * The legend under the grid: card kinds, owner teams, metric colours and the two kinds of
 * line, one section per row with its title on the left and its entries flowing to the right.
 */
export function layoutLegend(journey: Journey, left: number, width: number, labels: SvgLabels, cardCount: number): LegendLayout {
  const itemsLeft = left + TITLE_W;
  const right = width - left;
  const placed: { title: string; y: number; items: { item: Item; text: string; x: number; y: number }[] }[] = [];
  let y = 30;
  for (const section of sections(journey, labels)) {
    const items: { item: Item; text: string; x: number; y: number }[] = [];
    let x = itemsLeft;
    let rowY = y;
    for (const item of section.items) {
      const text = ellipsize(item.text, ITEM_MAX_TEXT_W, FONT_ITEM);
      const w = SWATCH_W + 8 + measureText(text, FONT_ITEM);
      if (x > itemsLeft && x + w > right) {
        x = itemsLeft;
        rowY += ROW_H;
      }
      items.push({ item, text, x, y: rowY });
      x += w + ITEM_GAP;
    }
    placed.push({ title: section.title, y, items });
    y = rowY + ROW_H + 6;
  }
  const statsY = y + 14;
  const stats = labels.stats(cardCount, journey.stages.length, journey.lanes.length);
  return {
    height: statsY + 8,
    render(top: number): string {
      const parts: string[] = [`<g font-size="11" fill="${INK.text}">`];
      parts.push(`<path d="M${fmt(left)} ${fmt(top)}H${fmt(right)}" stroke="${INK.rule}"/>`);
      for (const s of placed) {
        parts.push(`<text x="${fmt(left)}" y="${fmt(top + s.y + 4)}" font-size="10" font-weight="bold" fill="${INK.muted}">${escapeText(s.title.toUpperCase())}</text>`);
        for (const it of s.items) {
          parts.push(it.item.swatch(it.x, top + it.y));
          parts.push(`<text x="${fmt(it.x + SWATCH_W + 8)}" y="${fmt(top + it.y + 4)}">${escapeText(it.text)}</text>`);
        }
      }
      parts.push(`<text x="${fmt(left)}" y="${fmt(top + statsY)}" font-size="10" fill="${INK.faint}">${escapeText(stats)}</text>`);
      parts.push(`</g>`);
      return parts.join("");
    },
  };
}
