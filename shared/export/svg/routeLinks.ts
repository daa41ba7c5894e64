import type { Link } from "../../schema/link";
import { escapeText } from "./escapeXml";
import { fmt } from "./formatNumber";
import { measureText, type FontSpec } from "./fontMetrics";
import { ellipsize } from "./wrapText";
import { INK } from "./palette";
import { CARD_W } from "./layoutCard";
import { COL_W, ROW_GAP, type GridLayout, type PlacedCard } from "./layoutJourney";

/** A point of a link's route. */
export interface Pt {
  readonly x: number;
  readonly y: number;
}

const TRACKS = 5;
const TRACK_STEP = 3;
/** Same-column links turn in the cell's own margin, leaving the column gutter to the others. */
const INNER_GUTTER = 9;
const ARROW_LEN = 8;
const ARROW_HALF = 4;
const CORNER = 6;
const FONT_LABEL: FontSpec = { size: 10, bold: false };
const LABEL_MAX_W = 150;

/** Where a link meets a card's side: level with its first lines, not its middle, on tall cards. */
function anchorY(card: PlacedCard, track: number): number {
  return card.y + Math.min(card.layout.h / 2, 26) + (track - 2) * 2;
}

/** The y of the gutter between two bands: `boundary` is the index of the band below it. */
function rowGutterY(grid: GridLayout, boundary: number): number {
  const below = grid.rows[boundary];
  if (below !== undefined) return below.y - ROW_GAP / 2;
  return grid.bottom + ROW_GAP / 2;
}

/**
 * An orthogonal route from `from` to `to` that runs only through gutters: out of the source's
 * side into the vertical gutter beside its column, along the horizontal gutter between bands
 * nearest to both ends, down the gutter beside the target's column, and into the target's side.
 * Gutters hold no cards, so a route crosses a card only where it leaves or enters one. Links
 * within one column turn in the cell's right margin instead, leaving the column gutter free.
 * `track` (0..4) shifts the route a few px so parallel links stay apart.
 */
export function routeLink(grid: GridLayout, from: PlacedCard, to: PlacedCard, track: number): Pt[] {
  const off = (track - 2) * TRACK_STEP;
  const forward = to.col > from.col;
  const backward = to.col < from.col;
  const exitRight = !backward;
  const enterLeft = forward;
  const sx = exitRight ? from.x + CARD_W : from.x;
  const tx = enterLeft ? to.x : to.x + CARD_W;
  const sy = anchorY(from, track);
  const ty = anchorY(to, track);
  if (from.col === to.col) {
    const gx = from.x + CARD_W + INNER_GUTTER + off / 2;
    return simplify([{ x: sx, y: sy }, { x: gx, y: sy }, { x: gx, y: ty }, { x: tx, y: ty }]);
  }
  const gx1 = grid.gridLeft + (exitRight ? from.col + 1 : from.col) * COL_W + off;
  const gx2 = grid.gridLeft + (enterLeft ? to.col : to.col + 1) * COL_W + off;
  if (Math.abs(gx1 - gx2) < 0.001) {
    return simplify([{ x: sx, y: sy }, { x: gx1, y: sy }, { x: gx1, y: ty }, { x: tx, y: ty }]);
  }
  // Horizontal gutter: the band boundary that keeps the vertical legs shortest (ties: upper one).
  const candidates = [from.row, from.row + 1, to.row, to.row + 1].map((b) => rowGutterY(grid, b) + off);
  let hy = candidates[0] ?? sy;
  let best = Infinity;
  for (const c of candidates) {
    const cost = Math.abs(sy - c) + Math.abs(ty - c);
    if (cost < best - 0.001) {
      best = cost;
      hy = c;
    }
  }
  return simplify([
    { x: sx, y: sy }, { x: gx1, y: sy }, { x: gx1, y: hy }, { x: gx2, y: hy }, { x: gx2, y: ty }, { x: tx, y: ty },
  ]);
}

