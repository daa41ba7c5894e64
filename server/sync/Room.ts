import * as Y from "yjs";
import { CLOSE, encodeSavedNotice, type SavedClock } from "../../shared/protocol";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { Storage } from "../storage/Storage";
import type { CommitBatcher } from "./CommitBatcher";
import type { Author } from "./commitHook";
import { checkUpdate, RejectedUpdate, type CheckedUpdate, type UpdateLimits } from "./updateGuard";
import { decodeAwarenessUpdate, decodeClientMessage, encodeSync, KEEPALIVE, MalformedMessage, SYNC_STEP2, SYNC_STEP1, SYNC_UPDATE } from "./messages";
import { RoomAwareness, type PresenceLimits } from "./RoomAwareness";
import { verifiedState, materialize } from "./roomState";
import type { Role, RoomSocket } from "./RoomSocket";

export interface RoomOptions {
  /** Coalesce awareness per tick (default) or send each change as it comes (stock behaviour). */
  readonly coalesceAwareness: boolean;
  /**
   * Checks that a new snapshot decodes in a fresh document before it replaces the log (S9,
   * S24); the server runs it in a worker thread (S26). Default: at once, on this thread.
   */
  readonly verifySnapshot?: (state: Uint8Array) => Promise<void>;
  /** A socket with more than this many bytes queued is closed (CLOSE.tooFarBehind). */
  readonly maxBufferedBytes: number;
  /** Compact the log into the snapshot when it holds more updates than this... */
  readonly compactAfterUpdates: number;
  /** ...or more bytes than this. */
  readonly compactAfterBytes: number;
  /** What presence may cost (S17, S19). */
  readonly presence: PresenceLimits;
  /** A socket that has been sent nothing for this long gets a keepalive. */
  readonly keepaliveMs: number;
  readonly updateLimits: UpdateLimits;
}

export interface RoomDeps {
  readonly storage: Storage;
  /** The one commit per tick shared by every room (S3). */
  readonly commits: CommitBatcher;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly options: RoomOptions;
  /** Called when the room has no sockets left, or failed and must be dropped. */
  readonly onIdle: (room: Room) => void;
}

/** One socket in a room. */
export class Peer {
  readonly awarenessClients = new Set<number>();
  /** Per Yjs client id, the clock up to which this socket's updates are stored (ack=1). */
  readonly saved = new Map<number, number>();
  /** Presence changes were skipped while the socket was backed up; it gets a full snapshot once drained (S19). */
  presenceStale = false;
  lastSent = Date.now();
  closed = false;
  constructor(
    readonly socket: RoomSocket,
    readonly role: Role,
    readonly wantsAck: boolean,
  ) {}
}

interface Pending {
  readonly from: Peer | null;
  readonly checked: CheckedUpdate;
  /** Who wrote it, for the after-commit hook (history, activity). */
  readonly author: Author;
}

/** A room's starting content: the stored state as one update, or a document already built from it. */
export type InitialState = { readonly state: Uint8Array } | { readonly doc: Y.Doc };

/** Presence is not queued for a socket with more than this many bytes waiting (S19). */
export const PRESENCE_WATERMARK = 64 * 1024;
/** Yjs client ids whose saved clock one socket remembers (ack=1); older ones are forgotten. */
const MAX_SAVED_IDS = 256;

const isEmptyStateVector = (sv: Uint8Array): boolean => sv.length === 1 && sv[0] === 0;

/**
 * A loaded map: its document (always exactly what is stored), its presence and its sockets.
 *
 * The document is materialized lazily. A room loaded from a single stored update (the usual
 * case: unload compacts the log into the snapshot) keeps those bytes and answers sync from them
 * (`encodeStateVectorFromUpdate`, `diffUpdate`; a new client gets the bytes as they are), so a
 * big map reaches its first client without being decoded into a Y.Doc first (S2). The Y.Doc is
 * built on first need: the first commit, or a reader (`doc`). `fullState` caches the whole
 * state as one update until a commit changes the document.
 *
 * Document updates from sockets are checked (`checkUpdate`), queued, and at the end of the tick
 * merged into one update that is handed to the `CommitBatcher`, which commits the updates of
 * every room of the tick in ONE transaction; only after that commit is the update applied to
 * the room's document and sent, encoded once, to every other socket (A27, S3). Commits of one
 * room run one after another; updates that arrive meanwhile form the next batch. A failed
 * commit (of the shared transaction: then it fails every room in it) closes every socket with
 * CLOSE.storageFailed and drops the room, so nothing unstored is ever forwarded or
 * acknowledged (S10).
 */
