/**
 * The code of each page, one chunk each (the map page never downloads the home page and its
 * templates, the home page never downloads the canvas). `App` renders them lazily; the page's
 * first chunk starts the load of the addressed one at once ({@link preloadPage}).
 */
import type { Route } from "./route";

export const pageLoaders = {
  home: () => import("../home/HomePage"),
  map: () => import("../map/MapPage"),
  workspace: () => import("../workspace/WorkspacePage"),
};

/**
 * Starts loading the code of the page at `route` now, beside its first answers (WA18) and the
 * shell's own code, instead of after the shell's first render. The browser loads each module
 * once, so the page's `lazy` import takes this load.
 */
export function preloadPage(route: Route): void {
  // A load that fails here fails again, and is reported, when the page renders.
  if (route.page !== "notFound") pageLoaders[route.page]().catch(() => undefined);
}
