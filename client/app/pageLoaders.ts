/**
 * The code of each page, one chunk each (the map page never downloads the home page and its
 * templates, the home page never downloads the canvas). `App` renders them lazily; the page's
 * first chunk starts the load of the addressed one at once ({@link preloadPage}).
 */
import type { Route } from "./route";
import { initialLanguage } from "../i18n/initialLanguage";
import { LATER_MESSAGES } from "../i18n/laterMessages";

/**
 * A page's chunk with the messages its first screen does not hold (KB23, `withLaterMessages`):
 * the page renders once both are here. The catalogue is imported on demand, so this first
 * chunk stays without i18next and the messages.
 */
function withLater<M>(chunk: Promise<M>): Promise<M> {
  // The messages' file is asked for now, beside the page's code, not once i18next has loaded (WP13).
  LATER_MESSAGES[initialLanguage()]().catch(() => undefined);
  return Promise.all([chunk, import("../i18n/pageI18n").then((i) => i.loadLaterMessages())]).then(([m]) => m);
}

const loaders = {
  home: () => withLater(import("../home/HomePage")),
  map: () => import("../map/MapPage"),
  workspace: () => withLater(import("../workspace/WorkspacePage")),
};
type PageName = keyof typeof loaders;
type PageModule<K extends PageName> = Awaited<ReturnType<(typeof loaders)[K]>>;

/** Modules already loaded, by page. */
const loaded = new Map<PageName, unknown>();

/** A thenable that calls back at once: React's `lazy` renders a module it gives without suspending. */
function settled<T>(value: T): PromiseLike<T> {
  return { then: (ok) => settled(ok ? ok(value) : value) } as PromiseLike<T>;
}

/**
 * The module of `page`, for React's `lazy`: when it has already loaded (preloaded while the
 * shell loaded), a thenable that gives it at once, so the page renders in the shell's first
 * pass. A `lazy` that suspends shows its fallback, and React then holds the page back until
 * the fallback has been up for 300 ms (its reveal throttle), which cost the workspace page's
 * first paint that long after everything had arrived (issue 16).
 */
export function pageModule<K extends PageName>(page: K): PromiseLike<PageModule<K>> {
  if (loaded.has(page)) return settled(loaded.get(page) as PageModule<K>);
  return loaders[page]().then((m) => {
    loaded.set(page, m);
    return m as PageModule<K>;
  });
}

/**
 * Starts loading the code of the page at `route` now, beside its first answers (WA18) and the
 * shell's own code, instead of after the shell's first render. The browser loads each module
 * once, so the page's `lazy` import takes this load. A map's live connection opens when its code
 * is here (KB26).
 */
export function preloadPage(route: Route): void {
  // A load that fails here fails again, and is reported, when the page renders.
  if (route.page === "map") {
    // The map's connection opens as soon as the editor's code is here, not once it has mounted (KB26).
    Promise.resolve(pageModule("map"))
      .then((m) => m.preconnect(route.mapId, route.key))
      .catch(() => undefined);
  } else if (route.page !== "notFound") Promise.resolve(pageModule(route.page)).catch(() => undefined);
}
