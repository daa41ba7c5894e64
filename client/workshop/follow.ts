import type { WorkshopUiStore } from "./workshopUi";

/**
 * Starts following `clientId`'s view: by my own choice, or because of their follow-me
 * `request` (then following ends when they end the request).
 */
export function startFollowing(store: WorkshopUiStore, clientId: number, request: string | null = null): void {
  store.update(() => ({ following: clientId, followRequest: request }));
}

/**
 * Stops following. `request` is the follow-me request of the person I followed, if any: it is
 * remembered as declined, so their request does not pull me back at once.
 */
export function stopFollowing(store: WorkshopUiStore, request: string | null): void {
  store.update((s) => ({
    following: null,
    followRequest: null,
    declined: request && !s.declined.has(request) ? new Set([...s.declined, request]) : s.declined,
  }));
}
