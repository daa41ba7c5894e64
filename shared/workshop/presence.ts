/**
 * The awareness state of one person in a map (api.md, "Live sync"): the common Yjs convention
 * `user: { name, color }` beside Baton's own fields. Anything may arrive over awareness (a
 * bot, a buggy or hostile client), so states are parsed field by field: a state without a
 * valid `user` is not a person, and an invalid optional field reads as absent.
 *
 * | field | type | meaning |
 * |---|---|---|
 * | `user` | `{ name: string, color: "#rrggbb" }` | who this is; required to show as present |
 * | `cursor` | `{ x, y }` or `null` | the pointer in flow (map) coordinates; `null` off the canvas |
 * | `selection` | `string[]` | selected card ids |
 * | `view` | `{ x, y, zoom, width?, height? }` | the canvas viewport (React Flow's) and the canvas size in px, for following |
 * | `presenting` | `boolean` | this person is presenting |
 * | `stage` | `string` or `null` | the stage a presenter is showing |
 * | `followMe` | `string` or `null` | a request that everyone follow this person; a new id is a new request |
 */

/** A point in flow coordinates. */
export interface FlowPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A React Flow viewport, and the size in screen pixels of the canvas it is shown in (when
 * known), so a follower with another screen size can show the same region of the map.
 */
export interface FlowView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width?: number;
  readonly height?: number;
}

/** The region of the map (flow coordinates) a view shows, or `null` without a canvas size. */
export function viewRegion(view: FlowView): { x: number; y: number; width: number; height: number } | null {
  if (view.width === undefined || view.height === undefined) return null;
  return { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
}

function parseView(v: Record<string, unknown> | null): FlowView | null {
  if (!v || !finite(v.x) || !finite(v.y) || !finite(v.zoom) || v.zoom <= 0) return null;
  const sized = finite(v.width) && finite(v.height) && v.width > 0 && v.height > 0;
  return sized ? { x: v.x, y: v.y, zoom: v.zoom, width: v.width as number, height: v.height as number } : { x: v.x, y: v.y, zoom: v.zoom };
}

/** One person's presence, parsed from their awareness state. */
export interface Presence {
  readonly name: string;
  readonly color: string;
  readonly cursor: FlowPoint | null;
  readonly selection: readonly string[];
  readonly view: FlowView | null;
  readonly presenting: boolean;
  readonly stage: string | null;
  readonly followMe: string | null;
}

/** Longest name shown; longer ones are cut. */
export const PRESENCE_NAME_MAX = 60;
/** Most selected ids read from one state. */
export const PRESENCE_SELECTION_MAX = 500;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const FALLBACK_COLOR = "#6b7280";

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function shortString(value: unknown, max: number): string | null {
  return typeof value === "string" && value.length > 0 && value.length <= max ? value : null;
}

/** Parses one awareness state; `null` when it has no valid `user` (not a person). */
export function parsePresence(state: unknown): Presence | null {
  const s = record(state);
  const user = record(s?.user);
  if (!s || !user || typeof user.name !== "string") return null;
  const name = user.name.trim().slice(0, PRESENCE_NAME_MAX);
  if (name === "") return null;
  const color = typeof user.color === "string" && COLOR.test(user.color) ? user.color.toLowerCase() : FALLBACK_COLOR;
  const c = record(s.cursor);
  const v = record(s.view);
  const selection = Array.isArray(s.selection)
    ? s.selection.slice(0, PRESENCE_SELECTION_MAX).filter((id): id is string => typeof id === "string")
    : [];
  return {
    name,
    color,
    cursor: c && finite(c.x) && finite(c.y) ? { x: c.x, y: c.y } : null,
    selection,
    view: parseView(v),
    presenting: s.presenting === true,
    stage: s.presenting === true ? shortString(s.stage, 64) : null,
    followMe: shortString(s.followMe, 64),
  };
}

/**
 * Initials for an avatar, from the name's words (W12): the first letters of the first two words,
 * or of the only one. Words are letters and digits: what is in brackets ("Lea (facilitator)")
 * and punctuation are left out, so "Lea (facilitator)" is "L", not "L(". "?" when nothing is left.
 */
export function initials(name: string): string {
  const words = name
    .replace(/[([{][^)\]}]*[)\]}]?/gu, " ")
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? "");
  return letters.length > 0 ? letters.join("") : "?";
}

/** One open follow-me request: who asked, the request's id, and when it was first seen (a rising number). */
export type FollowRequest = readonly [clientId: number, requestId: string, seen: number];

/**
 * Who I follow automatically: whoever ASKED LAST among the follow-me requests I have not
 * stepped out of (W13). `seen` is the order in which this page first saw each request; the
 * server relays presence to everyone in one order, so every page present for both requests
 * picks the same one. Equal `seen` (arrived together, or both already open when I joined) is
 * decided by the request id, never by the client id (a client id is the sender's choice: a
 * client picking 2^53 - 1 must not always win). `declined` holds request ids I left.
 */
export function followTarget(requests: Iterable<FollowRequest>, declined: ReadonlySet<string>): number | null {
  let best: FollowRequest | null = null;
  for (const r of requests) {
    if (declined.has(r[1])) continue;
    if (best === null || r[2] > best[2] || (r[2] === best[2] && r[1] > best[1])) best = r;
  }
  return best ? best[0] : null;
}
