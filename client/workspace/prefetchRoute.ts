import { parseRoute } from "../app/route";
import { deviceWorkspaces } from "../device/deviceWorkspaces";
import { pageClock } from "../map/clock";
import { prefetchWorkspace } from "./workspaceApi";

/**
 * On a workspace address, asks for the workspace and its view's first answer at once, before
 * the page's code has loaded and drawn (the home's overview, the backlog's first page): the
 * view then takes that answer instead of asking after its first render (issue 12 first paint).
 */
export function prefetchRoute(where: Pick<Location, "pathname" | "hash" | "search">): void {
  const route = parseRoute(where.pathname, where.hash);
  if (route.page !== "workspace") return;
  const key = route.key ?? deviceWorkspaces.find(route.workspaceId)?.key ?? null;
  if (key) prefetchWorkspace(route.workspaceId, key, route.view, pageClock(where.search).today);
}
