import { useCallback, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";

/**
 * This page's local workshop state, shared by the header, the canvas layer and the card badges
 * of one map (they are siblings in the shell, so they meet here rather than in props). It is
 * never synced: following someone, the follow requests I stepped out of, the open comment
 * thread. One store per awareness object, i.e. per open map.
 */
export interface WorkshopUiState {
  /** The Yjs client id whose view I follow, or `null`. */
  readonly following: number | null;
  /** The follow-me request that made me follow, or `null` when I chose to follow. */
  readonly followRequest: string | null;
  /** Follow-me request ids I stepped out of (or ended by panning). */
  readonly declined: ReadonlySet<string>;
  /** The card whose comment thread is open in the floating panel, or `null`. */
  readonly commentsCardId: string | null;
  /** My current follow-me request id (I asked everyone to follow me), or `null`. */
  readonly myFollowRequest: string | null;
  /** The stage I show while presenting (index into the map's stages). */
  readonly presentStage: number;
}

const INITIAL: WorkshopUiState = { following: null, followRequest: null, declined: new Set(), commentsCardId: null, myFollowRequest: null, presentStage: 0 };

/** A tiny external store for `WorkshopUiState`. */
export class WorkshopUiStore {
  private state: WorkshopUiState = INITIAL;
  private readonly listeners = new Set<() => void>();

  get(): WorkshopUiState {
    return this.state;
  }

  update(change: (state: WorkshopUiState) => Partial<WorkshopUiState>): void {
    const next = { ...this.state, ...change(this.state) };
    if (Object.keys(next).every((k) => next[k as keyof WorkshopUiState] === this.state[k as keyof WorkshopUiState])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const stores = new WeakMap<Awareness, WorkshopUiStore>();

/** The store of the map whose awareness this is. */
export function workshopUiStore(awareness: Awareness): WorkshopUiStore {
  let store = stores.get(awareness);
  if (!store) {
    store = new WorkshopUiStore();
    stores.set(awareness, store);
  }
  return store;
}

/** The local workshop state of this map and its store. */
export function useWorkshopUi(awareness: Awareness): [WorkshopUiState, WorkshopUiStore] {
  const store = workshopUiStore(awareness);
  const get = useCallback(() => store.get(), [store]);
  return [useSyncExternalStore(store.subscribe, get, get), store];
}