export class Room {
  readonly peers = new Set<Peer>();
  private readonly presence: RoomAwareness;
  private pending: Pending[] = [];
  private scheduled = false;
  private committing: Promise<void> | null = null;
  private waiters: (() => void)[] = [];
  private logCount: number;
  private logBytes: number;
  private lastSeq: number;
  /** Set once the room is closed for good (unloaded, deleted, or storage failed). */
  dead = false;
  private destroyed = false;
  private ydoc: Y.Doc | null = null;
  private fullState: Uint8Array | null = null;
  private stateVector: Uint8Array | null = null;
  /**
   * The stored state could not be read whole (a snapshot or update that does not decode): the
   * room serves what could be read, and is never compacted, so the stored bytes stay (S24).
   */
  damaged = false;
  /** Sockets that are between their key check and their join (S12); the room stays loaded. */
  reservations = 0;

  constructor(
    readonly id: string,
    initial: InitialState,
    stored: { lastSeq: number; logCount: number; logBytes: number },
    private readonly deps: RoomDeps,
  ) {
    this.lastSeq = stored.lastSeq;
    this.logCount = stored.logCount;
    this.logBytes = stored.logBytes;
    if ("doc" in initial) this.ydoc = initial.doc;
    else this.fullState = initial.state;
    this.presence = new RoomAwareness(deps.options.coalesceAwareness, deps.options.presence, (m) => this.broadcastPresence(m));
  }

  /** The room's document (exactly what is stored), built from the stored bytes on first use. */
  get doc(): Y.Doc {
    if (!this.ydoc) {
      const { doc, failure } = materialize(this.fullState ? [this.fullState] : []);
      this.ydoc = doc;
      if (failure) {
        this.fullState = null; // served from what the document could read from now on
        this.markDamaged(failure);
      }
    }
    return this.ydoc;
  }

  /** Marks the room damaged (S24): logged once, counted, never compacted. */
  markDamaged(message: string): void {
    if (this.damaged) return;
    this.damaged = true;
    this.stateVector = null;
    this.deps.metrics.damagedRooms++;
    this.deps.log.error("room.state_unreadable", { room: this.id, message });
  }

  /** Presence: how many bytes of states the room holds, and how many ids (for /metrics and the bench). */
  get presenceBytes(): number {
    return this.presence.bytes;
  }

  /** The whole state as one update (cached until the next commit); never the bytes of a damaged state. */
  state(): Uint8Array {
    return this.wholeState();
  }

  /** The whole state as one update (cached until the next commit). */
  private wholeState(): Uint8Array {
    this.fullState ??= Y.encodeStateAsUpdate(this.doc);
    return this.fullState;
  }

  /** Adds a socket: sends sync step 1 and the current presence (the document is already loaded). */
  join(socket: RoomSocket, role: Role, wantsAck: boolean): Peer {
    const peer = new Peer(socket, role, wantsAck);
    this.peers.add(peer);
    this.send(peer, encodeSync(SYNC_STEP1, this.currentStateVector()));
    const presence = this.presence.snapshot();
    if (presence) this.sendPresence(peer, presence);
    return peer;
  }

  /** The state vector, from the stored bytes when no document is built; an unreadable state builds the document (S24). */
  private currentStateVector(): Uint8Array {
    if (this.stateVector) return this.stateVector;
    if (!this.ydoc) {
      try {
        this.stateVector = Y.encodeStateVectorFromUpdate(this.wholeState());
        return this.stateVector;
      } catch (err) {
        this.markDamaged((err as Error).message);
      }
    }
    this.stateVector = Y.encodeStateVector(this.doc);
    return this.stateVector;
  }

