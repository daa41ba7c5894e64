/**
 * The journey as React Flow nodes and edges (pure). Node objects are reused from the previous
 * result when nothing they show changed, so memoized node components skip re-rendering and a
 * remote edit of one card re-renders one card.
 */
import { MarkerType, Position, type NodeHandle } from "@xyflow/react";
import type { Journey } from "../../shared/schema/journey";
import type { Team } from "../../shared/schema/team";
import {
  ADD_LANE_NODE_ID, ADD_STAGE_NODE_ID, EMOTION_NODE_ID, GRID_NODE_ID, LANE_PREFIX, STAGE_PREFIX,
  type LinkEdge, type MapNode,
} from "./flowTypes";
import { CARD_H, CARD_W, EMOTION_BAND_H, LANE_HEADER_W, STAGE_HEADER_H, type GridLayout } from "./gridLayout";
import { linkRoute, ROUTE_HANDLE_SIDES } from "./linkRoute";

export interface ToFlowOptions {
  readonly canEdit: boolean;
  /** The emotion of each stage in journey order (shared/dso `emotionByStage`), null where none. */
  readonly emotions: readonly (number | null)[];
  /** The accessible name of a link from the titles of its two cards ("Link from A to B"). */
  readonly linkName?: (from: string, to: string) => string;
  /** The previous result, whose unchanged nodes and edges are reused. */
  readonly prev?: { readonly nodes: readonly MapNode[]; readonly edges: readonly LinkEdge[] };
}

export interface FlowElements {
  readonly nodes: MapNode[];
  readonly edges: LinkEdge[];
}

const ADD_BUTTON = 44;
/** A card's connection handle: 12 px square (map.css `.card-handle`), centred on the card's side. */
const HANDLE = 12;
/**
 * Where a card's handles are, as React Flow would measure them from the DOM (CardNodeView: a
 * target on the left side, a source on the right, both at half height). Given up front, React
 * Flow need not render every card once just to measure it: with onlyRenderVisibleElements, a
 * node without handle bounds is always rendered, so a 2,000-card map built (and laid out) all
 * 2,000 cards before culling them to the few in view. Edges end at these points.
 */
export const CARD_HANDLES: readonly NodeHandle[] = [
  { id: null, type: "target", position: Position.Left, x: -HANDLE / 2, y: CARD_H / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: null, type: "source", position: Position.Right, x: CARD_W - HANDLE / 2, y: CARD_H / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  // The hidden handles links are drawn from and to (linkRoute.ts), in CardNodeView's order.
  ...ROUTE_HANDLE_SIDES.map(([id, type, position]) => ({ id, type, position, ...handleAt(position), width: HANDLE, height: HANDLE })),
];

/** A 12 px handle's top-left on a side of the card, centred on that side (React Flow's handle styles). */
function handleAt(position: Position): { x: number; y: number } {
  switch (position) {
    case Position.Top:
      return { x: CARD_W / 2 - HANDLE / 2, y: -HANDLE / 2 };
    case Position.Bottom:
      return { x: CARD_W / 2 - HANDLE / 2, y: CARD_H - HANDLE / 2 };
    case Position.Left:
      return { x: -HANDLE / 2, y: CARD_H / 2 - HANDLE / 2 };
    case Position.Right:
      return { x: CARD_W - HANDLE / 2, y: CARD_H / 2 - HANDLE / 2 };
  }
}

/** Arrays and plain objects without Maps or Sets inside (those would all read as `{}` in JSON: a layout is compared by identity). */
function isPlainData(v: unknown): boolean {
  if (Array.isArray(v)) return true;
  if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every((x) => !(x instanceof Map) && !(x instanceof Set));
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (va === vb) continue;
    // Plain data inside node data (points of the emotion curve, the grid's stage and lane
    // names) compares by value, so a card's edit does not render the grid again.
    if (isPlainData(va) && isPlainData(vb) && JSON.stringify(va) === JSON.stringify(vb)) continue;
    return false;
  }
  return true;
}

function sameNode(a: MapNode, b: MapNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.draggable === b.draggable &&
    shallowEqual(a.data, b.data)
  );
}

