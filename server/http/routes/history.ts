import { z } from "zod";
import { ID_PATTERN } from "../../../shared/schema/common";
import { HistoryError } from "../../history/History";
import { journeyOfState } from "../../history/journeyOfState";
import type { Author } from "../../sync/commitHook";
import type { Role } from "../../sync/RoomSocket";
import { authorize } from "../auth";
import { readJsonBody } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { RequestContext, Route } from "../Route";
import { storeInOwnWorkspace, zodToIssues } from "./createMap";
import { sendJourneySvg, svgLang } from "./exportSvg";

/** The name the caller's page announces (as in presence), optional in every history POST (H6). */
const Name = z.string().trim().min(1).max(120).optional();
const NamedBody = z.strictObject({ label: z.string().trim().min(1).max(120), name: Name });
const RestoreBody = z.strictObject({ name: Name }).optional();
const CardsBody = z.strictObject({ cardIds: z.array(z.string().regex(ID_PATTERN)).min(1).max(500), name: Name });

/** Activity entries one request may list (H4). */
const ACTIVITY_LIMIT_MAX = 500;

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, "The request body is not valid.", zodToIssues(parsed.error.issues));
  return parsed.data;
}

function versionId(params: Readonly<Record<string, string>>): string {
  const vid = params.vid ?? "";
  if (!ID_PATTERN.test(vid)) throw new HttpError(400, "The version id must match [A-Za-z0-9_-]{1,64}.");
  return vid;
}

/** HistoryError as an HTTP answer. */
function asHttp(err: unknown): never {
  if (err instanceof HistoryError) {
    const status = { noDoc: 404, noVersion: 404, tooManyNamed: 409, failed: 503 }[err.reason];
    throw new HttpError(status, err.message);
  }
  throw err;
}

function author(role: Role, name: string | undefined): Author {
  return name ? { role, name } : { role };
}

async function withVersion(ctx: RequestContext, needed: Role) {
  const id = ctx.params.id as string;
  const vid = versionId(ctx.params);
  const { role } = await authorize(ctx.app.storage, ctx.req, id, needed);
  const version = await ctx.app.history.load(id, vid).catch(asHttp);
  return { id, vid, role, version };
}

/**
 * api.md "History" (H1-H9): list, name, export, restore and copy versions of a map, restore
 * single cards, and read the activity log. Viewers read; editors change. A refused request
 * changes nothing.
 */
export const historyRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/maps/:id/versions",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "viewer");
      sendJson(res, 200, await app.storage.listVersions(id));
    },
  },
  {
    method: "POST",
    path: "/api/maps/:id/versions",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { role } = await authorize(app.storage, req, id, "editor");
      const body = parse(NamedBody, await readJsonBody(req));
      const record = await app.history.save(id, "named", { label: body.label, by: author(role, body.name) }).catch(asHttp);
      sendJson(res, 201, record);
    },
  },
  {
    method: "GET",
    path: "/api/maps/:id/versions/:vid/export.json",
    async handle(ctx) {
      const { version } = await withVersion(ctx, "viewer");
      sendJson(ctx.res, 200, journeyOfState(version.state));
    },
  },
  {
    method: "GET",
    path: "/api/maps/:id/versions/:vid/export.svg",
    async handle(ctx) {
      const lang = svgLang(ctx.url);
      const { version } = await withVersion(ctx, "viewer");
      sendJourneySvg(ctx.res, journeyOfState(version.state), lang);
    },
  },
  {
    method: "POST",
    path: "/api/maps/:id/versions/:vid/restore",
    async handle(ctx) {
      const { id, vid, role } = await withVersion(ctx, "editor");
      const body = parse(RestoreBody, await readJsonBody(ctx.req));
      const result = await ctx.app.history.restore(id, vid, author(role, body?.name)).catch(asHttp);
      sendJson(ctx.res, 200, { restoredFrom: result.restoredFrom, savedAs: result.savedAs });
    },
  },
  {
    method: "POST",
    path: "/api/maps/:id/versions/:vid/restore-cards",
    async handle(ctx) {
      const { id, vid, role } = await withVersion(ctx, "editor");
      const body = parse(CardsBody, await readJsonBody(ctx.req));
      sendJson(ctx.res, 200, await ctx.app.history.restoreCards(id, vid, body.cardIds, author(role, body.name)).catch(asHttp));
    },
  },
  {
    method: "POST",
    path: "/api/maps/:id/versions/:vid/copy",
    async handle(ctx) {
      const { version } = await withVersion(ctx, "viewer");
      sendJson(ctx.res, 201, await storeInOwnWorkspace(ctx.app, journeyOfState(version.state)));
    },
  },
  {
    method: "GET",
    path: "/api/maps/:id/activity",
    async handle({ req, res, params, url, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "viewer");
      const raw = url.searchParams.get("limit") ?? "100";
      const limit = Number(raw);
      if (!Number.isInteger(limit) || limit < 1 || limit > ACTIVITY_LIMIT_MAX) {
        throw new HttpError(400, `\`limit\` must be a whole number from 1 to ${ACTIVITY_LIMIT_MAX}.`, [{ path: "limit", message: "out of range" }]);
      }
      sendJson(res, 200, await app.storage.listActivity(id, limit));
    },
  },
];