  /** Handles one message from `peer`'s socket. Never throws. */
  receive(peer: Peer, data: Uint8Array): void {
    if (peer.closed || this.dead) return;
    try {
      const msg = decodeClientMessage(data);
      switch (msg.kind) {
        case "syncStep1":
          this.send(peer, encodeSync(SYNC_STEP2, this.diffFor(msg.stateVector)));
          return;
        case "syncStep2":
        case "update":
          this.receiveUpdate(peer, msg.update);
          return;
        case "awareness": {
          this.presence.apply(decodeAwarenessUpdate(msg.update, this.deps.options.presence.maxStateDepth), peer);
          return;
        }
        case "queryAwareness": {
          const presence = this.presence.snapshot();
          if (presence) this.sendPresence(peer, presence);
          return;
        }
      }
    } catch (err) {
      const reason = err instanceof MalformedMessage || err instanceof RejectedUpdate ? err.message : "unexpected error";
      if (!(err instanceof MalformedMessage || err instanceof RejectedUpdate)) {
        this.deps.log.error("room.receive_failed", { room: this.id, message: (err as Error).message });
      }
      this.deps.log.warn("socket.malformed", { room: this.id, reason });
      this.closePeer(peer, CLOSE.malformed, reason);
    }
  }

  private diffFor(stateVector: Uint8Array): Uint8Array {
    try {
      if (isEmptyStateVector(stateVector) && !this.damaged) return this.wholeState();
      if (this.ydoc) return Y.encodeStateAsUpdate(this.ydoc, stateVector);
      try {
        return Y.diffUpdate(this.wholeState(), stateVector);
      } catch (err) {
        Y.decodeStateVector(stateVector); // a bad state vector is the client's fault; else the stored bytes are
        this.markDamaged((err as Error).message);
        return Y.encodeStateAsUpdate(this.doc, stateVector);
      }
    } catch (err) {
      throw new MalformedMessage(`bad state vector: ${(err as Error).message}`);
    }
  }

  private receiveUpdate(peer: Peer, update: Uint8Array): void {
    this.deps.metrics.updatesReceived++;
    if (peer.role === "viewer") {
      // A viewer's document content is dropped, never stored or forwarded (A26).
      this.deps.metrics.updatesRejected++;
      return;
    }
    let checked: CheckedUpdate;
    try {
      checked = checkUpdate(update, this.deps.options.updateLimits);
    } catch (err) {
      this.deps.metrics.updatesRejected++;
      throw err;
    }
    this.enqueue({ from: peer, checked, author: this.authorOf(peer) });
  }

  /** The role behind `peer` and the name its page announced (`user.name` of a client it owns). */
  private authorOf(peer: Peer): Author {
    const name = this.presence.userNameOf(peer);
    return name === null ? { role: peer.role } : { role: peer.role, name: name.slice(0, 120) };
  }

