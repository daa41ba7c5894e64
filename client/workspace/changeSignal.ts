/**
 * A debounced change signal: many notices within `waitMs` become one, so a burst of edits in
 * several journeys costs one refetch per view. `version` grows by one per delivered signal.
 */
export interface ChangeSignal {
  /** Announces a change; listeners hear it once per quiet period of `waitMs`. */
  notify(): void;
  subscribe(listener: () => void): () => void;
  /** Grows with every delivered signal (a `useSyncExternalStore` snapshot). */
  version(): number;
  dispose(): void;
}

/** A signal that delivers at most once per `waitMs` after the first notice of a burst. */
export function createChangeSignal(waitMs: number): ChangeSignal {
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let version = 0;
  const deliver = () => {
    timer = null;
    version++;
    for (const l of listeners) l();
  };
  return {
    notify() {
      // Throttle, not a trailing debounce: a steady stream of edits still refreshes the views.
      if (timer === null) timer = setTimeout(deliver, waitMs);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      listeners.clear();
    },
  };
}
