import type * as Y from "yjs";
import { CLOSE, encodeSavedNotice, type SavedClock } from "../../shared/protocol";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { AppendResult } from "../storage/Storage";
import type { CommitBatcher, CommitItem, CommitSink } from "./CommitBatcher";
import type { Author } from "./commitHook";
import { ParticipantGate } from "./ParticipantGate";
import { checkUpdate, RejectedUpdate, type CheckedUpdate, type UpdateLimits } from "./updateGuard";
import { decodeAwarenessUpdate, decodeClientMessage, encodeAwarenessEntries, encodeSync, KEEPALIVE, MalformedMessage, SYNC_STEP2, SYNC_STEP1, SYNC_UPDATE } from "./messages";
import { RoomAwareness, type AwarenessOwner, type PresenceChange, type PresenceLimits } from "./RoomAwareness";
import type { RoomLog } from "./RoomLog";
import type { Role, RoomSocket } from "./RoomSocket";

export interface RoomOptions {
  /** Coalesce awareness per tick (default) or send each change as it comes (stock behaviour). */
  readonly coalesceAwareness: boolean;
  /** A socket with more than this many bytes queued is closed (CLOSE.tooFarBehind). */
  readonly maxBufferedBytes: number;
  /** Compact the log into the snapshot when it holds more updates than this... */
  readonly compactAfterUpdates: number;
  /** ...or more bytes than this. */
  readonly compactAfterBytes: number;
  /** What presence may cost (S17, S40). */
  readonly presence: PresenceLimits;
  /** Checks a new snapshot before compaction; the server runs it in a worker thread (S45, S47). */
  readonly verifySnapshot?: (state: Uint8Array) => Promise<void>;
  /** Builds and checks a new snapshot from state parts; the server runs it in a worker thread (S54). */
  readonly snapshotOf?: (parts: readonly Uint8Array[]) => Promise<Uint8Array>;
  /** A socket that has been sent nothing for this long gets a keepalive. */
  readonly keepaliveMs: number;
  readonly updateLimits: UpdateLimits;
}

export interface RoomDeps {
  /** The one commit per tick shared by every room (S3); it owns the queue of waiting updates. */
  readonly commits: CommitBatcher<Pending>;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly options: RoomOptions;
  /** Called when the room has no sockets left, or failed and must be dropped. */
  readonly onIdle: (room: Room) => void;
  /**
   * Told of each presence change made by this instance's sockets (an awareness update, or the
   * removal of a closed socket's clients), for other instances (S23). Never stored.
   */
  readonly onLocalAwareness?: (room: Room, update: Uint8Array) => void;
}

/** Presence is not queued for a socket with more than this many bytes waiting (S40). */
export const PRESENCE_WATERMARK = 64 * 1024;
/** Yjs client ids whose saved clock one socket remembers (ack=1); older ones are forgotten (S46). */
const MAX_SAVED_IDS = 256;

/** One socket in a room. */
export class Peer {
  readonly awarenessClients = new Set<number>();
  /** Per Yjs client id, the clock up to which this socket's updates are stored (ack=1). */
  readonly saved = new Map<number, number>();
  /** The largest message sent to this socket: the slow bound allows one of them on top (S51). */
  largestSent = 0;
  /** Presence changes were skipped while the socket was backed up; it gets a full snapshot once drained (S40). */
  presenceStale = false;
  lastSent = Date.now();
  closed = false;
  constructor(
    readonly socket: RoomSocket,
    readonly role: Role,
    readonly wantsAck: boolean,
  ) {}
}

/** One checked update waiting in the batcher, with where it came from. */
export interface Pending extends CommitItem {
  /** The socket that sent it; `null` for the server's own change (PUT). */
  readonly from: Peer | null;
  /** Per Yjs client id, the highest clock it carries (ack=1). */
  readonly clocks: CheckedUpdate["clocks"];
  /** Told whether it was stored (`submit`). */
  readonly done?: (stored: boolean) => void;
  /** The update cut into slices for the live apply (`sliceUpdate`, S54): a big PUT's. */
  readonly slices?: readonly Uint8Array[];
}

