import type { CardKind } from "../../schema/card";
import { escapeAttr, escapeText } from "./escapeXml";
import { measureText } from "./fontMetrics";
import { ellipsize } from "./wrapText";
import { fmt } from "./formatNumber";
import { INK, KIND_STYLES, STATUS_COLORS, emotionColor } from "./palette";
import {
  CARD_CONTENT, CARD_PAD, CARD_W, CHIP_H, FONT_SMALL, FONT_SMALL_BOLD, METRIC_H, TEAM_BAR_W, TITLE_LINE_H,
  type CardLayout, type Chip,
} from "./layoutCard";

const RADIUS = 8;

/** Attributes of the group around all cards: the cards' default text size and colour. */
export const CARD_GROUP_ATTRS = `font-size="10" fill="${INK.text}"`;

/**
 * A small shape per card kind, so kinds differ by form as well as by colour (colour-blind
 * readers, grey-scale print): circle, square, triangle, diamond, folded note.
 */
export function kindMarker(kind: CardKind, x: number, y: number, color: string): string {
  const f = `fill="${color}"`;
  switch (kind) {
    case "action":
      return `<circle cx="${fmt(x + 4)}" cy="${fmt(y + 4)}" r="4" ${f}/>`;
    case "touchpoint":
      return `<rect x="${fmt(x)}" y="${fmt(y)}" width="8" height="8" rx="1.5" ${f}/>`;
    case "painPoint":
      return `<path d="M${fmt(x + 4)} ${fmt(y - 0.5)}L${fmt(x + 8.5)} ${fmt(y + 8)}H${fmt(x - 0.5)}Z" ${f}/>`;
    case "opportunity":
      return `<path d="M${fmt(x + 4)} ${fmt(y - 1)}L${fmt(x + 9)} ${fmt(y + 4)}L${fmt(x + 4)} ${fmt(y + 9)}L${fmt(x - 1)} ${fmt(y + 4)}Z" ${f}/>`;
    case "note":
      return `<path d="M${fmt(x)} ${fmt(y)}H${fmt(x + 8)}V${fmt(y + 5)}L${fmt(x + 5)} ${fmt(y + 8)}H${fmt(x)}Z" ${f}/>`;
  }
}

function renderChip(chip: Chip, stroke: string, accent: string): string {
  const { x, y, w } = chip;
  const mid = y + CHIP_H / 2;
  const base = y + 12.5;
  let out = `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${CHIP_H}" rx="9" fill="#ffffff" stroke="${stroke}"/>`;
  const tx = x + CARD_CONTENT.chipPadX;
  switch (chip.type) {
    case "severity": {
      out += `<text x="${fmt(tx)}" y="${fmt(base)}">${escapeText(chip.text)}</text>`;
      const dots = tx + measureText(chip.text, FONT_SMALL) + 6 + 2.5;
      for (let i = 0; i < 5; i++) {
        const fill = i < chip.value ? accent : INK.rule;
        out += `<circle cx="${fmt(dots + i * 7)}" cy="${fmt(mid)}" r="2.5" fill="${fill}"/>`;
      }
      return out;
    }
    case "emotion":
      return (
        out +
        `<circle cx="${fmt(tx + 3.5)}" cy="${fmt(mid)}" r="3.5" fill="${emotionColor(chip.value)}"/>` +
        `<text x="${fmt(tx + 10)}" y="${fmt(base)}" font-weight="bold">${escapeText(chip.text)}</text>`
      );
    case "votes":
      return (
        out +
        `<circle cx="${fmt(tx + 3.5)}" cy="${fmt(mid)}" r="3.5" fill="${INK.link}"/>` +
        `<text x="${fmt(tx + 10)}" y="${fmt(base)}">${escapeText(chip.text)}</text>`
      );
    case "text":
      return out + `<text x="${fmt(tx)}" y="${fmt(base)}">${escapeText(chip.text)}</text>`;
  }
}

