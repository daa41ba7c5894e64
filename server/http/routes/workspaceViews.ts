import { isCalendarDate } from "../../../shared/schema/common";
import { backlogRows, directoryIds, overviewRow, rotationRows, touchpointRows } from "../../../shared/workspace/views";
import { readProjections } from "../../workspaces/readProjections";
import { readWorkspaceDirectory } from "../../workspaces/workspaceContent";
import { HttpError, sendJson } from "../HttpError";
import type { RequestContext, Route } from "../Route";
import { authorizeWorkspace } from "../workspaceAuth";

/** A `YYYY-MM-DD` query parameter, today (UTC) by default; 400 when malformed. */
function day(url: URL, name: string, fallback?: string): string {
  const value = url.searchParams.get(name) ?? fallback ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(value)) throw new HttpError(400, `\`${name}\` must be a real calendar day written YYYY-MM-DD.`, [{ path: name, message: "must be a date YYYY-MM-DD" }]);
  return value;
}

/** The workspace's projections and directory, after the viewer check; no map document is loaded (WA7). */
async function inputs({ req, params, app }: RequestContext) {
  const id = params.id as string;
  await authorizeWorkspace(app.storage, req, id, "viewer");
  // The directory only: the views never read the metrics' points (a large library costs seconds).
  const workspace = await readWorkspaceDirectory(app, id);
  if (!workspace) throw new HttpError(404, "There is no such workspace.");
  return { maps: await readProjections(app, id), dir: directoryIds(workspace) };
}

/** Cross-journey views (CONTRACT.md, API-RULES.md WA8-WA10), from projections. */
export const workspaceViewRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/workspaces/:id/overview",
    async handle(ctx) {
      const on = day(ctx.url, "on");
      const { maps, dir } = await inputs(ctx);
      sendJson(ctx.res, 200, { on, journeys: maps.map((m) => overviewRow(m, dir, on)) });
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/backlog",
    async handle(ctx) {
      const { maps, dir } = await inputs(ctx);
      sendJson(ctx.res, 200, { items: backlogRows(maps, dir) });
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/touchpoints",
    async handle(ctx) {
      const on = day(ctx.url, "on");
      const { maps, dir } = await inputs(ctx);
      sendJson(ctx.res, 200, { on, items: touchpointRows(maps, dir, on) });
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/rotations",
    async handle(ctx) {
      const from = day(ctx.url, "from");
      const to = day(ctx.url, "to", from);
      if (to < from) throw new HttpError(400, "`to` must not be before `from`.", [{ path: "to", message: "must not be before from" }]);
      const { maps, dir } = await inputs(ctx);
      sendJson(ctx.res, 200, { from, to, maps: rotationRows(maps, dir, from, to) });
    },
  },
];
