import { HttpError, sendJson } from "../HttpError";
import { isLoopbackAddress } from "../loopback";
import type { Route } from "../Route";

/** `/healthz` (A13) and `/metrics` (A14, loopback only). */
export const healthRoutes: Route[] = [
  {
    method: "GET",
    path: "/healthz",
    async handle({ res, app }) {
      try {
        await app.storage.probeWrite();
      } catch {
        throw new HttpError(503, "The store cannot write.");
      }
      sendJson(res, 200, { ok: true });
    },
  },
  {
    method: "GET",
    path: "/metrics",
    async handle({ req, res, app }) {
      if (!isLoopbackAddress(req.socket.remoteAddress)) throw new HttpError(403, "Metrics are served on loopback only.");
      const text = app.metrics.render({ rooms: app.rooms.size, sockets: app.rooms.socketCount, maps: await app.storage.countMaps(), presenceBytes: app.rooms.presenceBytes });
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" });
      res.end(text);
    },
  },
];
