import { z } from "zod";
import type { Command } from "../../../shared/commands/command";
import { applyDirectory, DocWriteError, mapContext, submitCommands } from "../../workspaces/workspaceContent";
import { allParticipantCommands } from "../../../shared/commands/participantCommands";
import { authorize } from "../auth";
import { readJsonBody } from "../body";
import { HttpError, sendJson } from "../HttpError";
import type { AppContext, RequestContext, Route } from "../Route";
import type { Role } from "../../sync/RoomSocket";
import { authorizeWorkspace } from "../workspaceAuth";
import { submitWorkspaceCommands } from "../../workspaces/workspaceCommands";
import { zodToIssues } from "./createMap";

/** At most this many commands per request (one transaction). */
export const MAX_COMMANDS = 5000;
const Body = z.strictObject({ commands: z.array(z.unknown()).max(MAX_COMMANDS) });

async function run(app: AppContext, ctx: RequestContext, docId: string, role: Role, options: Parameters<typeof submitCommands>[4], workspace = false): Promise<void> {
  const parsed = Body.safeParse(await readJsonBody(ctx.req));
  if (!parsed.success) throw new HttpError(400, "The body must be {commands: Command[]}.", zodToIssues(parsed.error.issues));
  if (role === "participant" && !allParticipantCommands(parsed.data.commands)) {
    throw new HttpError(403, "A participant key may only vote and add, answer or resolve comments.");
  }
  try {
    const commands = parsed.data.commands as Command[];
    const result = workspace ? await submitWorkspaceCommands(app, docId, commands, role) : await submitCommands(app, docId, commands, role, options);
    sendJson(ctx.res, 200, result);
  } catch (err) {
    if (err instanceof DocWriteError) throw new HttpError(err.status, err.message);
    throw err;
  }
}

/**
 * `POST /api/maps/:id/commands` (editor; participant for votes and comments, P2) and
 * `POST /api/workspaces/:id/commands` (editor, WA13): the
 * page's `Command` union, checked and applied live in one transaction through the room, so
 * every open page sees it at once; `200 {applied, skipped: [{index, reason}]}`. A map inside
 * a workspace checks team and person references against the workspace and refuses directory
 * and OKR commands (they go to the workspace's endpoint).
 */
export const commandRoutes: Route[] = [
  {
    method: "POST",
    path: "/api/maps/:id/commands",
    async handle(ctx) {
      const id = ctx.params.id as string;
      // A participant may run votes and comments only (P2); `run` checks each command.
      const { role } = await authorize(ctx.app.storage, ctx.req, id, "participant");
      const map = await mapContext(ctx.app, id);
      await run(ctx.app, ctx, id, role, applyDirectory(map.workspace));
    },
  },
  {
    method: "POST",
    path: "/api/workspaces/:id/commands",
    async handle(ctx) {
      const id = ctx.params.id as string;
      const { role } = await authorizeWorkspace(ctx.app.storage, ctx.req, id, "editor");
      await run(ctx.app, ctx, id, role, {}, true);
    },
  },
];
