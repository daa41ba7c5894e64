/**
 * Where the arrow keys go on the map's grid (pure). Stages are columns, lanes rows, the cards
 * of a cell a list in map order. Up and down walk a cell's cards, then the cells above and
 * below; left and right go to the cell of the neighbouring stage in the same lane. An empty
 * cell is a stop of its own (its "add card" control), so every cell can be reached.
 */
import type { Card } from "../../shared/schema/card";
import type { Journey } from "../../shared/schema/journey";
import type { Lane } from "../../shared/schema/lane";
import type { Stage } from "../../shared/schema/stage";

export type Direction = "left" | "right" | "up" | "down";

/** A place keyboard focus can be on: a card, or an empty cell. */
export type GridStop = { readonly cardId: string } | { readonly stageId: string; readonly laneId: string };

/** The cell next to a card's in `direction`, or null at the grid's edge. */
export function neighbourCell(journey: Pick<Journey, "stages" | "lanes">, card: Pick<Card, "stageId" | "laneId">, direction: Direction): { stage: Stage; lane: Lane } | null {
  const si = journey.stages.findIndex((s) => s.id === card.stageId);
  const li = journey.lanes.findIndex((l) => l.id === card.laneId);
  if (si < 0 || li < 0) return null;
  const stage = journey.stages[si + (direction === "right" ? 1 : direction === "left" ? -1 : 0)];
  const lane = journey.lanes[li + (direction === "down" ? 1 : direction === "up" ? -1 : 0)];
  return stage && lane ? { stage, lane } : null;
}

function cellCards(journey: Pick<Journey, "cards">, stageId: string, laneId: string): Card[] {
  return journey.cards.filter((c) => c.stageId === stageId && c.laneId === laneId);
}

/** The first stop of the grid: the first card of the first cell that has one, else the first cell. */
export function firstStop(journey: Pick<Journey, "stages" | "lanes" | "cards">): GridStop | null {
  for (const lane of journey.lanes) {
    for (const stage of journey.stages) {
      const card = cellCards(journey, stage.id, lane.id)[0];
      if (card) return { cardId: card.id };
    }
  }
  const stage = journey.stages[0];
  const lane = journey.lanes[0];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * The stop after `from` in `direction`, or null at the edge. With `cellsAreStops` false (a
 * viewer: there is nothing to do in an empty cell) empty cells are passed over.
 */
export function nextStop(journey: Pick<Journey, "stages" | "lanes" | "cards">, from: GridStop, direction: Direction, cellsAreStops = true): GridStop | null {
  let stageId: string;
  let laneId: string;
  let index: number;
  if ("cardId" in from) {
    const card = journey.cards.find((c) => c.id === from.cardId);
    if (!card) return firstStop(journey);
    stageId = card.stageId;
    laneId = card.laneId;
    index = cellCards(journey, stageId, laneId).findIndex((c) => c.id === card.id);
  } else {
    stageId = from.stageId;
    laneId = from.laneId;
    index = -1;
  }
  const here = cellCards(journey, stageId, laneId);
  if (direction === "down" && index >= 0 && index < here.length - 1) return { cardId: (here[index + 1] as Card).id };
  if (direction === "up" && index > 0) return { cardId: (here[index - 1] as Card).id };

  let si = journey.stages.findIndex((s) => s.id === stageId);
  let li = journey.lanes.findIndex((l) => l.id === laneId);
  for (;;) {
    if (direction === "left") si--;
    else if (direction === "right") si++;
    else if (direction === "up") li--;
    else li++;
    const stage = journey.stages[si];
    const lane = journey.lanes[li];
    if (!stage || !lane) return null;
    const cards = cellCards(journey, stage.id, lane.id);
    const card = direction === "up" ? cards[cards.length - 1] : cards[0];
    if (card) return { cardId: card.id };
    if (cellsAreStops) return { stageId: stage.id, laneId: lane.id };
  }
}
