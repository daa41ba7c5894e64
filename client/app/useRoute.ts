import { useSyncExternalStore } from "react";
import { parseRoute, type Route } from "./route";

const listeners = new Set<() => void>();
let current: { href: string; route: Route } | null = null;

function snapshot(): Route {
  const href = location.pathname + location.hash;
  if (!current || current.href !== href) current = { href, route: parseRoute(location.pathname, location.hash) };
  return current.route;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  window.addEventListener("hashchange", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
    window.removeEventListener("hashchange", listener);
  };
}

/** Goes to another page of the app without reloading (history push). */
export function navigate(href: string): void {
  history.pushState(null, "", href);
  for (const l of listeners) l();
}

/** The current route, re-rendering on navigation and on back/forward. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
