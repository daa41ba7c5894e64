import type { ServerResponse } from "node:http";
import type { Journey } from "../../../shared/schema/journey";
import { renderJourneySvg } from "../../../shared/export/svg";
import { exportFileName } from "../../../shared/export/fileName";
import { mapContext } from "../../workspaces/workspaceContent";
import { HeavyWorkFailed } from "../../work/HeavyWork";
import { storedParts } from "../../work/storedParts";
import { authorize } from "../auth";
import { HttpError } from "../HttpError";
import type { Route } from "../Route";

/** The `?lang=` of an SVG export: `en` (default) or `de`; anything else is 400. */
export function svgLang(url: URL): "en" | "de" {
  const lang = url.searchParams.get("lang") ?? "en";
  if (lang !== "en" && lang !== "de") {
    throw new HttpError(400, "`lang` must be en or de.", [{ path: "lang", message: "must be en or de" }]);
  }
  return lang;
}

/** Sends `journey` as the SVG attachment (X9), with headers that forbid running or fetching anything. */
export function sendJourneySvg(res: ServerResponse, journey: Journey, lang: "en" | "de"): void {
  sendSvg(res, renderJourneySvg(journey, { lang }), journey.title);
}

/** Sends `svg` (text or UTF-8 bytes) as the attachment named after `title`, with {@link sendJourneySvg}'s headers. */
function sendSvg(res: ServerResponse, svg: string | Uint8Array, title: string): void {
  res.writeHead(200, {
    "content-type": "image/svg+xml",
    "content-length": Buffer.byteLength(svg),
    "content-disposition": `attachment; filename="${exportFileName(title, "svg")}"`,
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  });
  res.end(svg);
}

/**
 * GET /api/maps/:id/export.svg (viewer): the map as the standalone SVG picture, as an
 * attachment (shared/export/README.md, X9), drawn in the worker thread (S47). The body is `renderJourneySvg` of the journey the
 * document holds, read exactly as `export.json` and the page read it, so the page's "Export
 * SVG" gives the same bytes. `?lang=de` labels the picture in German (default English). The
 * headers forbid the browser to run or fetch anything should the file be opened from here.
 */
export const exportSvgRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/maps/:id/export.svg",
    async handle({ req, res, params, url, app }) {
      const id = params.id as string;
      await authorize(app.storage, req, id, "viewer");
      app.rates.exportSvg(req);
      const lang = svgLang(url);
      // Read and drawn in the worker thread (S47): a 20,000-card map is seconds of CPU.
      const ctx = await mapContext(app, id);
      const parts = await storedParts(app, id);
      if (parts === null) throw new HttpError(404, "There is no such map.");
      const drawn = await app.work.svg(parts, id, ctx.workspace, ctx.only, lang).catch((err: unknown) => {
        if (err instanceof HeavyWorkFailed) throw new HttpError(503, "The picture could not be drawn right now; try again shortly.");
        throw err;
      });
      sendSvg(res, drawn.svg, drawn.title);
    },
  },
];
