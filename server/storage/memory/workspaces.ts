import { StorageError, type MapRecord } from "../Storage";
import type { DocKind, StoredProjection, WorkspaceStore } from "../WorkspaceStore";

/** What the memory workspace store needs of the memory store's documents. */
export interface MemoryDocs {
  has(id: string): boolean;
  create(record: MapRecord, snapshot: Uint8Array): void;
  remove(id: string): void;
  check(): void;
}

/** The in-process workspace store (tests, benchmarks); see WorkspaceStore. */
export class MemoryWorkspaceStore implements WorkspaceStore {
  private readonly workspaces = new Set<string>();
  /** map id -> [workspace id, position] */
  private readonly members = new Map<string, { workspaceId: string; position: number }>();
  private readonly projections = new Map<string, StoredProjection>();

  constructor(private readonly docs: MemoryDocs) {}

  private isMap(id: string): boolean {
    return this.docs.has(id) && !this.workspaces.has(id);
  }

  private next(workspaceId: string): number {
    let max = -1;
    for (const m of this.members.values()) if (m.workspaceId === workspaceId) max = Math.max(max, m.position);
    return max + 1;
  }

  async createWorkspace(record: MapRecord, snapshot: Uint8Array, mapIds: readonly string[] = []): Promise<void> {
    this.docs.check();
    const missing = mapIds.find((id) => !this.isMap(id));
    if (missing !== undefined) throw new StorageError(`no map ${missing}`);
    this.docs.create(record, snapshot);
    this.workspaces.add(record.id);
    mapIds.forEach((id, position) => this.members.set(id, { workspaceId: record.id, position }));
  }

  async createMapIn(workspaceId: string, record: MapRecord, snapshot: Uint8Array): Promise<void> {
    this.docs.check();
    if (!this.workspaces.has(workspaceId)) throw new StorageError(`no workspace ${workspaceId}`);
    const position = this.next(workspaceId);
    this.docs.create(record, snapshot);
    this.members.set(record.id, { workspaceId, position });
  }

  async moveMap(mapId: string, workspaceId: string): Promise<boolean> {
    this.docs.check();
    if (!this.isMap(mapId) || !this.workspaces.has(workspaceId)) return false;
    this.members.set(mapId, { workspaceId, position: this.next(workspaceId) });
    return true;
  }

  async kindOf(id: string): Promise<DocKind> {
    if (this.workspaces.has(id)) return { kind: "workspace" };
    if (!this.docs.has(id)) return { kind: "none" };
    return { kind: "map", workspaceId: this.members.get(id)?.workspaceId ?? null };
  }

  private ordered(workspaceId: string): string[] {
    return [...this.members.entries()]
      .filter(([id, m]) => m.workspaceId === workspaceId && this.docs.has(id))
      .sort((a, b) => a[1].position - b[1].position || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => id);
  }

  async mapsOf(workspaceId: string): Promise<string[]> {
    return this.ordered(workspaceId);
  }

  async mapsWithoutWorkspace(): Promise<string[]> {
    return this.allDocs().filter((id) => !this.workspaces.has(id) && !this.members.has(id));
  }

  /** Every stored document id, in creation order (set by the memory store). */
  allDocs: () => string[] = () => [];

  async putProjection(p: StoredProjection): Promise<void> {
    this.docs.check();
    const had = this.projections.get(p.mapId);
    if (!had || p.seq >= had.seq) this.projections.set(p.mapId, { ...p });
  }

  async projectionsOf(workspaceId: string): Promise<StoredProjection[]> {
    return this.ordered(workspaceId).flatMap((id) => {
      const p = this.projections.get(id);
      return p ? [{ ...p }] : [];
    });
  }

  async deleteWorkspace(id: string): Promise<string[] | null> {
    this.docs.check();
    if (!this.workspaces.has(id)) return null;
    const maps = [...this.members.entries()].filter(([, m]) => m.workspaceId === id).map(([mapId]) => mapId);
    for (const mapId of [...maps, id]) {
      this.docs.remove(mapId);
      this.members.delete(mapId);
      this.projections.delete(mapId);
    }
    this.workspaces.delete(id);
    return maps;
  }

  async forgetMap(mapId: string): Promise<void> {
    this.members.delete(mapId);
    this.projections.delete(mapId);
  }

  private exclusiveTail: Promise<unknown> = Promise.resolve();

  /** Only this process opens the store: `fn` runs after every earlier `exclusive` of this process. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusiveTail.then(fn, fn);
    this.exclusiveTail = run.catch(() => undefined);
    return run;
  }
}
