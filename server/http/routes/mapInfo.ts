import { readTitle } from "../../maps/mapContent";
import { authorize } from "../auth";
import { sendJson } from "../HttpError";
import type { Route } from "../Route";
import { withDoc } from "../../sync/withDoc";

/** GET /api/maps/:id (A36). */
export const mapInfoRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/maps/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { record, role } = await authorize(app.storage, req, id, "viewer");
      const title = await withDoc(app, id, readTitle);
      sendJson(res, 200, { id, title: title ?? "", role, updatedAt: record.updatedAt });
    },
  },
];
