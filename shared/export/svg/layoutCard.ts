import type { Card } from "../../schema/card";
import type { Metric } from "../../schema/metric";
import { measureText, type FontSpec } from "./fontMetrics";
import { ellipsize, wrapText } from "./wrapText";
import { fmt } from "./formatNumber";
import { TEAM_FALLBACK_COLOR } from "./palette";
import type { MetricLight, RenderContext } from "./renderContext";

/** Card geometry, in px. Every card is `CARD_W` wide; its height follows its content. */
export const CARD_W = 224;
export const CARD_PAD = 12;
export const TEAM_BAR_W = 6;
export const TITLE_MAX_LINES = 4;
export const TITLE_LINE_H = 17;
export const CHIP_H = 18;
export const METRIC_H = 20;

export const FONT_TITLE: FontSpec = { size: 13, bold: false };
export const FONT_SMALL: FontSpec = { size: 10, bold: false };
export const FONT_SMALL_BOLD: FontSpec = { size: 10, bold: true };

const CONTENT_X = CARD_PAD + 2;
const CONTENT_W = CARD_W - CONTENT_X - CARD_PAD;
const CHIP_PAD_X = 7;
const CHIP_GAP = 5;
const SEVERITY_DOTS_W = 5 * 7 - 2;

/** One small badge under a card's title. */
export interface Chip {
  readonly type: "severity" | "votes" | "emotion" | "text";
  readonly text: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

/** One metric line: what, how it stands against its target, and its colour. */
export interface MetricRow {
  readonly label: string;
  readonly value: string;
  readonly light: MetricLight;
  readonly y: number;
}

/** Everything needed to draw one card, measured once; coordinates are relative to the card. */
export interface CardLayout {
  readonly card: Card;
  readonly h: number;
  readonly kindLabel: string;
  readonly channel: string | undefined;
  readonly titleY: number;
  readonly titleLines: readonly string[];
  readonly chips: readonly Chip[];
  readonly metrics: readonly MetricRow[];
  readonly team: { readonly name: string; readonly color: string } | undefined;
  readonly status: string | undefined;
  readonly footerY: number;
}

/** A team's colour when it is a plain `#rrggbb`, else the neutral fallback. */
export function teamColor(color: string | undefined): string {
  return color !== undefined && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : TEAM_FALLBACK_COLOR;
}

/** Numbers as shown on a card: at most two decimals, a real minus sign. */
export function showNumber(n: number): string {
  return fmt(n).replace("-", "\u2212");
}

function withUnit(n: number, unit: string | undefined): string {
  if (unit === undefined || unit === "") return showNumber(n);
  return unit === "%" ? `${showNumber(n)}%` : `${showNumber(n)} ${unit}`;
}

/** `3.1% / 5%`, `14 / 10 min`, `4.3 / 4.5 (1-5)`: the value against its target. */
export function metricValueText(m: Metric): string {
  const scale = m.unit !== undefined && /^[\d\s.,\-\u2013/]+$/.test(m.unit);
  const unit = scale ? `(${m.unit})` : m.unit;
  const value = m.value === undefined ? "\u2013" : m.unit === "%" ? withUnit(m.value, "%") : showNumber(m.value);
  if (m.target === undefined) return m.value === undefined ? "\u2013" : withUnit(m.value, unit);
  return `${value} / ${withUnit(m.target, unit)}`;
}

function signed(n: number): string {
  return n > 0 ? `+${showNumber(n)}` : showNumber(n);
}

/** The card's badges, flowed left to right and wrapped; `y` is relative to the first row. */
function layoutChips(card: Card, ctx: RenderContext): Chip[] {
  const { labels } = ctx;
  const wanted: { type: Chip["type"]; text: string; value: number; inner: number }[] = [];
  if (card.severity !== undefined) {
    wanted.push({ type: "severity", text: labels.severity, value: card.severity, inner: measureText(labels.severity, FONT_SMALL) + 6 + SEVERITY_DOTS_W });
  }
  if (card.emotion !== undefined) {
    const text = signed(card.emotion);
    wanted.push({ type: "emotion", text, value: card.emotion, inner: 10 + measureText(text, FONT_SMALL_BOLD) });
  }
  if (card.votes !== undefined && card.votes > 0) {
    const text = labels.votes(card.votes);
    wanted.push({ type: "votes", text, value: card.votes, inner: 10 + measureText(text, FONT_SMALL) });
  }
  const ie: string[] = [];
  if (card.impact !== undefined) ie.push(`${labels.impact} ${card.impact}`);
  if (card.effort !== undefined) ie.push(`${labels.effort} ${card.effort}`);
  if (ie.length > 0) {
    const text = ie.join(" \u00b7 ");
    wanted.push({ type: "text", text, value: 0, inner: measureText(text, FONT_SMALL) });
  }
  const chips: Chip[] = [];
  let x = 0;
  let y = 0;
  for (const w of wanted) {
    const width = Math.min(CONTENT_W, w.inner + 2 * CHIP_PAD_X);
    if (x > 0 && x + width > CONTENT_W) {
      x = 0;
      y += CHIP_H + CHIP_GAP;
    }
    // Only a free-text chip can be wider than a card (long translated words); shorten it.
    const text = w.type === "text" ? ellipsize(w.text, CONTENT_W - 2 * CHIP_PAD_X, FONT_SMALL) : w.text;
    chips.push({ type: w.type, text, value: w.value, x: CONTENT_X + x, y, w: width });
    x += width + CHIP_GAP;
  }
  return chips;
}

/** Measures one card: wrapped title, badges, metric lines and footer, and its total height. */
export function layoutCard(card: Card, ctx: RenderContext): CardLayout {
  const { labels } = ctx;
  let y = CARD_PAD + 10;
  const titleY = y + 6 + 13;
  const titleLines = wrapText(card.title, CONTENT_W, FONT_TITLE, TITLE_MAX_LINES);
  y += 6 + Math.max(1, titleLines.length) * TITLE_LINE_H;

  const chipsTop = y + 8;
  const chips = layoutChips(card, ctx).map((c) => ({ ...c, y: c.y + chipsTop }));
  const lastChip = chips[chips.length - 1];
  if (lastChip !== undefined) y = lastChip.y + CHIP_H;

  const metrics: MetricRow[] = [];
  const list = card.metrics ?? [];
  if (list.length > 0) y += 8;
  for (const m of list) {
    const label = m.label !== undefined && m.label !== "" ? m.label : m.kind === "custom" ? "" : labels.metricKinds[m.kind];
    metrics.push({ label, value: metricValueText(m), light: ctx.metricLight(m), y });
    y += METRIC_H + 4;
  }
  if (list.length > 0) y -= 4;

  const ownerTeam = card.ownerTeamId === undefined ? undefined : ctx.teams.get(card.ownerTeamId);
  const team = ownerTeam === undefined ? undefined : { name: ownerTeam.name, color: teamColor(ownerTeam.color) };
  const status = card.status === undefined ? undefined : labels.statuses[card.status];
  let footerY = 0;
  if (team !== undefined || status !== undefined) {
    y += 10;
    footerY = y + 9;
    y += 12;
  }
  y += CARD_PAD;
  return {
    card,
    h: y,
    kindLabel: labels.cardKinds[card.kind].toUpperCase(),
    channel: card.channel === undefined ? undefined : labels.channels[card.channel],
    titleY,
    titleLines,
    chips,
    metrics,
    team,
    status,
    footerY,
  };
}

/** Where text starts inside a card and how wide it may be. */
export const CARD_CONTENT = { x: CONTENT_X, w: CONTENT_W, chipPadX: CHIP_PAD_X } as const;
