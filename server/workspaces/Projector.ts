import type * as Y from "yjs";
import { docToJourney, type Directory } from "../../shared/doc/docToJourney";
import { createJourneyReader, type JourneyReader } from "../../shared/doc/journeyReader";
import { readCreatedDays } from "../../shared/doc/readCreatedDays";
import type { Journey } from "../../shared/schema/journey";
import { directoryFor } from "../../shared/workspace/compose";
import type { Workspace } from "../../shared/workspace/schema";
import { projectMap, type MapProjection } from "../../shared/workspace/projection";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { CommittedChange } from "../sync/commitHook";
import type { Rooms } from "../sync/Rooms";
import { withDoc } from "../sync/withDoc";
import { bytesOf, HEAVY_STATE_BYTES } from "../work/docReadings";
import type { HeavyWork } from "../work/HeavyWork";
import { storedParts } from "../work/storedParts";
import { readFullJourney, readWorkspace } from "./workspaceContent";
import type { WorkspaceLive } from "./WorkspaceLive";

/**
 * Keeps each map's projection (WA7) up to date, OFF the commit path: it listens on the
 * after-commit hook (S18), collects the changed documents, and in a later macrotask reads each
 * changed map once (its loaded room's document, else the store), computes its projection with
 * its workspace's directory, stores it, and tells the workspace's live sockets (WA12). A change
 * of a workspace document tells its sockets too (the views read its directory). A big map is
 * read and projected in the worker thread from its state's bytes (S54).
 *
 * At most one pass per `PROJECT_INTERVAL_MS` (WA20): a change after a quiet spell is projected in
 * the next macrotask; the commits of a busy room (a workshop commits many times a second) wait for
 * the next pass and are projected together, from the document's latest state.
 */
/** The shortest time between two projection passes (WA20). */
export const PROJECT_INTERVAL_MS = 250;

export class Projector {
  private readonly dirty = new Map<string, { seq: number; at: string }>();
  private scheduled = false;
  /** When the last pass started (`performance.now()`). */
  private lastPass = -Infinity;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  /** Milliseconds each projection update took (read, compute, store), newest last; for the bench. */
  readonly timings: number[] = [];
  private readonly stop: () => void;
  private readonly workspaces = new Map<string, Workspace>();
  private readonly directories = new WeakMap<Workspace, Map<string, Directory>>();
  private readonly readers = new WeakMap<Y.Doc, { mapId: string; holder: { workspace: Workspace }; reader: JourneyReader }>();

  constructor(
    private readonly app: { storage: Storage; rooms: Rooms; log: Logger },
    private readonly live: WorkspaceLive,
    private readonly work?: HeavyWork,
  ) {
    this.stop = app.rooms.hooks.add((change) => this.onCommit(change));
  }

  private onCommit(change: CommittedChange): void {
    // A workspace's directory changed: the next projections of its maps read it again.
    this.workspaces.delete(change.docId);
    this.dirty.set(change.docId, { seq: change.seq, at: change.at });
    this.schedule();
  }

  /** Recomputes a map's projection now (after it was created outside a room). */
  refresh(mapId: string): void {
    if (!this.dirty.has(mapId)) this.dirty.set(mapId, { seq: 0, at: new Date().toISOString() });
    this.schedule(true);
  }

