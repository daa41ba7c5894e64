import type { IncomingMessage } from "node:http";
import type { Command } from "../../../shared/commands/command";
import type { Role } from "../../sync/RoomSocket";
import type { Room } from "../../sync/Room";
import { heavyWorkFailed } from "../../work/heavyWorkFailed";
import { mapContext, submitCommands, type MapContext } from "../../workspaces/workspaceContent";
import { authorize, bearerKey } from "../auth";
import { checkWorkspaceAccess } from "../workspaceAuth";
import { readBodyBytes } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { AppContext, Route } from "../Route";

/**
 * What a PUT adds to the map's workspace (teams, people, OKRs; WA14) needs a workspace editor
 * key when the workspace is shared with other journeys (a map key never writes a shared
 * workspace); the only journey of a workspace owns its directory, so its own editor may add to it.
 */
async function addToWorkspace(app: AppContext, req: IncomingMessage, ctx: MapContext, commands: readonly Command[], role: Role): Promise<void> {
  const workspaceId = ctx.workspaceId;
  if (workspaceId === null || commands.length === 0) return;
  const access = ctx.only ? null : await checkWorkspaceAccess(app.storage, workspaceId, bearerKey(req), "editor");
  if (access && !access.ok) throw new HttpError(403, "This file adds teams, people or OKRs to a shared workspace; that needs a workspace editor key.");
  await submitCommands(app, workspaceId, commands, access?.ok ? access.role : role).catch(() => {
    throw new HttpError(503, "The change could not be stored; the map was not changed.");
  });
}

/**
 * The PUT's work on a loaded room: the worker thread parses and validates the file and
 * computes the one update that turns the map's current state into it (split against the
 * workspace, WS5), off the event loop (S47); then a version of what is replaced, the
 * workspace's additions, and the map's change through the room's commit path. Returns the title.
 */
async function replace(app: AppContext, req: IncomingMessage, room: Room, ctx: MapContext, body: Uint8Array, role: Role): Promise<string> {
  const workspace = ctx.workspaceId !== null ? ctx.workspace : null;
  const built = await app.work.replaceJourney(body, room.id, room.log.stateParts(), workspace).catch(heavyWorkFailed("the map was not changed"));
  if (!built.ok) throw new HttpError(400, built.message || "The journey file is not valid; the map was not changed.", built.issues);
  // Whatever the PUT replaces stays restorable (H2): a version first, or no change at all.
  await app.history.save(room.id, "beforeReplace", { by: { role } }).catch(() => {
    throw new HttpError(503, "The current content could not be saved as a version; the map was not changed.");
  });
  await addToWorkspace(app, req, ctx, built.workspaceCommands, role);
  if (built.update) {
    await room.submit(built.update, { role }, built.slices ?? undefined).catch(() => {
      throw new HttpError(503, "The change could not be stored; the map was not changed.");
    });
  }
  return built.title;
}

/**
 * PUT /api/maps/:id (A20, editor): the map's content becomes the body's journey in one change.
 * The change is computed in the worker thread against the map's state when the request
 * arrived (S47) and goes through the room's commit path like a socket's update, so it is
 * stored before any live client sees it (A27), and every live client sees it at once. Edits
 * that arrive while the worker builds it are kept where the file does not replace them (S51).
 */
export const mapWriteRoutes: Route[] = [
  {
    method: "PUT",
    path: "/api/maps/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { role } = await authorize(app.storage, req, id, "editor");
      const body = await readBodyBytes(req);
      const ctx = await mapContext(app, id);
      const room = await app.rooms.acquire(id);
      if (!room) throw new HttpError(404, "There is no such map.");
      let title: string;
      try {
        title = await replace(app, req, room, ctx, body, role);
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
