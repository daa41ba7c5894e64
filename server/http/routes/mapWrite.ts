
import { authorize } from "../auth";
import { readBodyBytes } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { Route } from "../Route";

/**
 * PUT /api/maps/:id (A20, editor): the map's content becomes the body's journey in one change.
 * The change is computed on a scratch copy and goes through the room's commit path like a
 * socket's update, so it is stored before any live client sees it (A27), and every live
 * client sees it at once.
 */
export const mapWriteRoutes: Route[] = [
  {
    method: "PUT",
    path: "/api/maps/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { role } = await authorize(app.storage, req, id, "editor");
      const body = await readBodyBytes(req);
      const room = await app.rooms.acquire(id);
      if (!room) throw new HttpError(404, "There is no such map.");
      let title: string;
      try {
        // Parsed, validated and diffed against the room's state in the worker (S26). Edits
        // that arrive meanwhile are concurrent with the replacement, as with any two editors.
        const result = await app.work.journey(body, room.state()).catch(() => {
          throw new HttpError(503, "The change could not be prepared; the map was not changed.");
        });
        if (!result.ok) throw new HttpError(400, result.message || "The journey file is not valid; the map was not changed.", result.issues);
        title = result.title;
        await room.submit(result.update, { role }).catch(() => {
          throw new HttpError(503, "The change could not be stored; the map was not changed.");
        });
      } finally {
        app.rooms.release(room);
      }
      const record = await app.storage.getMap(id);
      if (!record) throw new HttpError(404, "There is no such map.");
      app.log.info("map.replaced", { map: id });
      sendJson(res, 200, { id, title, role, updatedAt: record.updatedAt });
    },
  },
];
