/**
 * The page's addresses: `/` (home), `/m/<id>` (a map) and `/w/<id>[/<view>]` (a workspace and one
 * of its views); keys travel in the fragment `#k=<key>`.
 */
export type Route =
  | { readonly page: "home" }
  | { readonly page: "map"; readonly mapId: string; readonly key: string | null }
  | { readonly page: "workspace"; readonly workspaceId: string; readonly view: WorkspaceView; readonly key: string | null }
  | { readonly page: "notFound" };

/** The views of a workspace page, in the order of its tabs; "home" is `/w/<id>` itself. */
export const WORKSPACE_VIEWS = ["home", "backlog", "kpis", "teams", "people", "okrs", "metrics", "directory", "review", "decisions", "history"] as const;
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

const MAP_PATH = /^\/m\/([A-Za-z0-9_-]{1,64})\/?$/;
const WORKSPACE_PATH = /^\/w\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+))?\/?$/;

/** Reads a route from a location's path and fragment. Never throws. */
export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === "/" || pathname === "") return { page: "home" };
  const w = WORKSPACE_PATH.exec(pathname);
  if (w && w[1] !== undefined) {
    const view = WORKSPACE_VIEWS.find((v) => v === (w[2] ?? "home"));
    return view ? { page: "workspace", workspaceId: w[1], view, key: keyFromHash(hash) } : { page: "notFound" };
  }
  const m = MAP_PATH.exec(pathname);
  if (!m || m[1] === undefined) return { page: "notFound" };
  return { page: "map", mapId: m[1], key: keyFromHash(hash) };
}

/** The `k` parameter of a fragment like `#k=abc` (or `#foo=1&k=abc`), or null. */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const k = params.get("k");
  return k && k.length > 0 ? k : null;
}

/** The page path of a map with its key in the fragment. */
export function mapHref(mapId: string, key: string): string {
  return `/m/${encodeURIComponent(mapId)}#k=${encodeURIComponent(key)}`;
}

/**
 * A map link pasted by a person (a full URL or just the path) as `{mapId, key}`, or null when it
 * is not a Baton map link with a key.
 */
export function parseMapLink(text: string): { mapId: string; key: string } | null {
  let url: URL;
  try {
    url = new URL(text.trim(), "http://paste.invalid");
  } catch {
    return null;
  }
  const route = parseRoute(url.pathname, url.hash);
  if (route.page !== "map" || route.key === null) return null;
  return { mapId: route.mapId, key: route.key };
}

/** The page path of a workspace view with its key in the fragment. */
export function workspaceHref(workspaceId: string, key: string, view: WorkspaceView = "home"): string {
  const tail = view === "home" ? "" : `/${view}`;
  return `/w/${encodeURIComponent(workspaceId)}${tail}#k=${encodeURIComponent(key)}`;
}
