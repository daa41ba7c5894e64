import { rotationStatus } from "../../../shared/dso/rotation";
import { isCalendarDate } from "../../../shared/schema/common";
import { readTitle } from "../../maps/mapContent";
import { mapContext, readMapJourney } from "../../workspaces/workspaceContent";
import { withDoc } from "../../sync/withDoc";
import { authorize } from "../auth";
import { HttpError, sendJson } from "../HttpError";
import type { Route } from "../Route";

const noMap = (): HttpError => new HttpError(404, "There is no such map.");

/** Reads a viewer may do: GET /api/maps/:id (A17), export.json (A18), rotation (A21). */
export const mapReadRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/maps/:id",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      const { record, role } = await authorize(app.storage, req, id, "viewer");
      const title = await withDoc(app, id, readTitle);
      if (title === null) throw noMap();
      // The workspace the map belongs to (CONTRACT.md), so the page can show it and link back.
      const ctx = await mapContext(app, id);
      const workspace = ctx.workspaceId && ctx.workspace ? { workspace: { id: ctx.workspaceId, title: ctx.workspace.title } } : {};
      sendJson(res, 200, { id, title, role, updatedAt: record.updatedAt, ...workspace });
    },
  },
  {
    method: "GET",
    path: "/api/maps/:id/export.json",
    async handle({ req, res, params, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "viewer");
      const journey = await readMapJourney(app, id);
      if (journey === null) throw noMap();
      sendJson(res, 200, journey);
    },
  },
  {
    method: "GET",
    path: "/api/maps/:id/rotation",
    async handle({ req, res, params, url, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "viewer");
      const on = url.searchParams.get("on") ?? new Date().toISOString().slice(0, 10);
      if (!isCalendarDate(on)) {
        throw new HttpError(400, "`on` must be a real calendar day written YYYY-MM-DD.", [{ path: "on", message: "must be a date YYYY-MM-DD" }]);
      }
      const journey = await readMapJourney(app, id);
      if (journey === null) throw noMap();
      if (!journey.rotation) throw new HttpError(404, "This map has no rotation.");
      sendJson(res, 200, rotationStatus(journey.rotation, on));
    },
  },
];
