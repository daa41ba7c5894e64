/**
 * The workspace page's calls to the HTTP API (workspace.md and shared/workspace/CONTRACT.md).
 * The shapes here are the contract's answers; the server checks the key's role on each.
 */
import type { Command } from "../../shared/commands/command";
import type { CardKind, CardStatus } from "../../shared/schema/card";
import { call, type CreatedMap } from "../api/api";
import { prefetch, revalidatedGet } from "../api/revalidatedGet";
import { WHOLE_BACKLOG, type BacklogPage, type BacklogQuery } from "../../shared/workspace/backlogQuery";
import type { Role } from "../map/MapSession";
import type { AgendaTouchpoint } from "../../shared/review/kpiMovements";
import type { Workspace } from "../../shared/workspace/schema";
import { pointsWindowPath } from "../kpi/pointsWindowPath";

/** A journey's lifecycle status (journey-file addition). */
export type JourneyStatus = "draft" | "researching" | "live" | "archived";
export const JOURNEY_STATUSES: readonly JourneyStatus[] = ["draft", "researching", "live", "archived"];

export interface CreatedWorkspace extends CreatedMap {
  readonly links?: unknown;
}

export interface WorkspaceMapEntry {
  readonly id: string;
  readonly title: string;
  readonly status?: JourneyStatus | null;
  readonly group?: string | null;
  readonly tags?: readonly string[] | null;
  readonly updatedAt: string;
}

export interface WorkspaceInfo {
  readonly id: string;
  readonly title: string;
  readonly role: Role;
  readonly maps: readonly WorkspaceMapEntry[];
}

export interface KpiHealth {
  readonly on: number;
  readonly close: number;
  readonly off: number;
  readonly none: number;
}

export interface OverviewJourney extends WorkspaceMapEntry {
  readonly ownerNow: string | null;
  readonly ownerNext: string | null;
  readonly handoverOn: string | null;
  readonly touchpoints: number;
  readonly unowned: number;
  readonly openPainPoints: number;
  readonly kpiHealth: KpiHealth;
  readonly reviewsDue: number;
  readonly reviewsOverdue: number;
}

export interface Overview {
  readonly on: string;
  readonly journeys: readonly OverviewJourney[];
}

export interface WsBacklogItem {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly cardId: string;
  readonly kind: Extract<CardKind, "painPoint" | "opportunity">;
  readonly title: string;
  readonly stageId: string;
  readonly stageName: string;
  readonly ownerTeamId: string | null;
  readonly impact: number | null;
  readonly effort: number | null;
  readonly votes: number;
  readonly status: CardStatus | null;
  readonly priority: number;
  /** The card's creation day (D14), `null` when unknown (shared/review RV9). */
  readonly createdOn?: string | null;
}

export type TouchpointReviewState = AgendaTouchpoint["review"]["state"];

/** A touchpoint as `GET /api/workspaces/:id/touchpoints` lists it: the agenda's shape, with its last review. */
export interface WsTouchpoint extends AgendaTouchpoint {
  readonly review: { readonly state: TouchpointReviewState; readonly lastAt?: string; readonly lastStatus?: string };
}

export interface RotationPeriod {
  readonly start: string;
  readonly end: string;
  readonly ownerId: string;
  readonly cover?: true;
}

export interface MapRotation {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly periods: readonly RotationPeriod[];
}

export interface CommandsResult {
  readonly applied: number;
  readonly skipped: readonly { readonly index: number; readonly reason: string }[];
}

