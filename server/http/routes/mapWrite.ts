import { validateJourney } from "../../../shared/validate";
import { readTitle, replacementUpdate } from "../../maps/mapContent";
import { authorize } from "../auth";
import { readJsonBody } from "../body";
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
      const result = validateJourney(await readJsonBody(req));
      if (!result.ok) throw new HttpError(400, "The journey file is not valid; the map was not changed.", result.issues);
      // Whatever the PUT replaces stays restorable (H2): a version first, or no change at all.
      await app.history.save(id, "beforeReplace", { by: { role } }).catch(() => {
        throw new HttpError(503, "The current content could not be saved as a version; the map was not changed.");
      });
      const room = await app.rooms.acquire(id);
      if (!room) throw new HttpError(404, "There is no such map.");
      try {
        await room.submit(replacementUpdate(room.doc, result.journey), { role });
      } catch {
        throw new HttpError(503, "The change could not be stored; the map was not changed.");
      } finally {
        app.rooms.release(room);
      }
      const record = await app.storage.getMap(id);
      if (!record) throw new HttpError(404, "There is no such map.");
      app.log.info("map.replaced", { map: id });
      sendJson(res, 200, { id, title: room.dead ? result.journey.title : readTitle(room.doc), role, updatedAt: record.updatedAt });
    },
  },
];
