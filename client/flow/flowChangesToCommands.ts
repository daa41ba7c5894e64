/**
 * What a person did on the canvas, turned into commands (pure). React Flow reports drags,
 * connections and removals; the canvas hands them here with the journey and the layout, and
 * dispatches what comes back. An action that would change nothing yields no command.
 */
import type { Command } from "../../shared/commands/command";
import type { Journey } from "../../shared/schema/journey";
import { cellAt, cellKey, dropIndex, headerDropIndex, type GridLayout } from "./gridLayout";
import { LANE_PREFIX, STAGE_PREFIX } from "./flowTypes";

export type FlowChange =
  /** Cards dragged so that the pointer is at `pointer` (canvas coordinates). */
  | { readonly kind: "dragCards"; readonly cardIds: readonly string[]; readonly pointer: { x: number; y: number } }
  /** A stage or lane header released with its node's top-left at `position`. */
  | { readonly kind: "dropHeader"; readonly nodeId: string; readonly position: { x: number; y: number } }
  /** A link drawn from one card's handle to another card. */
  | { readonly kind: "connect"; readonly source: string | null; readonly target: string | null; readonly linkId: string }
  /** Nodes and edges removed (Delete key, toolbar). */
  | { readonly kind: "remove"; readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] };

export interface FlowContext {
  readonly journey: Journey;
  readonly layout: GridLayout;
}

/** The commands for one canvas change; empty when it changes nothing. */
export function flowChangesToCommands(change: FlowChange, ctx: FlowContext): Command[] {
  switch (change.kind) {
    case "dragCards":
      return dragCommands(ctx, change.cardIds, change.pointer);
    case "dropHeader":
      return headerCommands(ctx, change.nodeId, change.position);
    case "connect":
      return connectCommands(ctx, change.source, change.target, change.linkId);
    case "remove":
      return removeCommands(ctx, change.nodeIds, change.edgeIds);
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

function dragCommands(ctx: FlowContext, cardIds: readonly string[], pointer: { x: number; y: number }): Command[] {
  const { journey, layout } = ctx;
  const cell = cellAt(layout, pointer);
  if (!cell) return [];
  const moving = new Set(cardIds);
  // Moved cards keep their relative order: the order of the journey's card list.
  const moved = journey.cards.filter((c) => moving.has(c.id) && layout.cards.has(c.id));
  if (moved.length === 0) return [];
  const k = dropIndex(layout, cell, pointer, moving);
  const current = layout.cells.get(cellKey(cell.stageId, cell.laneId)) ?? [];
  const remaining = current.filter((id) => !moving.has(id));
  const final = [...remaining.slice(0, k), ...moved.map((c) => c.id), ...remaining.slice(k)];
  const allHere = moved.every((c) => c.stageId === cell.stageId && c.laneId === cell.laneId);
  if (allHere && final.length === current.length && final.every((id, i) => id === current[i])) return [];

  // Apply one by one against a simulated cell, so each `index` is read as applyCommands reads
  // it: among the target cell's cards at that moment, the moved card itself not counted.
  let list = [...current];
  const commands: Command[] = [];
  moved.forEach((card, i) => {
    const without = list.filter((id) => id !== card.id);
    const pred = i === 0 ? (k === 0 ? null : (remaining[k - 1] ?? null)) : (moved[i - 1]?.id ?? null);
    const index = pred === null ? 0 : without.indexOf(pred) + 1;
    commands.push({ type: "moveCard", id: card.id, stageId: cell.stageId, laneId: cell.laneId, index });
    list = [...without.slice(0, index), card.id, ...without.slice(index)];
  });
  return commands;
}

function headerCommands(ctx: FlowContext, nodeId: string, position: { x: number; y: number }): Command[] {
  const { journey, layout } = ctx;
  if (nodeId.startsWith(STAGE_PREFIX)) {
    const id = nodeId.slice(STAGE_PREFIX.length);
    const col = layout.stages.find((s) => s.id === id);
    if (!col) return [];
    const index = headerDropIndex(layout.stages.map((s) => ({ id: s.id, start: s.x, size: s.width })), id, position.x + col.width / 2);
    const from = journey.stages.findIndex((s) => s.id === id);
    return index === from ? [] : [{ type: "moveStage", id, index }];
  }
  if (nodeId.startsWith(LANE_PREFIX)) {
    const id = nodeId.slice(LANE_PREFIX.length);
    const row = layout.lanes.find((l) => l.id === id);
    if (!row) return [];
    const index = headerDropIndex(layout.lanes.map((l) => ({ id: l.id, start: l.y, size: l.height })), id, position.y + row.height / 2);
    const from = journey.lanes.findIndex((l) => l.id === id);
    return index === from ? [] : [{ type: "moveLane", id, index }];
  }
  return [];
}

function connectCommands(ctx: FlowContext, source: string | null, target: string | null, linkId: string): Command[] {
  if (!source || !target || source === target) return [];
  const cards = new Set(ctx.journey.cards.map((c) => c.id));
  if (!cards.has(source) || !cards.has(target)) return [];
  if ((ctx.journey.links ?? []).some((l) => l.from === source && l.to === target)) return [];
  return [{ type: "addLink", link: { id: linkId, from: source, to: target } }];
}

function removeCommands(ctx: FlowContext, nodeIds: readonly string[], edgeIds: readonly string[]): Command[] {
  const cards = new Set(ctx.journey.cards.map((c) => c.id));
  const links = new Set((ctx.journey.links ?? []).map((l) => l.id));
  const removedCards = new Set(nodeIds.filter((id) => cards.has(id)));
  const commands: Command[] = [];
  // Links of removed cards go with them (applyCommands removes them); naming them again would be reported as missing.
  const linkEnds = new Map((ctx.journey.links ?? []).map((l) => [l.id, l]));
  for (const id of new Set(edgeIds)) {
    const link = linkEnds.get(id);
    if (!links.has(id) || !link || removedCards.has(link.from) || removedCards.has(link.to)) continue;
    commands.push({ type: "deleteLink", id });
  }
  for (const id of removedCards) commands.push({ type: "deleteCard", id });
  return commands;
}
