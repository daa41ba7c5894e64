import type { IncomingMessage, ServerResponse } from "node:http";
import { ID_PATTERN } from "../../shared/schema/common";
import { HttpError, sendError } from "./HttpError";
import { isExtraOrigin, originAllowed } from "./origin";
import type { AppContext, Route } from "./Route";

interface Compiled {
  readonly route: Route;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

function compile(route: Route): Compiled {
  const names: string[] = [];
  const source = route.path
    .split("/")
    .map((seg) => {
      if (seg.startsWith(":")) {
        names.push(seg.slice(1));
        return "([^/]*)";
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { route, regex: new RegExp(`^${source}$`), names };
}

/** What the router did with a request, for the request log line. */
export type Handled = "route" | "fallback";

/**
 * Dispatches API requests through the route table. A path parameter named `id` must match the
 * id pattern before anything else happens (400, S1). Requests from a foreign Origin are 403
 * (A32); allowed extra origins get CORS headers and preflight answers. A path that matches a
 * route but not its method is 405. Anything else goes to `fallback` (the static page).
 */
export function createRouter(
  routes: readonly Route[],
  app: AppContext,
  fallback: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void,
): (req: IncomingMessage, res: ServerResponse) => Promise<Handled> {
  const compiled = routes.map(compile);
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const matches = compiled
      .map((c) => ({ c, m: c.regex.exec(url.pathname) }))
      .filter((x): x is { c: Compiled; m: RegExpExecArray } => x.m !== null);
    if (matches.length === 0) {
      await fallback(req, res, url);
      return "fallback";
    }
    try {
      if (!originAllowed(req, app.config.allowedOrigins)) throw new HttpError(403, "Requests from this origin are not allowed.");
      const extra = isExtraOrigin(req, app.config.allowedOrigins);
      if (extra) {
        res.setHeader("access-control-allow-origin", extra);
        res.setHeader("vary", "Origin");
      }
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          "access-control-allow-methods": [...new Set(matches.map((x) => x.c.route.method))].join(", "),
          "access-control-allow-headers": "authorization, content-type",
          "access-control-max-age": "600",
        });
        res.end();
        return "route";
      }
      const hit = matches.find((x) => x.c.route.method === req.method);
      if (!hit) {
        throw new HttpError(405, `${req.method ?? "This method"} is not allowed here.`, undefined, {
          allow: [...new Set(matches.map((x) => x.c.route.method))].join(", "),
        });
      }
      const params: Record<string, string> = {};
      hit.c.names.forEach((name, i) => {
        params[name] = hit.m[i + 1] ?? "";
      });
      if (params.id !== undefined && !ID_PATTERN.test(params.id)) {
        throw new HttpError(400, "The map id must match [A-Za-z0-9_-]{1,64}.");
      }
      await hit.c.route.handle({ req, res, url, params, app });
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
      } else if (err instanceof HttpError) {
        sendError(res, err);
      } else {
        app.log.error("http.handler_failed", { path: url.pathname, message: (err as Error).message });
        sendError(res, new HttpError(500, "The server could not handle this request."));
      }
    }
    return "route";
  };
}