/**
 * A loaded map's live half: its sockets, presence and the sync protocol. The durable half (the
 * document, the log position, compaction) is its `RoomLog`; the queue of updates waiting to be
 * stored is the `CommitBatcher`'s.
 *
 * Document updates from sockets are checked (`checkUpdate`) and handed to the batcher, which
 * commits the updates of every room of the tick in ONE transaction (S3); only after that commit
 * (`committed`) is the update applied to the document and sent, encoded once, to every other
 * socket, and the senders acknowledged (A27). Changes another instance committed arrive through
 * `applyCommitted` and are forwarded the same way. A failed commit (of the shared transaction:
 * then it fails every room in it) closes every socket with CLOSE.storageFailed and drops the
 * room, so nothing unstored is ever forwarded or acknowledged (S10).
 */
export class Room implements CommitSink<Pending> {
  readonly peers = new Set<Peer>();
  private readonly presence: RoomAwareness;
  /** Checks participants' updates against the live document, one at a time per socket (P3, P4). */
  private readonly participants: ParticipantGate<Peer>;
  /** Set once the room is closed for good (unloaded, deleted, or storage failed). */
  dead = false;
  private destroyed = false;
  /** Sockets that are between their key check and their join (S12); the room stays loaded. */
  reservations = 0;

  constructor(
    readonly id: string,
    /** The document, its stored log and compaction. */
    readonly log: RoomLog,
    private readonly deps: RoomDeps,
  ) {
    this.presence = new RoomAwareness(deps.options.coalesceAwareness, deps.options.presence, (m) => this.broadcastPresence(m));
    this.participants = new ParticipantGate<Peer>({
      doc: () => this.log.doc,
      limits: deps.options.updateLimits,
      log: deps.log,
      metrics: deps.metrics,
      room: id,
      commit: (peer, checked, stored) =>
        this.deps.commits.add(this, { update: checked.update, clocks: checked.clocks, from: peer, author: this.authorOf(peer), done: (ok) => (ok ? stored() : undefined) }),
      close: (peer, code, reason) => this.closePeer(peer, code, reason),
    });
  }

  /** Presence: how many bytes of states the room holds (for /metrics and the bench). */
  get presenceBytes(): number {
    return this.presence.bytes;
  }

  /** The room's document (exactly what is stored). */
  get doc(): Y.Doc {
    return this.log.doc;
  }

  /** Adds a socket: sends sync step 1 and the current presence (the document is already loaded). */
  join(socket: RoomSocket, role: Role, wantsAck: boolean): Peer {
    const peer = new Peer(socket, role, wantsAck);
    this.peers.add(peer);
    this.send(peer, encodeSync(SYNC_STEP1, this.log.currentStateVector()));
    const presence = this.presence.snapshot();
    if (presence) this.sendPresence(peer, presence);
    return peer;
  }

