import { createHash } from "node:crypto";
import { readWorkspace } from "../../workspaces/workspaceContent";
import { HttpError } from "../HttpError";
import type { Route } from "../Route";
import { authorizeWorkspace } from "../workspaceAuth";

/**
 * `GET /api/workspaces/:id/document` (API-RULES.md WA18): the workspace document as the pages read
 * it (`docToWorkspace`: title, directory, OKRs, the metric series' definitions, decisions), so a
 * view paints from an HTTP answer, asked for while the page's code loads, before its socket has
 * synced the same document. Tagged by a hash of the body: a re-read that finds nothing new is 304.
 */
export const workspaceDocumentRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/workspaces/:id/document",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorizeWorkspace(app.storage, req, id, "viewer");
      const workspace = await readWorkspace(app, id);
      if (!workspace) throw new HttpError(404, "There is no such workspace.");
      const body = JSON.stringify(workspace);
      const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
      const held = req.headers["if-none-match"];
      if (held !== undefined && held.split(",").some((t) => t.trim() === etag)) {
        res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), etag, "cache-control": "no-cache" });
      res.end(body);
    },
  },
];
