import { CLOSE } from "../../../shared/protocol";
import { hashKeys, newKeys } from "../../keys";
import { authorize } from "../auth";
import { HttpError, sendJson } from "../HttpError";
import type { Route } from "../Route";
import { createdBody } from "./createMap";

/** POST /api/maps/:id/keys (A22) and DELETE /api/maps/:id (A23): owner only. */
export const mapAdminRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/maps/:id/keys",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "owner");
      const before = await app.storage.getMap(id);
      const keys = newKeys();
      if (!before || !(await app.storage.replaceKeys(id, hashKeys(keys)))) throw new HttpError(404, "There is no such map.");
      app.rooms.revoke(id, CLOSE.keysReplaced, "the map's keys were replaced", false);
      // A workspace of its own shares the map's keys (WA15): its keys are replaced with the map's,
      // so an old key opens neither the map nor, through its workspace, anything else.
      const kind = await app.storage.workspaces.kindOf(id);
      const ws = kind.kind === "map" && kind.workspaceId ? await app.storage.getMap(kind.workspaceId) : null;
      if (ws && ws.keyHashes.owner === before.keyHashes.owner) {
        await app.storage.replaceKeys(ws.id, hashKeys(keys));
        app.rooms.revoke(ws.id, CLOSE.keysReplaced, "the workspace's keys were replaced", false);
      }
      app.log.info("map.keys_replaced", { map: id });
      sendJson(res, 200, createdBody(app, id, keys));
    },
  },
  {
    method: "DELETE",
    path: "/api/maps/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "owner");
      app.rooms.revoke(id, CLOSE.mapDeleted, "the map was deleted", true);
      if (!(await app.storage.deleteMap(id))) throw new HttpError(404, "There is no such map.");
      await app.storage.workspaces.forgetMap(id);
      app.log.info("map.deleted", { map: id });
      res.writeHead(204, { "cache-control": "no-store" });
      res.end();
    },
  },
];
