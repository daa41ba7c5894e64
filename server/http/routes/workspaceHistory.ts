import { docToWorkspace } from "../../../shared/workspace/workspaceDoc";
import { docOfState } from "../../history/journeyOfState";
import { sendJson } from "../HttpError";
import type { Route } from "../Route";
import { authorizeWorkspace } from "../workspaceAuth";
import { sharedVersionRoutes, withVersion } from "./history";

/** A workspace version's content: the workspace document as it was (H10). */
function workspaceOfState(state: Uint8Array) {
  const doc = docOfState(state);
  try {
    return docToWorkspace(doc).workspace;
  } finally {
    doc.destroy();
  }
}

/**
 * Versions of a workspace document (api.md "History": "the same four under
 * /api/workspaces/:id/versions", H10): list, name, export and restore, plus its activity log.
 * Workspace keys only (a map key is 401, WA2): viewers read, editors name and restore.
 */
export const workspaceHistoryRoutes: Route[] = [
  ...sharedVersionRoutes("/api/workspaces", authorizeWorkspace),
  {
    method: "GET",
    path: "/api/workspaces/:id/versions/:vid/export.json",
    async handle(ctx) {
      const { version } = await withVersion(ctx, "viewer", authorizeWorkspace);
      sendJson(ctx.res, 200, workspaceOfState(version.state));
    },
  },
];