  /**
   * Commits an update the server itself made (PUT) through the same path as a socket's, and
   * resolves once it is stored and forwarded. Rejects when the room fails.
   */
  submit(update: Uint8Array, author: Author = { role: "server" }): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(new Error("the room is closed"));
      this.enqueue({ from: null, checked: { update, clocks: new Map() }, author });
      this.waiters.push(() => (this.dead ? reject(new Error("storing failed")) : resolve()));
    });
  }

  private enqueue(p: Pending): void {
    this.pending.push(p);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.committing || this.dead) return;
    this.scheduled = true;
    this.deps.commits.request(() => {
      this.scheduled = false;
      this.committing = this.commit().finally(() => {
        this.committing = null;
        if (this.pending.length > 0) this.schedule();
      });
    });
  }

  /** Resolves when every update received so far is stored (or the room failed). */
  async settle(): Promise<void> {
    while (!this.dead && (this.pending.length > 0 || this.committing || this.scheduled)) {
      if (this.committing) await this.committing;
      else await new Promise((r) => setImmediate(r));
    }
  }

  /** One commit; never rejects (an unexpected error fails the room instead of crashing Node). */
  private async commit(): Promise<void> {
    try {
      await this.commitBatch();
    } catch (err) {
      this.deps.log.error("room.commit_crashed", { room: this.id, message: (err as Error).message });
    }
  }

  private async commitBatch(): Promise<void> {
    const batch = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    if (batch.length === 0 || this.dead) return;
    const updates = batch.map((p) => p.checked.update);
    let merged: Uint8Array[];
    try {
      merged = updates.length === 1 ? updates : [Y.mergeUpdates(updates)];
    } catch {
      merged = updates; // each was checked alone; store them one by one, still in one transaction
    }
    try {
      const res = await this.deps.commits.append(this.id, merged, new Date().toISOString(), batch.map((p) => p.author));
      this.lastSeq = res.lastSeq;
      this.logCount = res.logCount;
      this.logBytes = res.logBytes;
    } catch (err) {
      this.deps.metrics.commitFailures++;
      this.fail(err as Error);
      for (const w of waiters) w();
      return;
    }
    this.deps.metrics.updatesStored += batch.length;
    this.deps.metrics.bytesStored += merged.reduce((n, u) => n + u.byteLength, 0);
    try {
      this.applyAndForward(merged, batch);
      this.acknowledge(batch);
    } catch (err) {
      // Stored, so nothing is lost; clients resync it by state vector on their next reconnect.
      this.deps.log.error("room.forward_failed", { room: this.id, message: (err as Error).message });
    }
    for (const w of waiters) w();
    if (this.logCount > this.deps.options.compactAfterUpdates || this.logBytes > this.deps.options.compactAfterBytes) {
      await this.compact();
    }
  }

  /** Applies stored updates to the document and sends what was new, encoded once. */
  private applyAndForward(updates: readonly Uint8Array[], batch: readonly Pending[]): void {
    const out: Uint8Array[] = [];
    const onUpdate = (u: Uint8Array, origin: unknown): void => {
      if (origin === this) out.push(u);
    };
    this.doc.on("update", onUpdate);
    try {
      for (const u of updates) {
        try {
          Y.applyUpdate(this.doc, u, this);
        } catch (err) {
          this.deps.log.error("room.apply_failed", { room: this.id, message: (err as Error).message });
        }
      }
    } finally {
      this.doc.off("update", onUpdate);
    }
    if (out.length === 0) return;
    this.fullState = null;
    this.stateVector = null;
    const message = encodeSync(SYNC_UPDATE, out.length === 1 ? (out[0] as Uint8Array) : Y.mergeUpdates(out));
    const senders = new Set(batch.map((p) => p.from));
    // When one socket sent the whole tick, it already has it; otherwise everyone gets it.
    const skip = senders.size === 1 ? [...senders][0] ?? null : null;
    this.broadcast(message, skip);
  }

  private acknowledge(batch: readonly Pending[]): void {
    // Only the pairs that advanced are sent (protocol.ts: "the clients whose stored clocks
    // advanced"); `saved` remembers the latest MAX_SAVED_IDS ids per socket, newest last.
    const advanced = new Map<Peer, Map<number, number>>();
    for (const p of batch) {
      const peer = p.from;
      if (!peer || !peer.wantsAck || peer.closed) continue;
      const list = advanced.get(peer) ?? new Map<number, number>();
      advanced.set(peer, list);
      for (const [clientID, clock] of p.checked.clocks) {
        const prev = peer.saved.get(clientID) ?? 0;
        if (prev >= clock) continue;
        peer.saved.delete(clientID);
        peer.saved.set(clientID, clock);
        list.set(clientID, clock);
      }
      for (const old of peer.saved.keys()) {
        if (peer.saved.size <= MAX_SAVED_IDS) break;
        peer.saved.delete(old);
      }
    }
    for (const [peer, list] of advanced) {
      const pairs: SavedClock[] = [...list].map(([clientID, clock]) => ({ clientID, clock }));
      if (pairs.length > 0) this.send(peer, encodeSavedNotice(pairs));
    }
  }

  /** Replaces the stored log by a snapshot of the document, in one transaction. */
  async compact(): Promise<void> {
    if (this.logCount === 0 || this.dead || this.damaged) return;
    const upto = this.lastSeq;
    try {
      // The new snapshot must decode in a fresh document before the log it replaces is deleted.
      const snapshot = this.wholeState();
      if (this.deps.options.verifySnapshot) await this.deps.options.verifySnapshot(snapshot);
      else verifiedState(snapshot);
      if (this.dead || this.damaged) return;
      await this.deps.storage.compact(this.id, snapshot, upto);
      this.logCount = 0;
      this.logBytes = 0;
      this.deps.log.info("room.compacted", { room: this.id, uptoSeq: upto });
    } catch (err) {
      // The log is still intact; compaction is retried at the next bound or unload.
      this.deps.log.error("room.compact_failed", { room: this.id, message: (err as Error).message });
    }
  }

  private fail(err: Error): void {
    this.deps.log.error("room.storage_failed", { room: this.id, message: err.message });
    this.pending = [];
    this.closeAll(CLOSE.storageFailed, "storing an update failed");
    this.dead = true;
    this.deps.onIdle(this);
  }

  /** Sends to one socket, closing it instead when it is too far behind (S4). */
  send(peer: Peer, data: Uint8Array): void {
    if (peer.closed) return;
    if (peer.socket.bufferedAmount > this.deps.options.maxBufferedBytes) {
      this.deps.metrics.socketsClosedSlow++;
      this.deps.log.warn("socket.too_far_behind", { room: this.id, buffered: peer.socket.bufferedAmount });
      this.closePeer(peer, CLOSE.tooFarBehind, "too far behind");
      return;
    }
    peer.lastSent = Date.now();
    peer.socket.send(data);
  }

  /**
   * Sends presence with backpressure (S19): a socket with more than PRESENCE_WATERMARK bytes
   * queued skips presence changes and gets one full snapshot once it has drained (`keepalive`),
   * so a socket that never reads holds at most the watermark plus one snapshot, shared by all.
   */
  private sendPresence(peer: Peer, data: Uint8Array): void {
    if (peer.socket.bufferedAmount > PRESENCE_WATERMARK) {
      peer.presenceStale = true;
      return;
    }
    this.send(peer, data);
  }

  private broadcastPresence(data: Uint8Array): void {
    for (const peer of this.peers) this.sendPresence(peer, data);
  }

  private broadcast(data: Uint8Array, except: Peer | null): void {
    for (const peer of this.peers) if (peer !== except) this.send(peer, data);
  }

  /** Sends keepalives to sockets that were sent nothing for `keepaliveMs`. */
  keepalive(now: number): void {
    for (const peer of this.peers) {
      if (peer.presenceStale && peer.socket.bufferedAmount <= PRESENCE_WATERMARK) {
        peer.presenceStale = false;
        const presence = this.presence.snapshot();
        if (presence) this.send(peer, presence);
      }
      if (now - peer.lastSent >= this.deps.options.keepaliveMs) this.send(peer, KEEPALIVE);
    }
  }

  /** Closes one socket from the server side and removes it at once. */
  closePeer(peer: Peer, code: number, reason: string): void {
    if (peer.closed) return;
    peer.socket.close(code, reason);
    this.leave(peer);
  }

  /** Removes a socket (closed by either side); its presence goes at once (S7). */
  leave(peer: Peer): void {
    if (!this.peers.has(peer)) return;
    peer.closed = true;
    this.peers.delete(peer);
    this.presence.removeOwner(peer);
    if (this.peers.size === 0 && this.reservations === 0) this.deps.onIdle(this);
  }

  /** Closes every socket with `code` (keys replaced, map deleted, storage failure, shutdown). */
  closeAll(code: number, reason: string): void {
    this.presence.flush();
    for (const peer of [...this.peers]) this.closePeer(peer, code, reason);
  }

  /** Stops the room for good: no more commits, presence and document released. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.dead = true;
    this.pending = [];
    this.presence.destroy();
    this.ydoc?.destroy();
    this.ydoc = null;
    this.fullState = null;
  }
}
