import { validateJourney } from "../../../shared/validate";
import { readTitle, replacementUpdate } from "../../maps/mapContent";
import type { IncomingMessage } from "node:http";
import type { Journey } from "../../../shared/schema/journey";
import { splitJourney, writeMapPart } from "../../../shared/workspace/compose";
import type { Workspace } from "../../../shared/workspace/schema";
import type { Role } from "../../sync/RoomSocket";
import { DocWriteError, mapContext, submitChange, submitCommands, type MapContext } from "../../workspaces/workspaceContent";
import { authorize, bearerKey } from "../auth";
import { checkWorkspaceAccess } from "../workspaceAuth";
import { readJsonBody } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { AppContext, Route } from "../Route";

/**
 * PUT of a map inside a workspace (WA14): the file is split against the workspace (WS5); what
 * it adds to the workspace (teams, people, OKRs) needs a workspace editor key when the
 * workspace is shared with other journeys (a map key never writes a shared workspace); then the map's own part replaces its content in one change.
 */
async function replaceInWorkspace(app: AppContext, req: IncomingMessage, id: string, ctx: MapContext, journey: Journey, role: Role): Promise<void> {
  const workspaceId = ctx.workspaceId as string;
  const split = splitJourney(journey, ctx.workspace as Workspace, id);
  try {
    if (split.workspaceCommands.length > 0) {
      // The only journey of a workspace owns its directory: its own editor may add to it (A20).
      const access = ctx.only ? null : await checkWorkspaceAccess(app.storage, workspaceId, bearerKey(req), "editor");
      if (access && !access.ok) throw new HttpError(403, "This file adds teams, people or OKRs to a shared workspace; that needs a workspace editor key.");
      await submitCommands(app, workspaceId, split.workspaceCommands, access?.ok ? access.role : role);
    }
    await submitChange(app, id, (doc) => doc.transact(() => writeMapPart(doc, split), "server"), role);
  } catch (err) {
    if (err instanceof DocWriteError) throw new HttpError(err.status, "The change could not be stored; the map was not changed.");
    throw err;
  }
}

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
      const ctx = await mapContext(app, id);
      if (ctx.workspaceId !== null && ctx.workspace !== null) {
        await replaceInWorkspace(app, req, id, ctx, result.journey, role);
        const record = await app.storage.getMap(id);
        if (!record) throw new HttpError(404, "There is no such map.");
        app.log.info("map.replaced", { map: id });
        sendJson(res, 200, { id, title: result.journey.title, role, updatedAt: record.updatedAt });
        return;
      }
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
