import * as Y from "yjs";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { Storage, StoredDoc } from "../storage/Storage";
import { CommitBatcher } from "./CommitBatcher";
import { CommitHooks } from "./commitHook";
import { Room, type Pending, type RoomOptions } from "./Room";
import { RoomLog, type InitialState } from "./RoomLog";
import { materialize } from "./roomState";
import { CLOSE } from "../../shared/protocol";

/** Revocations remembered at most, and for at most this long (S53): a join takes far less. */
export const MAX_EPOCHS = 1024;
export const EPOCH_TTL_MS = 10 * 60_000;

/** Builds a document from what the store holds; an update that does not decode or apply is skipped and logged (S24). */
export function docFromStored(stored: StoredDoc, log: Logger, id: string): Y.Doc {
  const { doc, failure } = materialize(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
  if (failure) log.error("room.load_skipped_update", { room: id, message: failure });
  return doc;
}

/**
 * The loaded rooms. A room is loaded once however many sockets ask at the same time (one shared
 * promise, S2), stays while it has sockets or reservations, and is unloaded `unloadDelayMs`
 * after its last socket left, once everything is stored and compacted (S8).
 */
export class Rooms {
  private readonly loaded = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | null>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /**
   * The last revocation (keys replaced, map deleted) per map, numbered by `revocations`; a join
   * checks none came after it began (S12). Bounded (S53): entries older than EPOCH_TTL_MS or
   * beyond MAX_EPOCHS are forgotten, oldest first, and `forgottenUpTo` remembers the newest
   * number forgotten, so a join that began before it is refused as if revoked (it retries).
   */
  private readonly epochs = new Map<string, { n: number; code: number; reason: string; at: number }>();
  private revocations = 0;
  private forgottenUpTo = 0;
  private readonly keepaliveTimer: NodeJS.Timeout;
  /** One storage transaction per tick for all rooms (S3). */
  private readonly commits: CommitBatcher<Pending>;
  /** The after-commit hook every listener (fan-out, projections, history) subscribes to (S18). */
  readonly hooks: CommitHooks;
  /** Told when a room is loaded (fan-out asks other instances for their presence, S23). */
  readonly onLoaded = new Set<(room: Room) => void>();
  /** Told of every revocation made HERE (fan-out carries it to other instances, S23). */
  readonly onRevoked = new Set<(id: string, code: number, reason: string, deleted: boolean) => void>();
  /** Told of presence changes made by this instance's sockets (fan-out, S23). */
  readonly onLocalAwareness = new Set<(room: Room, update: Uint8Array) => void>();

  constructor(
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly options: RoomOptions & { unloadDelayMs: number },
  ) {
    this.hooks = new CommitHooks(log);
    this.commits = new CommitBatcher<Pending>(storage, metrics, this.hooks);
    this.keepaliveTimer = setInterval(() => {
      const now = Date.now();
      this.forgetEpochs(now);
      for (const room of this.loaded.values()) room.keepalive(now);
    }, Math.max(250, Math.min(1000, Math.floor(options.keepaliveMs / 2))));
    this.keepaliveTimer.unref();
  }

  get size(): number {
    return this.loaded.size;
  }

  get socketCount(): number {
    let n = 0;
    for (const r of this.loaded.values()) n += r.peers.size;
    return n;
  }

  /** Bytes of presence states held by every loaded room (S19). */
  get presenceBytes(): number {
    let n = 0;
    for (const r of this.loaded.values()) n += r.presenceBytes;
    return n;
  }

  /** Every loaded room. */
  all(): IterableIterator<Room> {
    return this.loaded.values();
  }

  /** The loaded room, if any (no load). */
  peek(id: string): Room | undefined {
    return this.loaded.get(id);
  }

  /** Where revocations stand as a join of map `id` begins; `revokedSince` compares with it. */
  epoch(_id: string): number {
    return this.revocations;
  }

  /**
   * The close code and reason of a revocation of map `id` after `epoch`, or `null` when there was
   * none. When what happened after `epoch` is forgotten (S53), a retryable 1001 "try again".
   */
  revokedSince(id: string, epoch: number): { code: number; reason: string } | null {
    const e = this.epochs.get(id);
    if (e && e.n > epoch) return { code: e.code, reason: e.reason };
    return epoch < this.forgottenUpTo ? { code: CLOSE.goingAway, reason: "try again" } : null;
  }

  /** Revocations remembered (tests, S53). */
  get epochCount(): number {
    return this.epochs.size;
  }

  /** Forgets revocations older than EPOCH_TTL_MS and those beyond MAX_EPOCHS, oldest first (S53). */
  private forgetEpochs(now: number): void {
    for (const [id, e] of this.epochs) {
      if (this.epochs.size <= MAX_EPOCHS && now - e.at < EPOCH_TTL_MS) break;
      this.epochs.delete(id);
      this.forgottenUpTo = Math.max(this.forgottenUpTo, e.n);
    }
  }

  /**
   * Loads the room (or shares a load in progress) and reserves it, so it stays loaded until
   * `release` or a join. `null` when the map does not exist.
   */
  async acquire(id: string): Promise<Room | null> {
    const timer = this.unloadTimers.get(id);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(id);
    }
    let room = this.loaded.get(id);
    if (!room || room.dead) {
      let p = this.loading.get(id);
      if (!p) {
        p = this.load(id).finally(() => this.loading.delete(id));
        this.loading.set(id, p);
      }
      room = (await p) ?? undefined;
      if (!room) return null;
    }
    room.reservations++;
    return room;
  }

  /** Gives back a reservation taken by `acquire` (after the join, or when the join failed). */
  release(room: Room): void {
    room.reservations--;
    if (room.reservations === 0 && room.peers.size === 0) this.idle(room);
  }

  private async load(id: string): Promise<Room | null> {
    const started = performance.now();
    const stored = await this.storage.loadDoc(id);
    if (!stored) return null;
    const storedParts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    // A big snapshot plus a log is merged into one update in the worker first (S60): the room
    // keeps it as bytes, like a compacted map, and nothing big is decoded here.
    const parts = storedParts.length > 1 && this.isBig(storedParts) ? await this.merged(id, storedParts) : storedParts;
    // One stored update (the usual case after compaction) is served as it is; a snapshot plus a
    // log is built into a document at once, skipping any update that does not apply.
    const built = parts.length <= 1 ? null : materialize(parts);
    const initial: InitialState = built ? { doc: built.doc } : { state: parts[0] ?? Y.encodeStateAsUpdate(new Y.Doc()) };
    const log = new RoomLog(id, initial, { lastSeq: stored.lastSeq, logCount: stored.updates.length, logBytes: stored.logBytes }, {
      storage: this.storage,
      log: this.log,
      compactAfterUpdates: this.options.compactAfterUpdates,
      compactAfterBytes: this.options.compactAfterBytes,
      ...(this.options.verifySnapshot ? { verifySnapshot: this.options.verifySnapshot } : {}),
      ...(this.options.snapshotOf ? { snapshotOf: this.options.snapshotOf } : {}),
      ...(this.options.heavyStateBytes !== undefined ? { heavyStateBytes: this.options.heavyStateBytes } : {}),
      ...(this.options.stateVectorOf ? { stateVectorOf: this.options.stateVectorOf } : {}),
    });
    if (built?.failure) log.markDamaged(built.failure);
    const room = new Room(id, log, {
      commits: this.commits,
      log: this.log,
      metrics: this.metrics,
      options: this.options,
      onIdle: (r) => this.idle(r),
      onLocalAwareness: (r, update) => {
        for (const listener of this.onLocalAwareness) listener(r, update);
      },
    });
    this.loaded.set(id, room);
    this.log.info("room.loaded", { room: id, ms: Math.round(performance.now() - started), updates: stored.updates.length, merged: parts !== storedParts });
    for (const listener of this.onLoaded) listener(room);
    return room;
  }

  /** `true` when stored `parts` are a big state (S60): merged in the worker when there is one. */
  private isBig(parts: readonly Uint8Array[]): boolean {
    const { heavyStateBytes, snapshotOf } = this.options;
    return snapshotOf !== undefined && heavyStateBytes !== undefined && parts.reduce((n, p) => n + p.byteLength, 0) >= heavyStateBytes;
  }

  /**
   * The stored `parts` as one update, merged and checked in the worker (S60); the parts as they
   * are when one does not apply (or the worker failed): they are then built here, and the room
   * serves what can be read (S45).
   */
  private async merged(id: string, parts: readonly Uint8Array[]): Promise<readonly Uint8Array[]> {
    try {
      return [await (this.options.snapshotOf as (parts: readonly Uint8Array[]) => Promise<Uint8Array>)(parts)];
    } catch (err) {
      this.log.warn("room.merge_failed", { room: id, message: (err as Error).message });
      return parts;
    }
  }

  private idle(room: Room): void {
    if (room.dead) {
      if (this.loaded.get(room.id) === room) this.loaded.delete(room.id);
      room.destroy();
      return;
    }
    if (this.unloadTimers.has(room.id)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.id);
      void this.unload(room);
    }, this.options.unloadDelayMs);
    timer.unref();
    this.unloadTimers.set(room.id, timer);
  }

  /** Stores everything, compacts, and drops the room, unless a socket came back meanwhile. */
  private async unload(room: Room): Promise<void> {
    await room.settle();
    if (room.peers.size > 0 || room.reservations > 0 || room.dead) return;
    await room.compact();
    if (room.peers.size > 0 || room.reservations > 0) return;
    if (this.loaded.get(room.id) === room) this.loaded.delete(room.id);
    room.destroy();
    this.log.info("room.unloaded", { room: room.id });
  }

  /**
   * The map's keys were replaced or it was deleted: every socket of it is closed with `code`.
   * `remote` when another instance did it (then it is not announced again).
   */
  revoke(id: string, code: number, reason: string, deleted: boolean, remote = false): void {
    this.epochs.delete(id); // re-inserted last: the map iterates oldest first
    this.epochs.set(id, { n: ++this.revocations, code, reason, at: Date.now() });
    this.forgetEpochs(Date.now());
    if (!remote) for (const listener of this.onRevoked) listener(id, code, reason, deleted);
    const room = this.loaded.get(id);
    if (!room) return;
    if (deleted) {
      room.dead = true; // nothing more is stored for a deleted map
      this.loaded.delete(id);
    }
    room.closeAll(code, reason);
    if (deleted) room.destroy();
  }

  /** Shutdown: stores everything, closes every socket with `code`, compacts and drops every room. */
  async closeAll(code: number, reason: string): Promise<void> {
    clearInterval(this.keepaliveTimer);
    for (const t of this.unloadTimers.values()) clearTimeout(t);
    this.unloadTimers.clear();
    await Promise.all([...this.loading.values()]);
    const rooms = [...this.loaded.values()];
    await Promise.all(rooms.map((r) => r.settle()));
    for (const room of rooms) room.closeAll(code, reason);
    for (const room of rooms) {
      await room.compact();
      room.destroy();
    }
    this.loaded.clear();
  }
}
