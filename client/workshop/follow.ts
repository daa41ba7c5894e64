import type { WorkshopUiStore } from "./workshopUi";

/** Starts following `clientId`'s view. */
export function startFollowing(store: WorkshopUiStore, clientId: number): void {
  store.update(() => ({ following: clientId }));
}

/**
 * Stops following. `request` is the follow-me request of the person I followed, if any: it is
 * remembered as declined, so their request does not pull me back at once.
 */
export function stopFollowing(store: WorkshopUiStore, request: string | null): void {
  store.update((s) => ({
    following: null,
    declined: request && !s.declined.has(request) ? new Set([...s.declined, request]) : s.declined,
  }));
}
