import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isCalendarDate, ID_PATTERN } from "../../../shared/schema/common";
import { WORKSPACE_LIMITS } from "../../../shared/workspace/schema";
import { readPointsWindow, removeSeriesPoint, seriesIdsOf } from "../../workspaces/seriesPoints";
import { bearerKey, REFUSAL_STATUS } from "../auth";
import { HttpError, sendJson } from "../HttpError";
import type { AppContext, Route } from "../Route";
import { authorizeWorkspace, checkWorkspaceAccess } from "../workspaceAuth";

/** At most this many points per series in one window answer (`last`). */
const MAX_LAST = 400;

/** A workspace viewer, or (with `?m=<mapId>`) the key of a map of the workspace, as its socket allows (WA2). */
async function authorizeReader(app: AppContext, req: IncomingMessage, url: URL, id: string): Promise<void> {
  const access = await checkWorkspaceAccess(app.storage, id, bearerKey(req), "viewer", url.searchParams.get("m"));
  if (!access.ok) {
    const status = REFUSAL_STATUS[access.refusal];
    throw new HttpError(status, status === 404 ? "There is no such workspace." : "The key does not open this workspace's metrics.", undefined, status === 401 ? { "www-authenticate": "Bearer" } : {});
  }
}

function dayParam(url: URL, name: string, fallback?: string): string | undefined {
  const value = url.searchParams.get(name) ?? fallback;
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw new HttpError(400, `\`${name}\` must be a real calendar day written YYYY-MM-DD.`, [{ path: name, message: "must be a date YYYY-MM-DD" }]);
  return value;
}

const seriesParam = (raw: string | undefined): string => {
  if (raw === undefined || !ID_PATTERN.test(raw)) throw new HttpError(400, "The series id is not valid.");
  return raw;
};

/** Metric points out of storage (API-RULES.md WK6, WK7). */
export const metricPointRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/workspaces/:id/metrics/points",
    async handle({ req, res, url, params, app }) {
      const id = params.id as string;
      await authorizeReader(app, req, url, id);
      const to = dayParam(url, "to", new Date().toISOString().slice(0, 10)) as string;
      const from = dayParam(url, "from");
      const lastRaw = url.searchParams.get("last") ?? "13";
      const last = Number(lastRaw);
      if (!Number.isInteger(last) || last < 0 || last > MAX_LAST) throw new HttpError(400, `\`last\` must be a whole number from 0 to ${MAX_LAST}.`, [{ path: "last", message: `must be 0..${MAX_LAST}` }]);
      const ids = await seriesIdsOf(app, id);
      if (ids === null) throw new HttpError(404, "There is no such workspace.");
      const withCounts = url.searchParams.get("counts") === "1";
      const { points, counts } = await readPointsWindow(app, id, ids, { to, last, counts: withCounts, ...(from === undefined ? {} : { from }) });
      const series: Record<string, { count?: number; points: { on: string; value: number }[] }> = {};
      for (const sid of ids) series[sid] = counts ? { count: counts.get(sid) ?? 0, points: points.get(sid) ?? [] } : { points: points.get(sid) ?? [] };
      const body = JSON.stringify({ to, ...(from === undefined ? {} : { from }), last, series });
      // A page re-reads on every change notice; most re-reads find nothing new (WK7).
      const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), etag, "cache-control": "no-cache" });
      res.end(body);
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/metrics/:seriesId/points",
    async handle({ req, res, url, params, app }) {
      const id = params.id as string;
      const seriesId = seriesParam(params.seriesId);
      await authorizeReader(app, req, url, id);
      const ids = await seriesIdsOf(app, id);
      if (ids === null) throw new HttpError(404, "There is no such workspace.");
      if (!ids.includes(seriesId)) throw new HttpError(404, "There is no such metric series.");
      const points = await app.storage.metricPoints.range(id, seriesId, dayParam(url, "from"), dayParam(url, "to"));
      sendJson(res, 200, { seriesId, points, limit: WORKSPACE_LIMITS.points });
    },
  },
  {
    method: "DELETE",
    path: "/api/workspaces/:id/metrics/:seriesId/points/:on",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const seriesId = seriesParam(params.seriesId);
      await authorizeWorkspace(app.storage, req, id, "editor");
      const on = params.on ?? "";
      if (!isCalendarDate(on)) throw new HttpError(400, "The day must be a real calendar day written YYYY-MM-DD.");
      if (!(await removeSeriesPoint(app, id, seriesId, on))) throw new HttpError(404, "The series has no point on that day.");
      app.log.info("metric.point_removed", { workspace: id, series: seriesId, on });
      res.writeHead(204, { "cache-control": "no-store" }).end();
    },
  },
];
