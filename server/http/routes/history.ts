import type { IncomingMessage } from "node:http";
import { z } from "zod";
import { ID_PATTERN } from "../../../shared/schema/common";
import { HistoryError } from "../../history/History";
import { journeyOfState } from "../../history/journeyOfState";
import type { Storage } from "../../storage/Storage";
import type { Author } from "../../sync/commitHook";
import type { Role } from "../../sync/RoomSocket";
import { authorize } from "../auth";
import { readJsonBody } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { RequestContext, Route } from "../Route";
import { storeInOwnWorkspace, zodToIssues } from "./createMap";
import { sendJourneySvg, svgLang } from "./exportSvg";

/** The name the caller's page announces (as in presence), optional in every history POST (H6). */
export const Name = z.string().trim().min(1).max(120).optional();
export const NamedBody = z.strictObject({ label: z.string().trim().min(1).max(120), name: Name });
export const RestoreBody = z.strictObject({ name: Name }).optional();
const CardsBody = z.strictObject({ cardIds: z.array(z.string().regex(ID_PATTERN)).min(1).max(500), name: Name });

/** Activity entries one request may list (H4). */
export const ACTIVITY_LIMIT_MAX = 500;

export function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, "The request body is not valid.", zodToIssues(parsed.error.issues));
  return parsed.data;
}

export function versionId(params: Readonly<Record<string, string>>): string {
  const vid = params.vid ?? "";
  if (!ID_PATTERN.test(vid)) throw new HttpError(400, "The version id must match [A-Za-z0-9_-]{1,64}.");
  return vid;
}

/** HistoryError as an HTTP answer. */
export function asHttp(err: unknown): never {
  if (err instanceof HistoryError) {
    const status = { noDoc: 404, noVersion: 404, tooManyNamed: 409, failed: 503 }[err.reason];
    throw new HttpError(status, err.message);
  }
  throw err;
}

/** `?limit=` of an activity request (H4): 1-500, default 100. */
export function activityLimit(url: URL): number {
  const limit = Number(url.searchParams.get("limit") ?? "100");
  if (!Number.isInteger(limit) || limit < 1 || limit > ACTIVITY_LIMIT_MAX) {
    throw new HttpError(400, `\`limit\` must be a whole number from 1 to ${ACTIVITY_LIMIT_MAX}.`, [{ path: "limit", message: "out of range" }]);
  }
  return limit;
}

export function author(role: Role, name: string | undefined): Author {
  return name ? { role, name } : { role };
}

/** Checks the request's key against document `id` at `needed` (maps: `authorize`; workspaces: `authorizeWorkspace`). */
export type Authorizer = (storage: Storage, req: IncomingMessage, id: string, needed: Role) => Promise<{ role: Role }>;

/** The version and role of `:id/versions/:vid` for `needed`. */
export async function withVersion(ctx: RequestContext, needed: Role, check: Authorizer = authorize) {
  const id = ctx.params.id as string;
  const vid = versionId(ctx.params);
  const { role } = await check(ctx.app.storage, ctx.req, id, needed);
  const version = await ctx.app.history.load(id, vid).catch(asHttp);
  return { id, vid, role, version };
}

/**
 * The version routes maps and workspaces share (H1-H6, H9, H10): list and name versions,
 * restore one, and read the activity log, under `base` (`/api/maps` or `/api/workspaces`).
 */
export function sharedVersionRoutes(base: string, check: Authorizer): Route[] {
  return [
    {
      method: "GET",
      path: `${base}/:id/versions`,
      async handle({ req, res, params, app }) {
        const id = params.id as string;
        await check(app.storage, req, id, "viewer");
        sendJson(res, 200, await app.storage.listVersions(id));
      },
    },
    {
      method: "POST",
      path: `${base}/:id/versions`,
      async handle({ req, res, params, app }) {
        const id = params.id as string;
        const { role } = await check(app.storage, req, id, "editor");
        const body = parse(NamedBody, await readJsonBody(req));
        sendJson(res, 201, await app.history.save(id, "named", { label: body.label, by: author(role, body.name) }).catch(asHttp));
      },
    },
    {
      method: "POST",
      path: `${base}/:id/versions/:vid/restore`,
      async handle(ctx) {
        const { id, vid, role } = await withVersion(ctx, "editor", check);
        const body = parse(RestoreBody, await readJsonBody(ctx.req));
        const result = await ctx.app.history.restore(id, vid, author(role, body?.name)).catch(asHttp);
        sendJson(ctx.res, 200, { restoredFrom: result.restoredFrom, savedAs: result.savedAs });
      },
    },
    {
      method: "GET",
      path: `${base}/:id/activity`,
      async handle({ req, res, params, url, app }) {
        const id = params.id as string;
        await check(app.storage, req, id, "viewer");
        sendJson(res, 200, await app.storage.listActivity(id, activityLimit(url)));
      },
    },
  ];
}

/**
 * api.md "History" (H1-H9): list, name, export, restore and copy versions of a map, restore
 * single cards, and read the activity log. Viewers read; editors change. A refused request
 * changes nothing.
 */
export const historyRoutes: Route[] = [
  ...sharedVersionRoutes("/api/maps", authorize),
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
];