  /** A pass after the interval (WA20), or in the next macrotask when `now` (a map was just created or moved in). */
  private schedule(now = false): void {
    if (this.scheduled && !(now && this.timer)) return;
    if (this.timer) clearTimeout(this.timer);
    this.scheduled = true;
    const run = (): void => {
      this.timer = null;
      this.running = this.running.then(() => this.flush());
    };
    const wait = now ? 0 : this.lastPass + PROJECT_INTERVAL_MS - performance.now();
    if (wait <= 0) setImmediate(run);
    else this.timer = setTimeout(run, wait);
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
    this.lastPass = performance.now();
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

  /** The workspace as last read, until its document changes (then `onCommit` drops it). */
  private async workspace(id: string): Promise<Workspace | null> {
    const hit = this.workspaces.get(id);
    if (hit) return hit;
    const read = await readWorkspace(this.app, id);
    if (read) this.workspaces.set(id, read);
    return read;
  }

  /** The directory map `mapId` reads from `workspace`, the same object while the workspace does not change. */
  private directory(workspace: Workspace, mapId: string): Directory {
    let byMap = this.directories.get(workspace);
    if (!byMap) this.directories.set(workspace, (byMap = new Map()));
    let dir = byMap.get(mapId);
    if (!dir) byMap.set(mapId, (dir = directoryFor(workspace, mapId)));
    return dir;
  }

  /**
   * The map's journey with its workspace's directory: through an incremental reader kept for a
   * loaded room's document (after an edit it re-reads only the changed entities), else a full read.
   */
  private read(doc: Y.Doc, mapId: string, workspace: Workspace | null, loaded: boolean): Journey {
    if (!workspace) return readFullJourney(doc, mapId, null);
    if (!loaded) return docToJourney(doc, this.directory(workspace, mapId)).journey;
    let entry = this.readers.get(doc);
    if (!entry || entry.mapId !== mapId) {
      const holder = { workspace };
      entry = { mapId, holder, reader: createJourneyReader(doc, () => this.directory(holder.workspace, mapId)) };
      this.readers.set(doc, entry);
    }
    entry.holder.workspace = workspace;
    return entry.reader.read().journey;
  }

  /** Computes and stores one map's projection; false when the map is gone. */
  private async project(mapId: string, workspaceId: string, seq: number, at: string): Promise<boolean> {
    const started = performance.now();
    const workspace = await this.workspace(workspaceId);
    const updatedAt = seq === 0 ? ((await this.app.storage.getMap(mapId))?.updatedAt ?? at) : at;
    const json = (await this.offThread(mapId, workspace, updatedAt)) ?? (await this.here(mapId, workspace, updatedAt));
    if (json === null) return false;
    await this.app.storage.workspaces.putProjection({ mapId, seq, json });
    this.timings.push(performance.now() - started);
    if (this.timings.length > 1000) this.timings.splice(0, this.timings.length - 1000);
    return true;
  }

  /** The projection computed here, from the loaded room's document (incrementally) or the store; `null` when the map is gone. */
  private async here(mapId: string, workspace: Workspace | null, updatedAt: string): Promise<string | null> {
    const room = this.app.rooms.peek(mapId);
    const loaded = room !== undefined && !room.dead;
    const projection = await withDoc(this.app, mapId, (doc): MapProjection =>
      projectMap(this.read(doc, mapId, workspace, loaded), readCreatedDays(doc), updatedAt),
    );
    return projection ? JSON.stringify(projection) : null;
  }

  /**
   * The projection of a big map, computed in the worker thread from its state's bytes (S54);
   * `undefined` for a small map (computed here) or without a worker. A loaded document's
   * incremental reader is dropped: after a change this big it would re-read everything here.
   */
  private async offThread(mapId: string, workspace: Workspace | null, updatedAt: string): Promise<string | null | undefined> {
    if (!this.work) return undefined;
    const room = this.app.rooms.peek(mapId);
    const loaded = room !== undefined && !room.dead;
    const parts = loaded ? room.log.stateParts() : await storedParts(this.app, mapId);
    if (parts === null) return null;
    if (bytesOf(parts) < HEAVY_STATE_BYTES) return undefined;
    if (loaded) this.forgetReader(room.doc);
    return this.work.projection(parts, mapId, workspace, updatedAt);
  }

  private forgetReader(doc: Y.Doc): void {
    this.readers.get(doc)?.reader.dispose();
    this.readers.delete(doc);
  }

  close(): void {
    this.stop();
    if (this.timer) clearTimeout(this.timer);
  }
}
