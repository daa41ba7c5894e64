import { encodeAwareness, encodeAwarenessEntries, type AwarenessEntry } from "./messages";

/** Something that owns awareness client ids: a socket's peer. */
export interface AwarenessOwner {
  readonly awarenessClients: Set<number>;
  /** Ids this owner may own; default `maxIdsPerSocket` (another instance stands for many sockets). */
  readonly maxIds?: number;
}

/** One change presence applied, as sent on: the id, its clock and its JSON text (`"null"`: removed). */
export interface PresenceChange {
  readonly clientID: number;
  readonly clock: number;
  readonly json: string;
}

/** What presence may cost (S17, S40); every bound is in ids or bytes, never in people relayed. */
export interface PresenceLimits {
  /** Client ids one socket may own (its own document's id, and a few more for reconnecting tabs). */
  readonly maxIdsPerSocket: number;
  /** Bytes of one state's JSON text; a larger state is ignored (the old one stays). */
  readonly maxStateBytes: number;
  /** Nesting depth of one state; deeper is a malformed message. */
  readonly maxStateDepth: number;
  /** Bytes of every state of the room together; a state that would pass it is ignored. */
  readonly maxRoomBytes: number;
  /** An id whose socket left cannot be claimed again for this long (relayed echoes of it are late)... */
  readonly forgetAfterMs: number;
  /** ...and at most this many such ids are remembered per room (oldest forgotten first). */
  readonly maxForgotten: number;
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = {
  maxIdsPerSocket: 8,
  maxStateBytes: 64 * 1024,
  maxStateDepth: 16,
  maxRoomBytes: 4 * 1024 * 1024,
  forgetAfterMs: 60_000,
  maxForgotten: 4096,
};

interface Entry {
  readonly owner: AwarenessOwner;
  clock: number;
  /** The state's JSON text, or `null` when its owner cleared it. */
  json: string | null;
  bytes: number;
  userName: string | null;
}

/** Counters of what presence did with entries it did not apply (reported by /metrics and the soak). */
export interface PresenceCounters {
  echoes: number;
  ignored: number;
}

/**
 * A room's presence, built on what the stock y-websocket client really does: it re-broadcasts
 * every awareness change it receives, the full set it gets on joining included, so an honest
 * socket's message carries everyone in the room (S17).
 *
 * - A socket OWNS the client ids it announces first (with a state); at most `maxIdsPerSocket`.
 * - An entry for an id another socket owns is an echo: ignored silently, never a reason to close.
 *   Nobody can change, clear or remove a state they do not own; closing a socket removes only
 *   its own ids, at once (S7).
 * - An id that left is remembered for `forgetAfterMs` (bounded), so a late echo of it cannot
 *   bring it back as a ghost owned by whoever relayed it.
 * - States are kept as the JSON text they came in and re-sent as they are (never stringified
 *   again), bounded by bytes per state and per room.
 *
 * Every change goes to every socket (S6); with `coalesce`, the changes of one tick are encoded
 * once into one message. The full snapshot a joiner gets is encoded once and cached until the
 * next change, so any number of joiners share one copy.
 */
export class RoomAwareness {
  private readonly entries = new Map<number, Entry>();
  /** Ids whose socket left, and until when they stay unclaimable (insertion order = age). */
  private readonly gone = new Map<number, number>();
  private readonly pending = new Map<number, { clientID: number; clock: number; json: string }>();
  private scheduled = false;
  private totalBytes = 0;
  private cachedSnapshot: Uint8Array | null = null;
  readonly counters: PresenceCounters = { echoes: 0, ignored: 0 };