/** Turns a journey and its layout into the canvas's nodes (grid, headers, emotion band, cards) and edges (links). */
export function toFlow(journey: Journey, layout: GridLayout, opts: ToFlowOptions): FlowElements {
  const { canEdit } = opts;
  const nodes: MapNode[] = [];
  nodes.push({
    id: GRID_NODE_ID,
    type: "grid",
    position: { x: 0, y: 0 },
    width: layout.width,
    height: layout.height,
    data: {
      layout,
      names: {
        stages: Object.fromEntries(journey.stages.map((s) => [s.id, s.name])),
        lanes: Object.fromEntries(journey.lanes.map((l) => [l.id, l.name])),
      },
      canEdit,
    },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
  });
  nodes.push({
    id: EMOTION_NODE_ID,
    type: "emotion",
    position: { x: 0, y: STAGE_HEADER_H },
    width: Math.max(layout.width, LANE_HEADER_W + 1),
    height: EMOTION_BAND_H,
    data: {
      labelWidth: LANE_HEADER_W,
      points: layout.stages.map((s, i) => ({ x: s.x + s.width / 2, emotion: opts.emotions[i] ?? null })),
    },
    draggable: false,
    selectable: false,
    focusable: false,
  });
  const stageCount = journey.stages.length;
  journey.stages.forEach((stage, index) => {
    const col = layout.stages[index];
    if (!col) return;
    nodes.push({
      id: STAGE_PREFIX + stage.id,
      type: "stage",
      position: { x: col.x, y: 0 },
      width: col.width,
      height: STAGE_HEADER_H,
      data: { stage, index, count: stageCount, canEdit },
      draggable: canEdit,
      selectable: false,
      focusable: false,
    });
  });
  const laneCount = journey.lanes.length;
  journey.lanes.forEach((lane, index) => {
    const row = layout.lanes[index];
    if (!row) return;
    nodes.push({
      id: LANE_PREFIX + lane.id,
      type: "lane",
      position: { x: 0, y: row.y },
      width: LANE_HEADER_W,
      height: row.height,
      data: { lane, index, count: laneCount, canEdit },
      draggable: canEdit,
      selectable: false,
      focusable: false,
    });
  });
  if (canEdit) {
    nodes.push({
      id: ADD_STAGE_NODE_ID,
      type: "add",
      position: { x: layout.width + 16, y: (STAGE_HEADER_H - ADD_BUTTON) / 2 },
      width: ADD_BUTTON,
      height: ADD_BUTTON,
      data: { what: "stage" },
      draggable: false,
      selectable: false,
      focusable: false,
    });
    nodes.push({
      id: ADD_LANE_NODE_ID,
      type: "add",
      position: { x: (LANE_HEADER_W - ADD_BUTTON) / 2, y: layout.height + 16 },
      width: ADD_BUTTON,
      height: ADD_BUTTON,
      data: { what: "lane" },
      draggable: false,
      selectable: false,
      focusable: false,
    });
  }
  const teams = new Map<string, Team>((journey.teams ?? []).map((t) => [t.id, t]));
  for (const card of journey.cards) {
    const pos = layout.cards.get(card.id);
    if (!pos) continue;
    nodes.push({
      id: card.id,
      type: "card",
      position: { x: pos.x, y: pos.y },
      width: CARD_W,
      height: CARD_H,
      handles: CARD_HANDLES as NodeHandle[],
      data: { card, team: card.ownerTeamId === undefined ? undefined : teams.get(card.ownerTeamId), canEdit },
      draggable: canEdit,
      selectable: true,
    });
  }

  // Every node's size is known up front, so it counts as measured (KB22): React Flow waits for
  // all nodes to be measured before it fits the view, and with onlyRenderVisibleElements the
  // nodes out of view are never measured in the DOM: "Fit View" (and fitting a card into view)
  // would wait for the next edit that happened to give a node a new object.
  for (const node of nodes) node.measured = { width: node.width, height: node.height };

  const placed = new Map(journey.cards.filter((c) => layout.cards.has(c.id)).map((c) => [c.id, c.title]));
  const edges: LinkEdge[] = [];
  for (const link of journey.links ?? []) {
    const from = placed.get(link.from);
    const to = placed.get(link.to);
    if (from === undefined || to === undefined) continue;
    const route = linkRoute(layout, link.from, link.to);
    edges.push({
      id: link.id,
      type: "link",
      source: link.from,
      target: link.to,
      sourceHandle: route.sourceHandle,
      targetHandle: route.targetHandle,
      data: { ...(link.label ? { label: link.label } : {}), route: route.kind },
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ...(opts.linkName ? { ariaLabel: opts.linkName(from, to) } : {}),
      selectable: true,
      deletable: canEdit,
    });
  }

  if (!opts.prev) return { nodes, edges };
  const prevNodes = new Map(opts.prev.nodes.map((n) => [n.id, n]));
  const prevEdges = new Map(opts.prev.edges.map((e) => [e.id, e]));
  const sharedNodes = nodes.map((n) => {
    const p = prevNodes.get(n.id);
    return p && sameNode(p, n) ? p : n;
  });
  const sharedEdges = edges.map((e) => {
    const p = prevEdges.get(e.id);
    return p && sameEdge(p, e) ? p : e;
  });
  // The previous arrays themselves when nothing in them changed (KB22): React Flow then does
  // not take the edges (or nodes) again, and draws no marker or edge anew.
  return {
    nodes: sameItems(opts.prev.nodes, sharedNodes) ? (opts.prev.nodes as MapNode[]) : sharedNodes,
    edges: sameItems(opts.prev.edges, sharedEdges) ? (opts.prev.edges as LinkEdge[]) : sharedEdges,
  };
}

function sameEdge(p: LinkEdge, e: LinkEdge): boolean {
  return p.source === e.source && p.target === e.target && p.sourceHandle === e.sourceHandle && p.targetHandle === e.targetHandle &&
    p.data?.label === e.data?.label && p.data?.route === e.data?.route && p.deletable === e.deletable && p.ariaLabel === e.ariaLabel;
}

/** The same objects in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A `toFlow` that remembers its last result and reuses its unchanged nodes and edges, for a
 * component to keep across renders (`useState(createFlowDeriver)[0]`).
 */
export function createFlowDeriver(): (journey: Journey, layout: GridLayout, opts: Omit<ToFlowOptions, "prev">) => FlowElements {
  let prev: FlowElements | undefined;
  return (journey, layout, opts) => {
    prev = toFlow(journey, layout, { ...opts, prev });
    return prev;
  };
}
