import type { Journey } from "../../schema/journey";
import type { Lane } from "../../schema/lane";
import type { Stage } from "../../schema/stage";
import { type FontSpec } from "./fontMetrics";
import { wrapText } from "./wrapText";
import { CARD_W, layoutCard, type CardLayout } from "./layoutCard";
import type { RenderContext } from "./renderContext";

/** Grid geometry, in px. */
export const MARGIN = 48;
export const MIN_WIDTH = 1120;
export const LANE_LABEL_W = 180;
export const CELL_PAD_X = 18;
export const COL_W = CARD_W + 2 * CELL_PAD_X;
export const CELL_PAD_Y = 14;
export const CARD_GAP = 12;
export const ROW_GAP = 8;
export const MIN_ROW_H = 72;
export const EMOTION_H = 168;
export const CHEVRON_DEPTH = 12;
export const STAGE_NAME_LINE_H = 17;
export const STAGE_DESC_LINE_H = 14;

export const FONT_STAGE: FontSpec = { size: 14, bold: true };
export const FONT_STAGE_DESC: FontSpec = { size: 11, bold: false };
export const FONT_LANE: FontSpec = { size: 13, bold: true };

/** One stage column: its left edge and its wrapped header text. */
export interface ColumnLayout {
  readonly stage: Stage;
  readonly index: number;
  readonly x: number;
  readonly nameLines: readonly string[];
  readonly descLines: readonly string[];
}

/** One horizontal band of the grid: a lane, or the emotion curve. */
export type RowLayout =
  | { readonly type: "lane"; readonly lane: Lane; readonly index: number; readonly y: number; readonly h: number; readonly nameLines: readonly string[] }
  | { readonly type: "emotion"; readonly y: number; readonly h: number };

/** A card with its place on the page and its cell. */
export interface PlacedCard {
  readonly layout: CardLayout;
  readonly x: number;
  readonly y: number;
  readonly col: number;
  readonly row: number;
}

/** The stage header band: chevrons with names, and descriptions under them when any stage has one. */
export interface StageHeaderLayout {
  readonly y: number;
  readonly chevronH: number;
  readonly h: number;
}

/** Where everything of the grid goes. */
export interface GridLayout {
  readonly width: number;
  readonly left: number;
  readonly gridLeft: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: StageHeaderLayout;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  readonly cards: readonly PlacedCard[];
  readonly cardById: ReadonlyMap<string, PlacedCard>;
}

/** The page width a journey needs: every column side by side, never narrower than a slide. */
export function pageWidth(journey: Journey): number {
  return Math.max(MIN_WIDTH, 2 * MARGIN + LANE_LABEL_W + journey.stages.length * COL_W);
}

/**
 * Lays the grid out from `top` down: stage headers, then one band per lane (as tall as its
 * fullest cell, so cells grow to fit their cards and nothing overlaps), with the emotion curve
 * as its own band just above the first `emotions` lane (or below the last lane).
 */
export function layoutGrid(journey: Journey, ctx: RenderContext, width: number, top: number): GridLayout {
  const gridLeft = MARGIN + LANE_LABEL_W;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));

  const chevronTextW = COL_W - 8 - 2 * CHEVRON_DEPTH - 36;
  const columns: ColumnLayout[] = journey.stages.map((stage, index) => ({
    stage,
    index,
    x: gridLeft + index * COL_W,
    nameLines: wrapText(stage.name, chevronTextW, FONT_STAGE, 2),
    descLines: stage.description === undefined ? [] : wrapText(stage.description, COL_W - 2 * CELL_PAD_X, FONT_STAGE_DESC, 3),
  }));
  const nameLines = Math.max(1, ...columns.map((c) => c.nameLines.length));
  const descLines = Math.max(0, ...columns.map((c) => c.descLines.length));
  const chevronH = 26 + nameLines * STAGE_NAME_LINE_H;
  const header: StageHeaderLayout = {
    y: top,
    chevronH,
    h: chevronH + (descLines > 0 ? 8 + descLines * STAGE_DESC_LINE_H : 0) + 12,
  };

  // Cards per cell, in file order (= the order within a cell).
  const cells = new Map<number, { layout: CardLayout; col: number; row: number }[]>();
  const nStages = journey.stages.length;
  for (const card of journey.cards) {
    const col = stageIndex.get(card.stageId);
    const row = laneIndex.get(card.laneId);
    if (col === undefined || row === undefined) continue;
    const key = row * nStages + col;
    let list = cells.get(key);
    if (list === undefined) cells.set(key, (list = []));
    list.push({ layout: layoutCard(card, ctx), col, row });
  }

  const firstEmotionLane = journey.lanes.findIndex((l) => l.kind === "emotions");
  const emotionBefore = nStages === 0 ? -1 : firstEmotionLane >= 0 ? firstEmotionLane : journey.lanes.length;
  const rows: RowLayout[] = [];
  const cards: PlacedCard[] = [];
  let y = top + header.h;
  const laneLabelW = LANE_LABEL_W - 28;
  for (let r = 0; r <= journey.lanes.length; r++) {
    if (r === emotionBefore) {
      rows.push({ type: "emotion", y, h: EMOTION_H });
      y += EMOTION_H + ROW_GAP;
    }
    const lane = journey.lanes[r];
    if (lane === undefined) break;
    const nameLinesOfLane = wrapText(lane.name, laneLabelW, FONT_LANE, 3);
    let h = Math.max(MIN_ROW_H, 2 * CELL_PAD_Y + nameLinesOfLane.length * 16 + 18);
    for (let c = 0; c < nStages; c++) {
      const list = cells.get(r * nStages + c);
      if (list === undefined) continue;
      let cy = y + CELL_PAD_Y;
      for (const item of list) {
        cards.push({ layout: item.layout, x: gridLeft + c * COL_W + CELL_PAD_X, y: cy, col: c, row: rows.length });
        cy += item.layout.h + CARD_GAP;
      }
      h = Math.max(h, cy - CARD_GAP + CELL_PAD_Y - y);
    }
    rows.push({ type: "lane", lane, index: r, y, h, nameLines: nameLinesOfLane });
    y += h + ROW_GAP;
  }
  const cardById = new Map(cards.map((c) => [c.layout.card.id, c]));
  return { width, left: MARGIN, gridLeft, top, bottom: y - ROW_GAP, header, columns, rows, cards, cardById };
}
