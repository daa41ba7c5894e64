import { z } from "zod";
import { CLOSE } from "../../../shared/protocol";
import { isTemplateId, TEMPLATE_IDS, templateJourney } from "../../../shared/templates/index";
import { validateJourney } from "../../../shared/validate";
import { validateWorkspaceFile } from "../../../shared/workspace/validateWorkspaceFile";
import { exportWorkspaceFile, importWorkspaceFile } from "../../../shared/workspace/workspaceFile";
import { splitWorkspacePoints, withSeriesPoints } from "../../../shared/workspace/metricPointsInDoc";
import { hashKeys, newKeys, newMapId, roleForKey } from "../../keys";
import { buildWorkspace, createMapIn, createWorkspace, storeWorkspace, workspaceCreatedBody } from "../../workspaces/createDocs";
import { adoptMap } from "../../workspaces/adopt";
import { readWorkspace } from "../../workspaces/workspaceContent";
import { loadDocs } from "../../workspaces/loadDocs";
import { readProjections } from "../../workspaces/readProjections";
import { readJsonBody } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { Route } from "../Route";
import { authorizeWorkspace } from "../workspaceAuth";
import { createdBody, zodToIssues } from "./createMap";

/** A workspace file may be up to 50 MiB (WS8): its import reads a larger body than the API's 6 MiB. */
const WORKSPACE_BODY_BYTES = 51 * 1024 * 1024;

const CreateBody = z.strictObject({ title: z.string().min(1).max(200), lang: z.enum(["en", "de"]).optional() });
const NewMapBody = z.union([
  z.strictObject({ title: z.string().min(1).max(200).optional(), template: z.string().min(1).max(64).optional(), lang: z.enum(["en", "de"]).optional() }),
  z.strictObject({ journey: z.unknown() }),
]);
const AdoptBody = z.strictObject({ mapId: z.string().min(1).max(64), mapOwnerKey: z.string().min(1).max(200) });

const noWorkspace = (): HttpError => new HttpError(404, "There is no such workspace.");

