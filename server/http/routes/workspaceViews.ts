import type { IncomingMessage, ServerResponse } from "node:http";
import { CARD_STATUSES } from "../../../shared/schema/card";
import { isCalendarDate } from "../../../shared/schema/common";
import { backlogPage, type BacklogQuery } from "../../../shared/workspace/backlogQuery";
import { backlogRows, directoryIds, overviewRow, rotationRows, touchpointRows, type DirectoryIds, type ProjectedMap } from "../../../shared/workspace/views";
import { projectionStamp, readProjections } from "../../workspaces/readProjections";
import { ViewCache, type CachedView } from "../../workspaces/ViewCache";
import { readWorkspaceDirectory } from "../../workspaces/workspaceContent";
import { HttpError } from "../HttpError";
import type { RequestContext, Route } from "../Route";
import { authorizeWorkspace } from "../workspaceAuth";

/** A `YYYY-MM-DD` query parameter, today (UTC) by default; 400 when malformed. */
function day(url: URL, name: string, fallback?: string): string {
  const value = url.searchParams.get(name) ?? fallback ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(value)) throw new HttpError(400, `\`${name}\` must be a real calendar day written YYYY-MM-DD.`, [{ path: name, message: "must be a date YYYY-MM-DD" }]);
  return value;
}

/** The views' answers by the version of their inputs (WA17). */
const views = new ViewCache();

interface Inputs {
  readonly id: string;
  readonly maps: ProjectedMap[];
  readonly dir: DirectoryIds;
  /** The version of `maps` and `dir`: equal stamps give equal answers. */
  readonly stamp: string;
}

/** The workspace's projections and directory, after the viewer check; no map document is loaded (WA7). */
async function inputs({ req, params, app }: RequestContext): Promise<Inputs> {
  const id = params.id as string;
  await authorizeWorkspace(app.storage, req, id, "viewer");
  // The directory only: the views never read the metrics' points (a large library costs seconds).
  const workspace = await readWorkspaceDirectory(app, id);
  if (!workspace) throw new HttpError(404, "There is no such workspace.");
  const maps = await readProjections(app, id);
  const dir = directoryIds(workspace);
  const stamp = `${projectionStamp(maps)}|${[...dir.teams].join(",")}|${[...dir.people].join(",")}`;
  return { id, maps, dir, stamp };
}

/** Answers `view`, or 304 when the page already holds it (`If-None-Match`, WA17). */
function send(req: IncomingMessage, res: ServerResponse, view: CachedView<unknown>): void {
  const headers = { etag: view.etag, "cache-control": "no-cache" };
  const held = req.headers["if-none-match"];
  if (held !== undefined && held.split(",").some((t) => t.trim() === view.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(view.text), ...headers });
  res.end(view.text);
}

const STATUSES: readonly BacklogQuery["status"][] = ["all", "notDone", ...CARD_STATUSES];
const KINDS: readonly BacklogQuery["kind"][] = ["all", "painPoint", "opportunity"];
/** Most backlog items one page holds. */
export const MAX_BACKLOG_PAGE = 1000;

/** A whole-number query parameter in `min..max`, `fallback` when absent; 400 otherwise. */
function count(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new HttpError(400, `\`${name}\` must be a whole number from ${min} to ${max}.`, [{ path: name, message: `must be ${min}..${max}` }]);
  return n;
}

/** One of `allowed`, `fallback` when absent; 400 otherwise. */
function oneOf<T extends string>(url: URL, name: string, allowed: readonly T[], fallback: T): T {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new HttpError(400, `\`${name}\` must be one of ${allowed.join(", ")}.`, [{ path: name, message: `must be one of ${allowed.join(", ")}` }]);
  return raw as T;
}

const PAGE_PARAMS = ["limit", "offset", "map", "team", "kind", "status"];

/** Cross-journey views (CONTRACT.md, API-RULES.md WA8-WA10, WA17), from projections. */
export const workspaceViewRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/workspaces/:id/overview",
    async handle(ctx) {
      const on = day(ctx.url, "on");
      const { id, maps, dir, stamp } = await inputs(ctx);
      send(ctx.req, ctx.res, views.get(`${id}/overview?on=${on}`, stamp, () => ({ on, journeys: maps.map((m) => overviewRow(m, dir, on)) })));
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/backlog",
    async handle(ctx) {
      const url = ctx.url;
      const paged = PAGE_PARAMS.some((p) => url.searchParams.has(p));
      const query: BacklogQuery = {
        mapId: url.searchParams.get("map") ?? "all",
        teamId: url.searchParams.get("team") ?? "all",
        kind: oneOf(url, "kind", KINDS, "all"),
        status: oneOf(url, "status", STATUSES, paged ? "notDone" : "all"),
      };
      const offset = count(url, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
      const limit = count(url, "limit", 50, 1, MAX_BACKLOG_PAGE);
      const { id, maps, dir, stamp } = await inputs(ctx);
      const rows = views.get(`${id}/backlog`, stamp, () => ({ items: backlogRows(maps, dir) }));
      if (!paged) return send(ctx.req, ctx.res, rows);
      const key = `${id}/backlog?map=${query.mapId}&team=${query.teamId}&kind=${query.kind}&status=${query.status}&offset=${offset}&limit=${limit}`;
      send(ctx.req, ctx.res, views.get(key, stamp, () => backlogPage(rows.value.items, query, offset, limit)));
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/touchpoints",
    async handle(ctx) {
      const on = day(ctx.url, "on");
      const { id, maps, dir, stamp } = await inputs(ctx);
      send(ctx.req, ctx.res, views.get(`${id}/touchpoints?on=${on}`, stamp, () => ({ on, items: touchpointRows(maps, dir, on) })));
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/rotations",
    async handle(ctx) {
      const from = day(ctx.url, "from");
      const to = day(ctx.url, "to", from);
      if (to < from) throw new HttpError(400, "`to` must not be before `from`.", [{ path: "to", message: "must not be before from" }]);
      const { id, maps, dir, stamp } = await inputs(ctx);
      send(ctx.req, ctx.res, views.get(`${id}/rotations?from=${from}&to=${to}`, stamp, () => ({ from, to, maps: rotationRows(maps, dir, from, to) })));
    },
  },
];
