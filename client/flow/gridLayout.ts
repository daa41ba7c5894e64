/**
 * Where everything sits on the canvas, computed from the journey alone (pure), so that nothing
 * ever overlaps: each stage is a column as wide as its busiest cell needs (cards wrap into up to
 * three card columns), each lane a row as tall as its busiest cell. Cards have one fixed size.
 */
import type { Journey } from "../../shared/schema/journey";

export const LANE_HEADER_W = 208;
export const STAGE_HEADER_H = 72;
export const EMOTION_BAND_H = 132;
export const CARD_W = 232;
export const CARD_H = 128;
export const CARD_GAP = 12;
export const CELL_PAD = 16;
/** A cell wraps into another card column after this many cards per column. */
const CARDS_PER_COLUMN = 4;
const MAX_CARD_COLUMNS = 3;

export interface StageColumn {
  readonly id: string;
  readonly x: number;
  readonly width: number;
  /** Card columns inside each cell of this stage. */
  readonly cols: number;
}

export interface LaneRow {
  readonly id: string;
  readonly y: number;
  readonly height: number;
}

export interface CellSlot {
  readonly stageId: string;
  readonly laneId: string;
}

export interface GridLayout {
  readonly stages: readonly StageColumn[];
  readonly lanes: readonly LaneRow[];
  /** Top-left corner of each card, by card id. */
  readonly cards: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** Card ids of each cell in order, keyed by `cellKey(stageId, laneId)`. */
  readonly cells: ReadonlyMap<string, readonly string[]>;
  /** Where the lanes begin (below the stage headers and the emotion band). */
  readonly lanesTop: number;
  readonly width: number;
  readonly height: number;
}

export const cellKey = (stageId: string, laneId: string): string => `${stageId}\u0000${laneId}`;

const pitchX = CARD_W + CARD_GAP;
const pitchY = CARD_H + CARD_GAP;

/** The card columns a stage needs for a busiest cell of `maxCards`. */
export function columnsFor(maxCards: number): number {
  return Math.min(MAX_CARD_COLUMNS, Math.max(1, Math.ceil(maxCards / CARDS_PER_COLUMN)));
}

/** Lays out the journey's grid and cards. Cards whose stage or lane is unknown are left out. */
export function gridLayout(journey: Pick<Journey, "stages" | "lanes" | "cards">): GridLayout {
  const cells = new Map<string, string[]>();
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const laneIds = new Set(journey.lanes.map((l) => l.id));
  for (const card of journey.cards) {
    if (!stageIds.has(card.stageId) || !laneIds.has(card.laneId)) continue;
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card.id);
    else cells.set(key, [card.id]);
  }

  const stages: StageColumn[] = [];
  let x = LANE_HEADER_W;
  for (const stage of journey.stages) {
    let max = 0;
    for (const lane of journey.lanes) max = Math.max(max, cells.get(cellKey(stage.id, lane.id))?.length ?? 0);
    const cols = columnsFor(max);
    const width = cols * CARD_W + (cols - 1) * CARD_GAP + 2 * CELL_PAD;
    stages.push({ id: stage.id, x, width, cols });
    x += width;
  }

  const lanesTop = STAGE_HEADER_H + EMOTION_BAND_H;
  const lanes: LaneRow[] = [];
  let y = lanesTop;
  for (const lane of journey.lanes) {
    let rows = 1;
    for (const stage of stages) {
      const n = cells.get(cellKey(stage.id, lane.id))?.length ?? 0;
      rows = Math.max(rows, Math.ceil(n / stage.cols));
    }
    const height = rows * CARD_H + (rows - 1) * CARD_GAP + 2 * CELL_PAD;
    lanes.push({ id: lane.id, y, height });
    y += height;
  }

  const cards = new Map<string, { x: number; y: number }>();
  for (const stage of stages) {
    for (const lane of lanes) {
      const ids = cells.get(cellKey(stage.id, lane.id));
      if (!ids) continue;
      ids.forEach((id, i) => {
        cards.set(id, {
          x: stage.x + CELL_PAD + (i % stage.cols) * pitchX,
          y: lane.y + CELL_PAD + Math.floor(i / stage.cols) * pitchY,
        });
      });
    }
  }
  return { stages, lanes, cards, cells, lanesTop, width: x, height: y };
}

/** The cell under a canvas point, or null outside the grid's cells. */
export function cellAt(layout: GridLayout, point: { x: number; y: number }): CellSlot | null {
  const stage = layout.stages.find((s) => point.x >= s.x && point.x < s.x + s.width);
  const lane = layout.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * The index a card dropped at `point` takes in the cell under it, among that cell's cards
 * without the moved cards (the `index` of `moveCard`): the slot under the pointer, so the card
 * lands where it was dropped. `excluded` are the cards being moved.
 */
export function dropIndex(layout: GridLayout, cell: CellSlot, point: { x: number; y: number }, excluded: ReadonlySet<string>): number {
  const stage = layout.stages.find((s) => s.id === cell.stageId);
  const lane = layout.lanes.find((l) => l.id === cell.laneId);
  const ids = layout.cells.get(cellKey(cell.stageId, cell.laneId)) ?? [];
  const remaining = ids.filter((id) => !excluded.has(id)).length;
  if (!stage || !lane) return remaining;
  const col = Math.min(stage.cols - 1, Math.max(0, Math.floor((point.x - stage.x - CELL_PAD + CARD_GAP / 2) / pitchX)));
  const row = Math.max(0, Math.floor((point.y - lane.y - CELL_PAD + CARD_GAP / 2) / pitchY));
  return Math.min(remaining, row * stage.cols + col);
}

/** The index a header dragged to `center` takes among its siblings (stages by x, lanes by y). */
export function headerDropIndex(spans: readonly { id: string; start: number; size: number }[], movedId: string, center: number): number {
  const others = spans.filter((s) => s.id !== movedId);
  let index = 0;
  for (const s of others) if (center > s.start + s.size / 2) index++;
  return index;
}

/** The stages and lanes (index ranges, inclusive) that a view of the canvas shows. */
export interface VisibleRange {
  readonly stages: readonly [number, number];
  readonly lanes: readonly [number, number];
}

/**
 * Which columns and rows a viewport shows, one extra on each side, from React Flow's
 * `transform` ([x, y, zoom]) and the pane's size. Empty ranges are `[0, -1]`.
 */
export function visibleRange(layout: GridLayout, transform: readonly [number, number, number], pane: { width: number; height: number }): VisibleRange {
  const [tx, ty, zoom] = transform;
  const z = zoom > 0 ? zoom : 1;
  const left = -tx / z;
  const top = -ty / z;
  const right = (pane.width - tx) / z;
  const bottom = (pane.height - ty) / z;
  const pick = (spans: readonly { start: number; size: number }[], from: number, to: number): [number, number] => {
    let first = -1;
    let last = -1;
    spans.forEach((s, i) => {
      if (s.start + s.size > from && s.start < to) {
        if (first === -1) first = i;
        last = i;
      }
    });
    if (first === -1) return [0, -1];
    return [Math.max(0, first - 1), Math.min(spans.length - 1, last + 1)];
  };
  return {
    stages: pick(layout.stages.map((s) => ({ start: s.x, size: s.width })), left, right),
    lanes: pick(layout.lanes.map((l) => ({ start: l.y, size: l.height })), top, bottom),
  };
}