const base = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`;

/** `POST /api/workspaces`: a new, empty workspace. */
export function createWorkspace(opts: { title: string; lang?: string }): Promise<CreatedWorkspace> {
  return call<CreatedWorkspace>("/api/workspaces", { method: "POST", body: JSON.stringify(opts) });
}

/**
 * Rows of the central backlog asked for and drawn at first and per "show more" (WP10): each row
 * carries four in-place editors, and 200 of them took most of a second to draw on a shared
 * machine; 50 fill a 1440 x 900 screen. The server cuts the page (WA17).
 */
export const BACKLOG_PAGE = 50;

/** The address of `GET /api/workspaces/:id/overview?on=`. */
export const overviewPath = (id: string, on: string): string => `${base(id)}/overview?on=${on}`;

/** The address of one page of the central backlog (WA17). */
export function backlogPagePath(id: string, query: BacklogQuery, limit: number): string {
  const q = new URLSearchParams({ map: query.mapId, team: query.teamId, kind: query.kind, status: query.status, offset: "0", limit: String(limit) });
  return `${base(id)}/backlog?${q.toString()}`;
}

/** `GET /api/workspaces/:id`: title, role and the journeys. */
export function getWorkspace(id: string, key: string): Promise<WorkspaceInfo> {
  return revalidatedGet<WorkspaceInfo>(base(id), key);
}

/** The address of `GET /api/workspaces/:id/touchpoints?on=`. */
const touchpointsPath = (id: string, on: string): string => `${base(id)}/touchpoints?on=${on}`;
/** The address of `GET /api/workspaces/:id/rotations?from=&to=`. */
const rotationsPath = (id: string, from: string, to: string): string => `${base(id)}/rotations?from=${from}&to=${to}`;
/** The address of the whole backlog, `GET /api/workspaces/:id/backlog` (WA9). */
const backlogPath = (id: string): string => `${base(id)}/backlog`;
/** The address of `GET /api/workspaces/:id/document` (API-RULES.md WA18). */
const documentPath = (id: string): string => `${base(id)}/document`;

/**
 * Asks, before the page has loaded, for everything `view` paints first (see `prefetch`): the
 * workspace, its document (WA18), the points window the page reads (WK7), and the view's first
 * answer (the home's overview, the backlog's first page, the KPI overview's touchpoints, the
 * review's current period).
 */
export function prefetchWorkspace(id: string, key: string, view: string, today: string): void {
  prefetch(base(id), key);
  prefetch(documentPath(id), key);
  prefetch(pointsWindowPath(id, { to: today }), key);
  if (view === "home") prefetch(overviewPath(id, today), key);
  else if (view === "backlog") prefetch(backlogPagePath(id, WHOLE_BACKLOG, BACKLOG_PAGE), key);
  else if (view === "kpis") prefetch(touchpointsPath(id, today), key);
  else if (view === "review") {
    // The current period's rotation; the agenda's touchpoints (read on today while the period runs) and the backlog.
    prefetch(rotationsPath(id, today, today), key);
    prefetch(touchpointsPath(id, today), key);
    prefetch(backlogPath(id), key);
  }
}

/** `GET /api/workspaces/:id/document`: the workspace document as the views read it, until the socket has synced it (WA18). */
export function getWorkspaceDocument(id: string, key: string): Promise<Workspace> {
  return revalidatedGet<Workspace>(documentPath(id), key);
}

/** `GET /api/workspaces/:id/overview?on=`: one row per journey, from the server's projection. */
export function getOverview(id: string, key: string, on: string): Promise<Overview> {
  return revalidatedGet<Overview>(overviewPath(id, on), key);
}

/** `GET /api/workspaces/:id/backlog`: every pain point and opportunity, in priority order. */
export function getWorkspaceBacklog(id: string, key: string): Promise<{ items: WsBacklogItem[] }> {
  return revalidatedGet<{ items: WsBacklogItem[] }>(backlogPath(id), key);
}

/**
 * `GET /api/workspaces/:id/backlog?map=&team=&kind=&status=&offset=&limit=`: the first `limit`
 * items matching `query`, ranked in the whole backlog, with the counts and the journey list (WA17).
 */
export function getWorkspaceBacklogPage(id: string, key: string, query: BacklogQuery, limit: number): Promise<BacklogPage<WsBacklogItem>> {
  return revalidatedGet<BacklogPage<WsBacklogItem>>(backlogPagePath(id, query, limit), key);
}

/** `GET /api/workspaces/:id/touchpoints?on=`: every touchpoint with owner team, KPIs and review state. */
export function getTouchpoints(id: string, key: string, on: string): Promise<{ items: WsTouchpoint[] }> {
  return revalidatedGet<{ items: WsTouchpoint[] }>(touchpointsPath(id, on), key);
}

/** `GET /api/workspaces/:id/rotations?from=&to=`: each journey's owner periods in the window. */
export function getRotations(id: string, key: string, from: string, to: string): Promise<{ maps: MapRotation[] }> {
  return revalidatedGet<{ maps: MapRotation[] }>(rotationsPath(id, from, to), key);
}

/** `POST /api/workspaces/:id/maps`: a new journey, blank, from a template, or from a journey file. */
export function createWorkspaceMap(
  id: string,
  key: string,
  body: { title?: string; template?: string; lang?: string } | { journey: unknown },
): Promise<CreatedMap> {
  return call<CreatedMap>(`${base(id)}/maps`, { method: "POST", key, body: JSON.stringify(body) });
}

/** `POST /api/workspaces/:id/commands`: directory, OKR, metric and decision commands, in one transaction. */
export function postWorkspaceCommands(id: string, key: string, commands: readonly unknown[]): Promise<CommandsResult> {
  return call<CommandsResult>(`${base(id)}/commands`, { method: "POST", key, body: JSON.stringify({ commands }) });
}

/** `POST /api/maps/:id/commands`: commands to one journey (a workspace editor key works for each). */
export function postMapCommands(mapId: string, key: string, commands: readonly Command[]): Promise<CommandsResult> {
  return call<CommandsResult>(`/api/maps/${encodeURIComponent(mapId)}/commands`, { method: "POST", key, body: JSON.stringify({ commands }) });
}
