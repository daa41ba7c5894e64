import { readCreatedDays } from "../../shared/doc/readCreatedDays";
import { projectMap, type MapProjection } from "../../shared/workspace/projection";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { CommittedChange } from "../sync/commitHook";
import type { Rooms } from "../sync/Rooms";
import { withDoc } from "../sync/withDoc";
import { readFullJourney, readWorkspace } from "./workspaceContent";
import type { WorkspaceLive } from "./WorkspaceLive";

/**
 * Keeps each map's projection (WA7) up to date, OFF the commit path: it listens on the
 * after-commit hook (S18), collects the changed documents, and in a later macrotask reads each
 * changed map once (its loaded room's document, else the store), computes its projection with
 * its workspace's directory, stores it, and tells the workspace's live sockets (WA12). A change
 * of a workspace document tells its sockets too (the views read its directory).
 */
export class Projector {
  private readonly dirty = new Map<string, { seq: number; at: string }>();
  private scheduled = false;
  private running: Promise<void> = Promise.resolve();
  /** Milliseconds each projection update took (read, compute, store), newest last; for the bench. */
  readonly timings: number[] = [];
  private readonly stop: () => void;

  constructor(
    private readonly app: { storage: Storage; rooms: Rooms; log: Logger },
    private readonly live: WorkspaceLive,
  ) {
    this.stop = app.rooms.hooks.add((change) => this.onCommit(change));
  }

  private onCommit(change: CommittedChange): void {
    this.dirty.set(change.docId, { seq: change.seq, at: change.at });
    this.schedule();
  }

  /** Recomputes a map's projection now (after it was created outside a room). */
  refresh(mapId: string): void {
    if (!this.dirty.has(mapId)) this.dirty.set(mapId, { seq: 0, at: new Date().toISOString() });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.running = this.running.then(() => this.flush());
    });
  }

  /** Resolves once every change seen so far is projected. */
  async idle(): Promise<void> {
    while (this.scheduled || this.dirty.size > 0) {
      await new Promise((r) => setImmediate(r));
      await this.running;
    }
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = [...this.dirty.entries()];
    this.dirty.clear();
    const byWorkspace = new Map<string, string[]>();
    for (const [docId, { seq, at }] of batch) {
      try {
        const kind = await this.app.storage.workspaces.kindOf(docId);
        if (kind.kind === "workspace") {
          this.live.changed(docId, [], true);
          continue;
        }
        if (kind.kind !== "map" || kind.workspaceId === null) continue;
        if (await this.project(docId, kind.workspaceId, seq, at)) {
          const list = byWorkspace.get(kind.workspaceId) ?? [];
          list.push(docId);
          byWorkspace.set(kind.workspaceId, list);
        }
      } catch (err) {
        this.app.log.error("projection.failed", { doc: docId, message: (err as Error).message });
      }
    }
    for (const [workspaceId, maps] of byWorkspace) this.live.changed(workspaceId, maps);
  }

  /** Computes and stores one map's projection; false when the map is gone. */
  private async project(mapId: string, workspaceId: string, seq: number, at: string): Promise<boolean> {
    const started = performance.now();
    const workspace = await readWorkspace(this.app, workspaceId);
    const record = await this.app.storage.getMap(mapId);
    const projection = await withDoc(this.app, mapId, (doc): MapProjection =>
      projectMap(readFullJourney(doc, mapId, workspace), readCreatedDays(doc), record?.updatedAt ?? at),
    );
    if (!projection) return false;
    await this.app.storage.workspaces.putProjection({ mapId, seq, json: JSON.stringify(projection) });
    this.timings.push(performance.now() - started);
    if (this.timings.length > 1000) this.timings.splice(0, this.timings.length - 1000);
    return true;
  }

  close(): void {
    this.stop();
  }
}
