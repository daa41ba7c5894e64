/**
 * Which sides of its two cards a link leaves and enters (pure, rule PL2). React Flow draws an
 * edge from the source's handle to the target's; a card has one visible pair (target left,
 * source right) that people drag from, and hidden handles on every side only for drawing, so a
 * link between two cards of one column does not loop backwards through them.
 */
import { Position } from "@xyflow/react";
import { CARD_H, CARD_W, type GridLayout } from "./gridLayout";

/** Ids of the hidden drawing handles (CardNodeView renders them, toFlow's CARD_HANDLES places them). */
export const ROUTE_HANDLES = {
  sourceTop: "s-top",
  sourceBottom: "s-bottom",
  sourceLeft: "s-left",
  targetTop: "t-top",
  targetBottom: "t-bottom",
  targetRight: "t-right",
} as const;

/** The hidden drawing handles of a card: id, type, side (CardNodeView renders them in this order, after the visible pair). */
export const ROUTE_HANDLE_SIDES: readonly (readonly [id: string, type: "source" | "target", position: Position])[] = [
  [ROUTE_HANDLES.sourceTop, "source", Position.Top],
  [ROUTE_HANDLES.sourceBottom, "source", Position.Bottom],
  [ROUTE_HANDLES.sourceLeft, "source", Position.Left],
  [ROUTE_HANDLES.targetTop, "target", Position.Top],
  [ROUTE_HANDLES.targetBottom, "target", Position.Bottom],
  [ROUTE_HANDLES.targetRight, "target", Position.Right],
];

/**
 * How a link is drawn: `side` (right to left, or left to right for a link going back), `vertical`
 * (bottom to top or top to bottom, for two cards of one card column with nothing between them),
 * or `gutter` (out of both cards' right sides and along the column's inner margin, past the
 * cards between them).
 */
export type RouteKind = "side" | "vertical" | "gutter";

export interface LinkRoute {
  readonly kind: RouteKind;
  /** The source's handle id, `null` for the visible right-hand one. */
  readonly sourceHandle: string | null;
  /** The target's handle id, `null` for the visible left-hand one. */
  readonly targetHandle: string | null;
}

/** The least gap (px) between two cards of one column for a link drawn straight down between them; the card gap is 12, two lanes' padding 32. */
export const MIN_VERTICAL_RUN = 24;

const DEFAULT: LinkRoute = { kind: "side", sourceHandle: null, targetHandle: null };

/** The route of a link from the card at `from` to the card at `to` (top-left corners), given the layout's other cards. */
export function linkRoute(layout: GridLayout, fromId: string, toId: string): LinkRoute {
  const from = layout.cards.get(fromId);
  const to = layout.cards.get(toId);
  if (!from || !to) return DEFAULT;
  const sameColumn = Math.abs(to.x - from.x) < CARD_W;
  if (!sameColumn) return to.x > from.x ? DEFAULT : { kind: "side", sourceHandle: ROUTE_HANDLES.sourceLeft, targetHandle: ROUTE_HANDLES.targetRight };
  const top = Math.min(from.y, to.y) + CARD_H;
  const bottom = Math.max(from.y, to.y);
  let blocked = false;
  for (const [id, at] of layout.cards) {
    if (id === fromId || id === toId) continue;
    if (Math.abs(at.x - from.x) < CARD_W && at.y < bottom && at.y + CARD_H > top) {
      blocked = true;
      break;
    }
  }
  // Two cards one above the other leave only the card gap between them: an arrow drawn there has
  // no length and its head points nowhere, so they take the margin too.
  if (blocked || bottom - top < MIN_VERTICAL_RUN) return { kind: "gutter", sourceHandle: null, targetHandle: ROUTE_HANDLES.targetRight };
  return to.y >= from.y
    ? { kind: "vertical", sourceHandle: ROUTE_HANDLES.sourceBottom, targetHandle: ROUTE_HANDLES.targetTop }
    : { kind: "vertical", sourceHandle: ROUTE_HANDLES.sourceTop, targetHandle: ROUTE_HANDLES.targetBottom };
}

/** How far right of the cards' right edges a `gutter` link runs (inside the cell's padding or the gap between card columns). */
export const GUTTER_OFFSET = 8;

/**
 * The SVG path of a `gutter` link: from the source's right side out to the margin, along it,
 * and back into the target's right side; rounded corners; the label at the middle of the run.
 */
export function gutterPath(sx: number, sy: number, tx: number, ty: number): [path: string, labelX: number, labelY: number] {
  const gx = Math.max(sx, tx) + GUTTER_OFFSET;
  const r = Math.min(4, Math.abs(ty - sy) / 2);
  const down = ty >= sy ? 1 : -1;
  const path = `M${sx} ${sy}L${gx - r} ${sy}Q${gx} ${sy} ${gx} ${sy + down * r}L${gx} ${ty - down * r}Q${gx} ${ty} ${gx - r} ${ty}L${tx} ${ty}`;
  return [path, gx, (sy + ty) / 2];
}
