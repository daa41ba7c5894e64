import { useEffect, useState, useSyncExternalStore } from "react";
import { ApiError } from "../api/api";
import { useWorkspaceSession } from "./WorkspaceSession";

export interface Resource<T> {
  /** The last answer (kept while a refetch runs, so views never flash empty). */
  readonly data: T | null;
  readonly error: ApiError | null;
}

/**
 * One of the server's cross-journey projections, fetched on mount and again each time the
 * workspace changes. Answers that arrive out of order are dropped (the newest request wins).
 * @param load the call, given the workspace id and key; its identity is keyed by `deps`
 */
export function useWorkspaceResource<T>(load: (id: string, key: string) => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const session = useWorkspaceSession();
  const version = useSyncExternalStore(session.changes.subscribe, session.changes.version);
  const [state, setState] = useState<Resource<T>>({ data: null, error: null });
  useEffect(() => {
    let live = true;
    load(session.id, session.key).then(
      // A revalidated answer that did not change is the same object: nothing to render again.
      (data) => live && setState((s) => (s.data === data && s.error === null ? s : { data, error: null })),
      (e: unknown) => live && setState((s) => ({ data: s.data, error: e instanceof ApiError ? e : new ApiError(0, String(e)) })),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `deps` say when it means something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.id, session.key, version, ...deps]);
  return state;
}
