import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { CommittedChange } from "../sync/commitHook";
import type { Room } from "../sync/Room";
import type { AwarenessOwner } from "../sync/RoomAwareness";
import type { Rooms } from "../sync/Rooms";
import { decodeFanout, encodeFanout, type FanoutMessage } from "./fanoutMessages";

/** The one Redis channel every instance publishes and subscribes to. */
export const FANOUT_CHANNEL = "baton:fanout";

export interface FanoutOptions {
  /** How often the store is asked whether a loaded room missed updates (default 2 s). */
  readonly checkMs: number;
  /** How often this instance says it is alive (default 2 s). */
  readonly aliveMs: number;
  /** Another instance silent this long is taken for dead: its presence goes (default 6 s). */
  readonly instanceTimeoutMs: number;
  /** A gap is read from the store when it is still open this long after it showed (default 100 ms). */
  readonly gapWaitMs: number;
}

export const FANOUT_DEFAULTS: FanoutOptions = { checkMs: 2000, aliveMs: 2000, instanceTimeoutMs: 6000, gapWaitMs: 100 };

type RedisClient = ReturnType<typeof createClient>;

/**
 * Live fan-out between instances through Redis pub/sub (api.md "Running several instances";
 * S22, S23). PostgreSQL is the truth; Redis only carries news, so losing any of it costs time,
 * never data:
 *
 * - every change committed HERE (the after-commit hook, S18: after the PostgreSQL commit) is
 *   published with its sequence numbers; another instance with the map loaded applies it and
 *   forwards it to its sockets. A number it has not seen the predecessor of is a gap: after
 *   `gapWaitMs` (the predecessor may just be late) it reads what is missing from the store;
 * - every `checkMs` the store's `lastSeqs` of all loaded rooms heals what no later message
 *   revealed (the last messages before Redis went away), and right after Redis comes back;
 * - presence changes of this instance's sockets are published, never stored; each instance's
 *   presence is held under an owner per instance and dropped when that instance leaves or stops
 *   saying it is alive (`instanceTimeoutMs`); a room loaded here asks the others for theirs;
 * - key replacement and deletion close the map's sockets on every instance.
 *
 * Publishing never waits for Redis: while it is away, messages are dropped (no offline queue)
 * and the periodic check carries changes between instances instead.
 */
export class RedisFanout {
  readonly instanceId = randomUUID();
  private readonly pub: RedisClient;
  private readonly sub: RedisClient;
  private readonly lastSeen = new Map<string, number>();
  private readonly owners = new WeakMap<Room, Map<string, AwarenessOwner>>();
  private readonly gapTimers = new Map<string, NodeJS.Timeout>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unsubscribe: (() => void)[] = [];
  private closed = false;
  private checking = false;

