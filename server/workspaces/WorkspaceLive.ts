import { encodeWorkspaceChanged } from "../../shared/protocol";

/** A live workspace socket as the notifier sees it. */
export interface LiveSocket {
  send(data: Uint8Array): void;
  readonly bufferedAmount: number;
}

/** Least time between two notices to one workspace (at most ~5 per second, WA12). */
export const NOTICE_INTERVAL_MS = 200;
/** A socket this far behind skips notices (the next one names every map again). */
const MAX_BEHIND = 1024 * 1024;

/**
 * The workspace sockets opened with `live=1` and the coalesced `MESSAGE_WORKSPACE_CHANGED`
 * notices they get (WA12): the maps named since the last notice, at most one notice per
 * {@link NOTICE_INTERVAL_MS} per workspace.
 */
export class WorkspaceLive {
  private readonly sockets = new Map<string, Set<LiveSocket>>();
  private readonly pending = new Map<string, { maps: Set<string>; workspace: boolean }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();
  /** Notices sent (tests and metrics). */
  sent = 0;

  add(workspaceId: string, socket: LiveSocket): () => void {
    let set = this.sockets.get(workspaceId);
    if (!set) this.sockets.set(workspaceId, (set = new Set()));
    set.add(socket);
    return () => {
      set.delete(socket);
      if (set.size === 0) this.sockets.delete(workspaceId);
    };
  }

  /** Notes that the projections of `mapIds` (or the workspace document itself) changed. */
  changed(workspaceId: string, mapIds: readonly string[], workspace = false): void {
    if (!this.sockets.has(workspaceId)) return;
    let p = this.pending.get(workspaceId);
    if (!p) this.pending.set(workspaceId, (p = { maps: new Set(), workspace: false }));
    for (const id of mapIds) p.maps.add(id);
    p.workspace ||= workspace;
    if (this.timers.has(workspaceId)) return;
    const wait = Math.max(0, (this.lastSent.get(workspaceId) ?? 0) + NOTICE_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => this.flush(workspaceId), wait);
    timer.unref();
    this.timers.set(workspaceId, timer);
  }

  private flush(workspaceId: string): void {
    this.timers.delete(workspaceId);
    const p = this.pending.get(workspaceId);
    this.pending.delete(workspaceId);
    const sockets = this.sockets.get(workspaceId);
    if (!p || !sockets) return;
    this.lastSent.set(workspaceId, Date.now());
    const message = encodeWorkspaceChanged(p.workspace ? { maps: [...p.maps], workspace: true } : { maps: [...p.maps] });
    for (const s of sockets) {
      if (s.bufferedAmount > MAX_BEHIND) continue;
      try {
        s.send(message);
        this.sent++;
      } catch {
        // A closing socket; its close handler removes it.
      }
    }
  }

  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
