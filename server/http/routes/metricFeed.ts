import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ID_PATTERN } from "../../../shared/schema/common";
import { checkPointRows, parsePointsCsv, type PointIssue } from "../../../shared/metrics/series";
import { hashKey, keyMatchesHash, newMapId } from "../../keys";
import { storeSeriesPoints } from "../../workspaces/seriesPoints";
import { WORKSPACE_LIMITS } from "../../../shared/workspace/schema";
import { bearerKey } from "../auth";
import { readJsonBody, readTextBody } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { AppContext, Route } from "../Route";
import type { Role } from "../../sync/RoomSocket";
import { authorizeWorkspace } from "../workspaceAuth";
import { zodToIssues } from "./createMap";

const NewKeyBody = z.strictObject({ label: z.string().min(1).max(120).optional() });

const toIssues = (issues: readonly PointIssue[]) =>
  issues.map((i) => ({ path: i.index < 0 ? "" : `[${i.index}]`, message: i.message }));

/**
 * Who may post points to workspace `id` (WK2): a feed key of that workspace (checked against
 * every stored feed-key hash in constant time), or a workspace editor or owner key. Anything
 * else is 401/403 exactly like the workspace's other calls.
 */
async function authorizeFeed(app: AppContext, req: Parameters<typeof bearerKey>[0], id: string): Promise<Role | "feed"> {
  const key = bearerKey(req);
  if (key) {
    const feedKeys = await app.storage.feedKeys.list(id);
    let match = false;
    for (const k of feedKeys) match = keyMatchesHash(key, k.hash) || match; // no early exit: constant work
    if (match && (await app.storage.workspaces.kindOf(id)).kind === "workspace") return "feed";
  }
  return (await authorizeWorkspace(app.storage, req, id, "editor")).role; // or the right 401/403/404
}

/** The metric feed (workspace.md "Metrics library", issue 16; API-RULES.md WK1-WK4). */
export const metricFeedRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/workspaces/:id/feed-keys",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "owner");
      const parsed = NewKeyBody.safeParse((await readJsonBody(req)) ?? {});
      if (!parsed.success) throw new HttpError(400, "The body must be {label?: string}.", zodToIssues(parsed.error.issues));
      const key = randomBytes(24).toString("base64url");
      const record = { id: newMapId(), workspaceId: id, hash: hashKey(key), label: parsed.data.label ?? "Feed", createdAt: new Date().toISOString() };
      await app.storage.feedKeys.add(record);
      app.log.info("feed_key.created", { workspace: id, feedKey: record.id });
      sendJson(res, 201, { id: record.id, key, label: record.label, createdAt: record.createdAt });
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/feed-keys",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "owner");
      const keys = await app.storage.feedKeys.list(id);
      sendJson(res, 200, { keys: keys.map((k) => ({ id: k.id, label: k.label, createdAt: k.createdAt })) });
    },
  },
  {
    method: "DELETE",
    path: "/api/workspaces/:id/feed-keys/:keyId",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "owner");
      const keyId = params.keyId ?? "";
      if (!ID_PATTERN.test(keyId) || !(await app.storage.feedKeys.revoke(id, keyId))) throw new HttpError(404, "There is no such feed key.");
      app.log.info("feed_key.revoked", { workspace: id, feedKey: keyId });
      res.writeHead(204).end();
    },
  },
  {
    method: "POST",
    path: "/api/workspaces/:id/metrics/:seriesId/points",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const seriesId = params.seriesId ?? "";
      const who = await authorizeFeed(app, req, id);
      if (!ID_PATTERN.test(seriesId)) throw new HttpError(400, "The series id is not valid.");
      const csv = /^text\/csv\b/i.test(req.headers["content-type"] ?? "");
      let checked;
      if (csv) {
        checked = parsePointsCsv((await readTextBody(req)) ?? "");
      } else {
        const body = await readJsonBody(req);
        const rows = body !== null && typeof body === "object" && !Array.isArray(body) && "points" in body ? (body as { points: unknown }).points : body;
        checked = checkPointRows(rows);
      }
      if (!checked.ok) throw new HttpError(400, "Some points are not valid; nothing was stored.", toIssues(checked.issues));
      const result = await storeSeriesPoints(app, id, seriesId, checked.points);
      if (result === "noWorkspace") throw new HttpError(404, "There is no such workspace.");
      if (result === "noSeries") throw new HttpError(404, `The points were not stored: no metric series "${seriesId}".`);
      if (result === "tooMany") throw new HttpError(400, `The points were not stored: a series holds at most ${WORKSPACE_LIMITS.points} points.`);
      app.log.info("metric.points", { workspace: id, series: seriesId, count: checked.points.length, added: result.added, by: who });
      sendJson(res, 200, { seriesId, stored: checked.points.length, added: result.added, replaced: result.replaced });
    },
  },
];