/** The workspace API (workspace.md "API additions", API-RULES.md WA1-WA11). */
export const workspaceRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/workspaces",
    async handle({ req, res, app }) {
      const parsed = CreateBody.safeParse((await readJsonBody(req)) ?? {});
      if (!parsed.success) throw new HttpError(400, "The body is not a valid workspace request.", zodToIssues(parsed.error.issues));
      const { id, keys } = await createWorkspace(app, parsed.data.title);
      sendJson(res, 201, workspaceCreatedBody(app, id, keys));
    },
  },
  {
    method: "POST",
    path: "/api/workspaces/import",
    async handle({ req, res, app }) {
      const result = validateWorkspaceFile(await readJsonBody(req, WORKSPACE_BODY_BYTES));
      if (!result.ok) throw new HttpError(400, "The workspace file is not valid; nothing was stored.", result.issues);
      const mapIds = result.file.journeys.map(() => newMapId());
      const imported = importWorkspaceFile(result.file, mapIds);
      // The series' points go to storage beside the document (WK5); a failure there takes the workspace back.
      const { workspace, points } = splitWorkspacePoints(imported.workspace);
      const built = buildWorkspace(workspace, imported.journeys);
      const { id, keys } = await storeWorkspace(app, built.workspace, built.maps);
      if (points.size > 0) {
        try {
          await app.storage.metricPoints.upsertMany(id, points);
        } catch (err) {
          await app.storage.workspaces.deleteWorkspace(id).catch(() => null);
          throw err;
        }
      }
      sendJson(res, 201, workspaceCreatedBody(app, id, keys));
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { role } = await authorizeWorkspace(app.storage, req, id, "viewer");
      const workspace = await readWorkspace(app, id);
      if (!workspace) throw noWorkspace();
      const maps = (await readProjections(app, id)).map(({ id: mapId, projection: p }) => ({
        id: mapId, title: p.journey.title, status: p.journey.status ?? null, group: p.journey.group ?? null, tags: p.journey.tags ?? [], updatedAt: p.updatedAt,
      }));
      sendJson(res, 200, { id, title: workspace.title, role, maps });
    },
  },
  {
    method: "GET",
    path: "/api/workspaces/:id/export.json",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "viewer");
      const workspace = await readWorkspace(app, id);
      if (!workspace) throw noWorkspace();
      const docs = await loadDocs(app, await app.storage.workspaces.mapsOf(id));
      try {
        // The file carries the series' points (workspace.md), read from storage (WK5).
        const metrics = withSeriesPoints(workspace.metrics, await app.storage.metricPoints.all(id));
        sendJson(res, 200, exportWorkspaceFile({ ...workspace, metrics }, docs));
      } finally {
        for (const d of docs) d.release();
      }
    },
  },
  {
    method: "POST",
    path: "/api/workspaces/:id/maps",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "editor");
      const parsed = NewMapBody.safeParse((await readJsonBody(req)) ?? {});
      if (!parsed.success) throw new HttpError(400, "The body is not a valid map request.", zodToIssues(parsed.error.issues));
      let journey;
      let createdOn: string | undefined;
      if ("journey" in parsed.data) {
        const checked = validateJourney(parsed.data.journey);
        if (!checked.ok) throw new HttpError(400, "The journey file is not valid; nothing was stored.", checked.issues.map((i) => ({ ...i, path: i.path === "" ? "journey" : `journey.${i.path}` })));
        journey = checked.journey;
      } else {
        const { title, template = "blank", lang = "en" } = parsed.data;
        if (!isTemplateId(template)) throw new HttpError(400, `There is no template "${template}".`, [{ path: "template", message: `must be one of ${TEMPLATE_IDS.join(", ")}` }]);
        journey = templateJourney(template, lang, title);
        createdOn = new Date().toISOString().slice(0, 10);
      }
      const workspace = await readWorkspace(app, id);
      if (!workspace) throw noWorkspace();
      const { id: mapId, keys } = await createMapIn(app, id, journey, workspace, createdOn);
      sendJson(res, 201, createdBody(app, mapId, keys));
    },
  },
  {
    method: "POST",
    path: "/api/workspaces/:id/adopt",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "owner");
      const parsed = AdoptBody.safeParse((await readJsonBody(req)) ?? {});
      if (!parsed.success) throw new HttpError(400, "The body is not a valid adopt request.", zodToIssues(parsed.error.issues));
      const { mapId, mapOwnerKey } = parsed.data;
      const map = await app.storage.getMap(mapId);
      const kind = await app.storage.workspaces.kindOf(mapId);
      if (!map || kind.kind !== "map") throw new HttpError(404, "There is no such map.");
      if (roleForKey(mapOwnerKey, map.keyHashes) !== "owner") throw new HttpError(403, "mapOwnerKey is not the map's owner key.");
      if (kind.workspaceId === id) throw new HttpError(409, "The map is already in this workspace.");
      await adoptMap(app, mapId, kind.workspaceId, id);
      sendJson(res, 200, { id: mapId, workspace: { id } });
    },
  },
  {
    method: "POST",
    path: "/api/workspaces/:id/keys",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "owner");
      const keys = newKeys();
      if (!(await app.storage.replaceKeys(id, hashKeys(keys)))) throw noWorkspace();
      // Sockets opened with the old keys may be on any map of the workspace (WA4).
      for (const docId of [id, ...(await app.storage.workspaces.mapsOf(id))]) app.rooms.revoke(docId, CLOSE.keysReplaced, "the workspace's keys were replaced", false);
      app.log.info("workspace.keys_replaced", { workspace: id });
      sendJson(res, 200, workspaceCreatedBody(app, id, keys));
    },
  },
  {
    method: "DELETE",
    path: "/api/workspaces/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "owner");
      const maps = await app.storage.workspaces.mapsOf(id);
      for (const docId of [id, ...maps]) app.rooms.revoke(docId, CLOSE.mapDeleted, "the workspace was deleted", true);
      if ((await app.storage.workspaces.deleteWorkspace(id)) === null) throw noWorkspace();
      await app.storage.feedKeys.forgetWorkspace(id);
      await app.storage.metricPoints.forgetWorkspace(id);
      app.log.info("workspace.deleted", { workspace: id, maps: maps.length });
      res.writeHead(204, { "cache-control": "no-store" });
      res.end();
    },
  },
];