  constructor(
    private readonly coalesce: boolean,
    private readonly limits: PresenceLimits,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bytes of every state held (the room's presence bytes). */
  get bytes(): number {
    return this.totalBytes;
  }

  /** Client ids with a state. */
  get size(): number {
    return this.entries.size;
  }

  /** Applies a decoded awareness update from `owner` by the ownership rules above; returns what changed. */
  apply(update: readonly AwarenessEntry[], owner: AwarenessOwner): PresenceChange[] {
    const applied: PresenceChange[] = [];
    for (const e of update) {
      const cur = this.entries.get(e.clientID);
      if (cur && cur.owner !== owner) {
        this.counters.echoes++;
        continue;
      }
      if (!cur) {
        // A removal of an id nobody owns is a relayed echo of someone leaving.
        if (e.removed) continue;
        if (this.isGone(e.clientID) || owner.awarenessClients.size >= (owner.maxIds ?? this.limits.maxIdsPerSocket)) {
          this.counters.ignored++;
          continue;
        }
      } else if (!(cur.clock < e.clock || (cur.clock === e.clock && e.removed && cur.json !== null))) {
        continue; // stale: y-protocols' own rule
      }
      const bytes = e.removed ? 0 : Buffer.byteLength(e.json);
      const freed = cur?.bytes ?? 0;
      if (bytes > this.limits.maxStateBytes || this.totalBytes - freed + bytes > this.limits.maxRoomBytes) {
        this.counters.ignored++;
        continue;
      }
      const json = e.removed ? null : e.json;
      if (cur) this.entries.delete(e.clientID); // re-inserted last: the snapshot lists by last change
      else owner.awarenessClients.add(e.clientID);
      this.entries.set(e.clientID, { owner, clock: e.clock, json, bytes, userName: e.removed ? null : e.userName });
      this.totalBytes += bytes - freed;
      this.changed(e.clientID, e.clock, e.json);
      applied.push({ clientID: e.clientID, clock: e.clock, json: e.json });
    }
    return applied;
  }

  /** The current entries (with a state) of `ids`, for telling another instance (S44 of main). */
  entriesOf(ids: Iterable<number>): PresenceChange[] {
    const out: PresenceChange[] = [];
    for (const id of ids) {
      const e = this.entries.get(id);
      if (e && e.json !== null) out.push({ clientID: id, clock: e.clock, json: e.json });
    }
    return out;
  }

  /** The `user.name` announced by one of the ids `owner` owns, if any. */
  userNameOf(owner: AwarenessOwner): string | null {
    for (const id of owner.awarenessClients) {
      const e = this.entries.get(id);
      if (e?.owner === owner && e.userName !== null) return e.userName;
    }
    return null;
  }

  /** Removes every id `owner` owns, at once, and tells everyone (its socket closed, S7); returns the removals. */
  removeOwner(owner: AwarenessOwner): PresenceChange[] {
    const removed: PresenceChange[] = [];
    for (const id of owner.awarenessClients) {
      const cur = this.entries.get(id);
      if (!cur || cur.owner !== owner) continue;
      this.entries.delete(id);
      this.totalBytes -= cur.bytes;
      this.forget(id);
      if (cur.json !== null) {
        this.changed(id, cur.clock + 1, "null");
        removed.push({ clientID: id, clock: cur.clock + 1, json: "null" });
      }
    }
    owner.awarenessClients.clear();
    return removed;
  }

  /** The full presence, as sent to a socket that joins or asks; `null` when nobody is present. */
  snapshot(): Uint8Array | null {
    if (this.cachedSnapshot) return this.cachedSnapshot;
    const present: { clientID: number; clock: number; json: string }[] = [];
    for (const [clientID, e] of this.entries) if (e.json !== null) present.push({ clientID, clock: e.clock, json: e.json });
    if (present.length === 0) return null;
    this.cachedSnapshot = encodeAwareness(encodeAwarenessEntries(present));
    return this.cachedSnapshot;
  }

  /** Sends the coalesced changes now (also called before the room closes). */
  flush(): void {
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const message = encodeAwareness(encodeAwarenessEntries(this.pending.values()));
    this.pending.clear();
    this.broadcast(message);
  }

  destroy(): void {
    this.pending.clear();
    this.entries.clear();
    this.gone.clear();
    this.cachedSnapshot = null;
    this.totalBytes = 0;
  }

  private changed(clientID: number, clock: number, json: string): void {
    this.cachedSnapshot = null;
    if (!this.coalesce) {
      this.broadcast(encodeAwareness(encodeAwarenessEntries([{ clientID, clock, json }])));
      return;
    }
    this.pending.delete(clientID);
    this.pending.set(clientID, { clientID, clock, json });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private isGone(id: number): boolean {
    const until = this.gone.get(id);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.gone.delete(id);
    return false;
  }

  private forget(id: number): void {
    const now = this.now();
    this.gone.delete(id);
    this.gone.set(id, now + this.limits.forgetAfterMs);
    // Oldest first: drop the expired ones and anything over the bound.
    for (const [old, until] of this.gone) {
      if (until > now && this.gone.size <= this.limits.maxForgotten) break;
      this.gone.delete(old);
    }
  }
}
