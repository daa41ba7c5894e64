import { participantKey } from "../../keys";
import { authorize } from "../auth";
import { sendJson } from "../HttpError";
import type { Route } from "../Route";

/**
 * `GET /api/maps/:id/participant` (editor, P1): the map's participant key and link, derived
 * from the owner key's stored hash, so any editor can share it (an editor cannot compute it).
 */
export const participantLinkRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/maps/:id/participant",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { record } = await authorize(app.storage, req, id, "editor");
      const key = participantKey(record.keyHashes.owner);
      sendJson(res, 200, { participantKey: key, link: `${app.publicUrl()}/m/${id}#k=${key}` });
    },
  },
];