  constructor(
    url: string,
    private readonly rooms: Rooms,
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly options: FanoutOptions = FANOUT_DEFAULTS,
  ) {
    const socket = { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000), connectTimeout: 2000 };
    this.pub = createClient({ url, disableOfflineQueue: true, socket });
    this.sub = createClient({ url, socket });
    let down = false;
    for (const [name, client] of [["pub", this.pub], ["sub", this.sub]] as const) {
      client.on("error", (err: Error) => {
        if (!down) this.log.warn("fanout.redis_error", { client: name, message: err.message });
        down = true;
      });
    }
    this.sub.on("ready", () => {
      if (down) this.log.info("fanout.redis_back", {});
      down = false;
      // Whatever was published while we were away is lost: heal from the store, ask for presence.
      void this.check();
      for (const room of this.rooms.all()) this.publish({ kind: "queryAwareness", from: this.instanceId, docId: room.id });
    });
    this.unsubscribe.push(
      // Eager (S18): the publish leaves in this turn of the event loop, not after the next poll.
      rooms.hooks.addEager((change) => this.committed(change)),
      add(rooms.onLocalAwareness, (room, update) => this.publish({ kind: "awareness", from: this.instanceId, docId: room.id, update })),
      add(rooms.onLoaded, (room) => this.publish({ kind: "queryAwareness", from: this.instanceId, docId: room.id })),
      add(rooms.onRevoked, (docId, code, reason, deleted) => this.publish({ kind: "revoke", from: this.instanceId, docId, code, reason, deleted })),
    );
    this.timers.push(
      setInterval(() => this.publish({ kind: "alive", from: this.instanceId }), options.aliveMs),
      setInterval(() => {
        this.expireInstances(Date.now());
        void this.check();
      }, options.checkMs),
    );
    for (const t of this.timers) t.unref();
  }

  /** Connects both clients and subscribes; resolves once subscribed (retrying while Redis is away). */
  async start(): Promise<void> {
    await Promise.all([this.pub.connect(), this.sub.connect()]);
    await this.sub.subscribe(FANOUT_CHANNEL, (message: Buffer) => this.receive(message), true);
    this.publish({ kind: "alive", from: this.instanceId });
    this.log.info("fanout.started", { instance: this.instanceId });
  }

  private publish(m: FanoutMessage): void {
    if (this.closed || !this.pub.isReady) return;
    this.pub.publish(FANOUT_CHANNEL, Buffer.from(encodeFanout(m))).catch(() => {
      // Redis is away: the periodic check carries the change instead.
    });
  }

  private committed(change: CommittedChange): void {
    this.publish({ kind: "update", from: this.instanceId, docId: change.docId, seq: change.seq, updates: change.updates });
    // A local commit may show that another instance's commit has not reached us yet.
    const room = this.rooms.peek(change.docId);
    if (room && room.log.missing()) this.watchGap(room);
  }

  private receive(data: Buffer): void {
    let m: FanoutMessage;
    try {
      m = decodeFanout(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (err) {
      this.log.warn("fanout.malformed", { message: (err as Error).message });
      return;
    }
    if (m.from === this.instanceId) return;
    this.lastSeen.set(m.from, Date.now());
    if (m.kind === "alive") return;
    if (m.kind === "revoke") {
      this.rooms.revoke(m.docId, m.code, m.reason, m.deleted, true);
      return;
    }
    const room = this.rooms.peek(m.docId);
    if (!room || room.dead) return;
    switch (m.kind) {
      case "update":
        room.applyCommitted(m.updates, m.seq - m.updates.length + 1, m.seq);
        if (room.log.missing()) this.watchGap(room);
        return;
      case "awareness":
        room.applyRemoteAwareness(this.ownerOf(room, m.from), m.update);
        return;
      case "queryAwareness": {
        const presence = room.localPresence();
        if (presence) this.publish({ kind: "awareness", from: this.instanceId, docId: room.id, update: presence });
        return;
      }
    }
  }

  private ownerOf(room: Room, instance: string): AwarenessOwner {
    let perInstance = this.owners.get(room);
    if (!perInstance) this.owners.set(room, (perInstance = new Map()));
    let owner = perInstance.get(instance);
    if (!owner) perInstance.set(instance, (owner = { awarenessClients: new Set<number>(), maxIds: 100_000 }));
    return owner;
  }

  /**
   * Reads a gap from the store unless it closes on its own within `gapWaitMs`: only the numbers
   * known when it showed count, so under steady traffic from other instances (always something
   * in flight) a room reads the store only when a message really is late or lost.
   */
  private watchGap(room: Room): void {
    if (this.gapTimers.has(room.id)) return;
    const upto = room.log.knownSeq;
    // Decided in the check phase (`setImmediate`), after the poll phase has read what already
    // arrived: a timer runs BEFORE pending I/O, so a loaded instance whose missing message sat
    // unread in the Redis socket read the store for nothing (and forwarded it twice).
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          this.gapTimers.delete(room.id);
          if (room.dead || this.closed) return;
          if (room.log.applied < upto) void room.catchUp();
          else if (room.log.missing()) this.watchGap(room); // a newer gap: give it its own wait
        }),
      this.options.gapWaitMs,
    );
    timer.unref();
    this.gapTimers.set(room.id, timer);
  }

  /** Asks the store where every loaded room's log stands; a room behind it catches up as after any gap. */
  async check(): Promise<void> {
    if (this.checking || this.closed) return;
    this.checking = true;
    try {
      const rooms = [...this.rooms.all()].filter((r) => !r.dead);
      if (rooms.length === 0) return;
      const seqs = await this.storage.lastSeqs(rooms.map((r) => r.id));
      for (const room of rooms) {
        const seq = seqs.get(room.id);
        if (seq === undefined) continue;
        room.log.noteKnown(seq);
        // Like any gap: a message in flight may still close it; else every room reads at once, none waits for another.
        if (room.log.missing()) this.watchGap(room);
      }
    } catch (err) {
      this.log.warn("fanout.check_failed", { message: (err as Error).message });
    } finally {
      this.checking = false;
    }
  }

  /** Drops the presence of instances that stopped saying they are alive. */
  private expireInstances(now: number): void {
    for (const [instance, seen] of this.lastSeen) {
      if (now - seen < this.options.instanceTimeoutMs) continue;
      this.lastSeen.delete(instance);
      this.log.info("fanout.instance_gone", { instance });
      for (const room of this.rooms.all()) {
        const owner = this.owners.get(room)?.get(instance);
        if (owner) {
          room.dropRemoteAwareness(owner);
          this.owners.get(room)?.delete(instance);
        }
      }
    }
  }

  /** Stops publishing and listening (shutdown). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    for (const t of this.gapTimers.values()) clearTimeout(t);
    for (const off of this.unsubscribe) off();
    await Promise.allSettled([this.sub.quit(), this.pub.quit()]);
  }
}

function add<T>(set: Set<T>, item: T): () => void {
  set.add(item);
  return () => set.delete(item);
}
