/**
 * A change source that exists before what it relays: a reader subscribes at once, and the
 * real signal (made later, with a connection) is wired to `emit`.
 */
export interface ChangeRelay {
  subscribe(listener: () => void): () => void;
  /** Tells every listener (a stable function: pass it as a listener itself). */
  readonly emit: () => void;
}

export function createChangeRelay(): ChangeRelay {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: () => {
      for (const l of [...listeners]) l();
    },
  };
}