  /** Handles one message from `peer`'s socket. Never throws. */
  receive(peer: Peer, data: Uint8Array): void {
    if (peer.closed || this.dead) return;
    try {
      const msg = decodeClientMessage(data);
      switch (msg.kind) {
        case "syncStep1":
          this.send(peer, encodeSync(SYNC_STEP2, this.log.diffFor(msg.stateVector)));
          return;
        case "syncStep2":
        case "update":
          this.receiveUpdate(peer, msg.update);
          return;
        case "awareness": {
          const applied = this.presence.apply(decodeAwarenessUpdate(msg.update, this.deps.options.presence.maxStateDepth), peer);
          this.tellInstances(applied);
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

  private receiveUpdate(peer: Peer, update: Uint8Array): void {
    this.deps.metrics.updatesReceived++;
    if (peer.role === "viewer") {
      // A viewer's document content is dropped, never stored or forwarded (A26).
      this.deps.metrics.updatesRejected++;
      return;
    }
    if (peer.role === "participant") {
      // Only votes and comments, checked against the live document (P3).
      this.participants.receive(peer, update);
      return;
    }
    let checked: CheckedUpdate;
    try {
      checked = checkUpdate(update, this.deps.options.updateLimits);
    } catch (err) {
      this.deps.metrics.updatesRejected++;
      throw err;
    }
    // What a stock client answers to sync step 1 when the server lacks nothing (S59).
    if (!checked.changes) return;
    this.deps.commits.add(this, { update: checked.update, clocks: checked.clocks, from: peer, author: this.authorOf(peer) });
  }

  /** The role behind `peer` and the name its page announced (`user.name` of a client it owns). */
  private authorOf(peer: Peer): Author {
    const name = this.presence.userNameOf(peer);
    return name === null ? { role: peer.role } : { role: peer.role, name: name.slice(0, 120) };
  }

  /**
   * Commits an update the server itself made (PUT) through the same path as a socket's, and
   * resolves once it is stored and forwarded. Rejects when the room fails. `slices` (the
   * update cut by `sliceUpdate`) make the live apply yield between them (S54).
   */
  submit(update: Uint8Array, author: Author = { role: "server" }, slices?: readonly Uint8Array[]): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(new Error("the room is closed"));
      const done = (stored: boolean): void => (stored ? resolve() : reject(new Error("storing failed")));
      this.deps.commits.add(this, { update, clocks: new Map(), from: null, author, done, ...(slices && slices.length > 1 ? { slices } : {}) });
    });
  }

  /** Resolves when every update received so far is stored (or the room failed). */
  settle(): Promise<void> {
    return this.deps.commits.settle(this);
  }

  /** The batcher committed `batch` (S3): apply, forward once, acknowledge (A27). */
  committed(batch: readonly Pending[], stored: readonly Uint8Array[], result: AppendResult): void {
    if (this.dead) {
      for (const p of batch) p.done?.(true);
      return;
    }
    this.deps.metrics.updatesStored += batch.length;
    this.deps.metrics.bytesStored += stored.reduce((n, u) => n + u.byteLength, 0);
    if (batch.some((p) => p.slices)) {
      void this.committedInSlices(batch, stored, result);
      return;
    }
    try {
      const change = this.log.committed(stored, result);
      if (change) this.forward([change], batch);
      this.acknowledge(batch);
    } catch (err) {
      // Stored, so nothing is lost; clients resync it by state vector when they reconnect (S46).
      this.deps.log.error("room.forward_failed", { room: this.id, message: (err as Error).message });
    }
    for (const p of batch) p.done?.(true);
    if (this.log.dueForCompaction()) void this.log.compact();
  }

  /** Sends a committed change to the sockets: when one socket sent the whole tick, it already has it; otherwise everyone gets it. */
  private forward(changes: readonly Uint8Array[], batch: readonly Pending[]): void {
    const senders = new Set(batch.map((p) => p.from));
    for (const change of changes) this.broadcast(encodeSync(SYNC_UPDATE, change), senders.size === 1 ? ([...senders][0] ?? null) : null);
  }

  /**
   * A committed batch holding a big PUT (S54): the live document takes it slice by slice, a
   * macrotask each, then the stored update goes to every socket as it is (ONE update, A20), the
   * senders are acknowledged and the PUT is told.
   */
  private async committedInSlices(batch: readonly Pending[], stored: readonly Uint8Array[], result: AppendResult): Promise<void> {
    try {
      const changes = await this.log.committedInSlices(stored, result, batch.flatMap((p) => p.slices ?? [p.update]));
      if (changes && !this.dead) this.forward(changes, batch);
      if (!this.dead) this.acknowledge(batch);
    } catch (err) {
      this.deps.log.error("room.forward_failed", { room: this.id, message: (err as Error).message });
    }
    for (const p of batch) p.done?.(true);
    if (!this.dead && this.log.dueForCompaction()) void this.log.compact();
  }

  /** The shared transaction holding `batch` failed: nothing of it was stored (S10). */
  failed(batch: readonly Pending[], err: Error): void {
    this.deps.metrics.commitFailures++;
    this.fail(err);
    for (const p of batch) p.done?.(false);
  }

  /**
   * Another instance committed `updates` as numbers `first`..`last` of this map's log: apply
   * what is new and send it to every socket. The caller catches up when `log.missing()`.
   */
  applyCommitted(updates: readonly Uint8Array[], first: number, last: number): void {
    if (this.dead) return;
    const change = this.log.applyStored(updates, first, last);
    if (change) this.broadcast(encodeSync(SYNC_UPDATE, change), null);
  }

  /** Applies presence another instance's sockets changed; `owner` stands for that instance (S23). */
  applyRemoteAwareness(owner: AwarenessOwner, update: Uint8Array): void {
    if (this.dead) return;
    try {
      this.presence.apply(decodeAwarenessUpdate(update, this.deps.options.presence.maxStateDepth), owner);
    } catch (err) {
      this.deps.log.warn("room.remote_awareness_failed", { room: this.id, message: (err as Error).message });
    }
  }

  /** Removes every presence `owner` (another instance) controls: it died or lost contact (S23). */
  dropRemoteAwareness(owner: AwarenessOwner): void {
    if (!this.dead) this.presence.removeOwner(owner);
  }

  /** The presence of this instance's own sockets as one update, or `null` when there is none. */
  localPresence(): Uint8Array | null {
    const entries: PresenceChange[] = [];
    for (const peer of this.peers) entries.push(...this.presence.entriesOf(peer.awarenessClients));
    return entries.length > 0 ? encodeAwarenessEntries(entries) : null;
  }

  /** Tells other instances what this instance's sockets changed, only what was applied (never echoes). */
  private tellInstances(changes: readonly PresenceChange[]): void {
    if (changes.length > 0 && this.deps.onLocalAwareness) this.deps.onLocalAwareness(this, encodeAwarenessEntries(changes));
  }

  /** Reads what the document lacks from the store and forwards it (after a gap). Never rejects. */
  async catchUp(): Promise<void> {
    if (this.dead) return;
    this.deps.metrics.catchUps++;
    try {
      const change = await this.log.catchUp();
      if (change && !this.dead) this.broadcast(encodeSync(SYNC_UPDATE, change), null);
    } catch (err) {
      this.deps.log.warn("room.catch_up_failed", { room: this.id, message: (err as Error).message });
    }
  }

  private acknowledge(batch: readonly Pending[]): void {
    // Only the pairs that advanced are sent (protocol.ts: "the clients whose stored clocks
    // advanced"); `saved` remembers the latest MAX_SAVED_IDS ids per socket, newest last (S46).
    const advanced = new Map<Peer, Map<number, number>>();
    for (const p of batch) {
      const peer = p.from;
      if (!peer || !peer.wantsAck || peer.closed) continue;
      const list = advanced.get(peer) ?? new Map<number, number>();
      advanced.set(peer, list);
      for (const [clientID, clock] of p.clocks) {
        if ((peer.saved.get(clientID) ?? 0) >= clock) continue;
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

  /** Replaces the stored log by a snapshot of the document (S9). */
  compact(): Promise<void> {
    return this.dead ? Promise.resolve() : this.log.compact();
  }

  private fail(err: Error): void {
    this.deps.log.error("room.storage_failed", { room: this.id, message: err.message });
    for (const p of this.deps.commits.discard(this)) p.done?.(false);
    this.closeAll(CLOSE.storageFailed, "storing an update failed");
    this.dead = true;
    this.deps.onIdle(this);
  }

  /**
   * Sends to one socket, closing it instead when it is too far behind (S4): more than
   * `maxBufferedBytes` waiting beyond the largest single message it was sent (S51), so one big
   * change (a 20,000-card PUT is about 5 MB) still in flight does not close a reader that keeps up.
   */
  send(peer: Peer, data: Uint8Array): void {
    if (peer.closed) return;
    if (peer.socket.bufferedAmount > this.deps.options.maxBufferedBytes + peer.largestSent) {
      this.deps.metrics.socketsClosedSlow++;
      this.deps.log.warn("socket.too_far_behind", { room: this.id, buffered: peer.socket.bufferedAmount });
      this.closePeer(peer, CLOSE.tooFarBehind, "too far behind");
      return;
    }
    peer.lastSent = Date.now();
    peer.largestSent = Math.max(peer.largestSent, data.byteLength);
    peer.socket.send(data);
  }

  /**
   * Sends presence with backpressure (S40): a socket with more than PRESENCE_WATERMARK bytes
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
    this.participants.forget(peer);
    this.tellInstances(this.presence.removeOwner(peer));
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
    for (const p of this.deps.commits.discard(this)) p.done?.(false);
    this.presence.destroy();
    this.log.destroy();
  }
}