function renderFooter(layout: CardLayout): string {
  const { team, status, footerY } = layout;
  const right = CARD_CONTENT.x + CARD_CONTENT.w;
  let out = "";
  let statusW = 0;
  if (status !== undefined) {
    const done = layout.card.status === "done";
    const inProgress = layout.card.status === "inProgress";
    statusW = measureText(status, FONT_SMALL) + 10;
    const cx = right - statusW + 3.5;
    const glyph = done
      ? `fill="${STATUS_COLORS.green}"`
      : inProgress
        ? `fill="${STATUS_COLORS.amber}"`
        : `fill="#ffffff" stroke="${INK.faint}" stroke-width="1.5"`;
    out += `<circle cx="${fmt(cx)}" cy="${fmt(footerY - 3.5)}" r="3.5" ${glyph}/>`;
    out += `<text x="${fmt(right)}" y="${fmt(footerY)}" text-anchor="end" fill="${INK.muted}">${escapeText(status)}</text>`;
  }
  if (team !== undefined) {
    const room = CARD_CONTENT.w - 13 - (statusW > 0 ? statusW + 10 : 0);
    const name = ellipsize(team.name, room, FONT_SMALL_BOLD);
    out += `<rect x="${fmt(CARD_CONTENT.x)}" y="${fmt(footerY - 8)}" width="8" height="8" rx="2" fill="${team.color}"/>`;
    out += `<text x="${fmt(CARD_CONTENT.x + 13)}" y="${fmt(footerY)}" font-weight="bold">${escapeText(name)}</text>`;
  }
  return out;
}

/**
 * One card as an SVG group at (x, y). The group's first child is a `<title>` with the card's
 * full title (api.md, "SVG export"), so a tooltip and a screen reader get what the wrapped
 * text may have shortened. The caller wraps all cards in a group that sets
 * {@link CARD_GROUP_ATTRS}, so each card does not repeat them.
 */
export function renderCard(layout: CardLayout, x: number, y: number): string {
  const { card, h } = layout;
  const style = KIND_STYLES[card.kind];
  const parts: string[] = [];
  parts.push(`<g data-card-id="${escapeAttr(card.id)}"><title>${escapeText(card.title)}</title>`);
  parts.push(`<g transform="translate(${fmt(x)} ${fmt(y)})">`);
  parts.push(`<rect width="${CARD_W}" height="${fmt(h)}" rx="${RADIUS}" fill="${style.fill}" stroke="${style.stroke}"/>`);
  if (layout.team !== undefined) {
    // The owner team's bar: the card's left edge, TEAM_BAR_W wide, following its rounded corners.
    const r = RADIUS;
    const w = TEAM_BAR_W;
    const dy = fmt(r - Math.sqrt(r * r - (r - w) * (r - w)));
    parts.push(
      `<path d="M${w} ${dy}V${fmt(h - Number(dy))}A${r} ${r} 0 0 1 0 ${fmt(h - r)}V${r}A${r} ${r} 0 0 1 ${w} ${dy}Z" fill="${layout.team.color}"/>`,
    );
  }
  const kindY = CARD_PAD + 1;
  parts.push(kindMarker(card.kind, CARD_CONTENT.x, kindY, style.accent));
  parts.push(
    `<text x="${CARD_CONTENT.x + 13}" y="${kindY + 8}" font-size="9" font-weight="bold" fill="${style.accent}">${escapeText(layout.kindLabel)}</text>`,
  );
  if (layout.channel !== undefined) {
    parts.push(
      `<text x="${CARD_CONTENT.x + CARD_CONTENT.w}" y="${kindY + 8}" text-anchor="end" fill="${INK.muted}">${escapeText(layout.channel)}</text>`,
    );
  }
  parts.push(`<text font-size="13">`);
  layout.titleLines.forEach((line, i) => {
    parts.push(`<tspan x="${CARD_CONTENT.x}" y="${fmt(layout.titleY + i * TITLE_LINE_H)}">${escapeText(line)}</tspan>`);
  });
  parts.push(`</text>`);
  for (const chip of layout.chips) parts.push(renderChip(chip, style.stroke, style.accent));
  for (const m of layout.metrics) {
    // The value wins the room; the label gets what is left (and a huge value is cut too).
    const value = ellipsize(m.value, CARD_CONTENT.w - 40, FONT_SMALL_BOLD);
    const valueW = measureText(value, FONT_SMALL_BOLD);
    const label = ellipsize(m.label, CARD_CONTENT.w - 18 - valueW - 14, FONT_SMALL);
    parts.push(
      `<rect x="${CARD_CONTENT.x}" y="${fmt(m.y)}" width="${CARD_CONTENT.w}" height="${METRIC_H}" rx="5" fill="#ffffff" stroke="${style.stroke}"/>` +
        `<circle cx="${CARD_CONTENT.x + 9}" cy="${fmt(m.y + METRIC_H / 2)}" r="3.5" fill="${STATUS_COLORS[m.light]}"/>` +
        `<text x="${CARD_CONTENT.x + 18}" y="${fmt(m.y + 13.5)}">${escapeText(label)}</text>` +
        `<text x="${CARD_CONTENT.x + CARD_CONTENT.w - 8}" y="${fmt(m.y + 13.5)}" text-anchor="end" font-weight="bold">${escapeText(value)}</text>`,
    );
  }
  parts.push(renderFooter(layout));
  parts.push(`</g></g>`);
  return parts.join("");
}