/** Drops repeated points and joins collinear steps, so corners are real corners. */
function simplify(points: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && Math.abs(last.x - p.x) < 0.001 && Math.abs(last.y - p.y) < 0.001) continue;
    const prev = out[out.length - 2];
    if (prev !== undefined && last !== undefined) {
      const sameX = Math.abs(prev.x - last.x) < 0.001 && Math.abs(last.x - p.x) < 0.001;
      const sameY = Math.abs(prev.y - last.y) < 0.001 && Math.abs(last.y - p.y) < 0.001;
      if (sameX || sameY) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** The route as a path with softly rounded corners, ending where the arrowhead begins. */
function pathData(points: readonly Pt[]): string {
  const n = points.length;
  const end = points[n - 1] as Pt;
  const before = points[n - 2] as Pt;
  const len = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const shortened: Pt = { x: end.x - ((end.x - before.x) / len) * (ARROW_LEN - 1), y: end.y - ((end.y - before.y) / len) * (ARROW_LEN - 1) };
  const pts = [...points.slice(0, n - 1), shortened];
  let d = `M${fmt(pts[0]?.x ?? 0)} ${fmt(pts[0]?.y ?? 0)}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const a = pts[i - 1] as Pt;
    const b = pts[i] as Pt;
    const c = pts[i + 1] as Pt;
    const r = Math.min(CORNER, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const inX = b.x - Math.sign(b.x - a.x) * r;
    const inY = b.y - Math.sign(b.y - a.y) * r;
    const outX = b.x + Math.sign(c.x - b.x) * r;
    const outY = b.y + Math.sign(c.y - b.y) * r;
    d += `L${fmt(inX)} ${fmt(inY)}Q${fmt(b.x)} ${fmt(b.y)} ${fmt(outX)} ${fmt(outY)}`;
  }
  const last = pts[pts.length - 1] as Pt;
  return d + `L${fmt(last.x)} ${fmt(last.y)}`;
}

function arrowHead(points: readonly Pt[]): string {
  const tip = points[points.length - 1] as Pt;
  const from = points[points.length - 2] as Pt;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * ARROW_LEN;
  const by = tip.y - uy * ARROW_LEN;
  return `M${fmt(tip.x)} ${fmt(tip.y)}L${fmt(bx - uy * ARROW_HALF)} ${fmt(by + ux * ARROW_HALF)}L${fmt(bx + uy * ARROW_HALF)} ${fmt(by - ux * ARROW_HALF)}Z`;
}

/**
 * The link's label on a white pill at the middle of its longest leg. On a vertical leg the pill
 * is centred in the gutter between the columns rather than on the line (which runs a few px
 * off-centre), so it reaches as little as possible over the cards on either side.
 */
function labelAt(grid: GridLayout, points: readonly Pt[], text: string): string {
  let best = 0;
  let at: Pt = points[0] as Pt;
  let vertical = false;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Pt;
    const b = points[i] as Pt;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len > best) {
      best = len;
      at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      vertical = a.x === b.x;
    }
  }
  if (vertical) at = { x: grid.gridLeft + Math.round((at.x - grid.gridLeft) / COL_W) * COL_W, y: at.y };
  const shown = ellipsize(text, LABEL_MAX_W, FONT_LABEL);
  const w = measureText(shown, FONT_LABEL) + 10;
  return (
    `<rect x="${fmt(at.x - w / 2)}" y="${fmt(at.y - 8)}" width="${fmt(w)}" height="16" rx="8" fill="#ffffff" stroke="${INK.rule}"/>` +
    `<text x="${fmt(at.x)}" y="${fmt(at.y + 3.5)}" text-anchor="middle">${escapeText(shown)}</text>`
  );
}

/**
 * Every link whose two cards are on the map, as arrows routed through the gutters, with its
 * label on a small white pill (see `labelAt`).
 */
export function renderLinks(grid: GridLayout, links: readonly Link[]): string {
  const paths: string[] = [];
  const heads: string[] = [];
  const labels: string[] = [];
  links.forEach((link, i) => {
    const from = grid.cardById.get(link.from);
    const to = grid.cardById.get(link.to);
    if (from === undefined || to === undefined || from === to) return;
    const points = routeLink(grid, from, to, i % TRACKS);
    if (points.length < 2) return;
    paths.push(pathData(points));
    heads.push(arrowHead(points));
    if (link.label !== undefined && link.label.trim() !== "") labels.push(labelAt(grid, points, link.label));
  });
  if (paths.length === 0) return "";
  return (
    `<g fill="none" stroke="${INK.link}" stroke-width="1.5" stroke-linejoin="round">` +
    paths.map((d) => `<path d="${d}"/>`).join("") +
    `</g><path d="${heads.join("")}" fill="${INK.link}"/>` +
    (labels.length > 0 ? `<g font-size="10" fill="${INK.text}">${labels.join("")}</g>` : "")
  );
}
