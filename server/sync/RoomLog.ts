import * as Y from "yjs";
import type { Logger } from "../log";
import type { AppendResult, Storage } from "../storage/Storage";
import { MalformedMessage } from "./messages";
import { materialize, verifiedState } from "./roomState";

/** A room's starting content: the stored state as one update, or a document already built from it. */
export type InitialState = { readonly state: Uint8Array } | { readonly doc: Y.Doc };

/** Where the stored log stood when the room was loaded. */
export interface LogPosition {
  /** The map's last sequence number; the document holds every update up to it. */
  readonly lastSeq: number;
  readonly logCount: number;
  readonly logBytes: number;
}

export interface RoomLogDeps {
  readonly storage: Storage;
  readonly log: Logger;
  /** Compact the log into the snapshot when it holds more updates than this, or more bytes. */
  readonly compactAfterUpdates: number;
  readonly compactAfterBytes: number;
  /** Checks a new snapshot in a fresh document before it replaces the log (S45); default: at once, here. */
  readonly verifySnapshot?: (state: Uint8Array) => Promise<void>;
  /** Builds a new snapshot from state parts and checks it in a fresh document (S54: in the worker thread); default: `wholeState` here. */
  readonly snapshotOf?: (parts: readonly Uint8Array[]) => Promise<Uint8Array>;
  /**
   * A state of at least this many bytes is big (S60): while its document was never built, the
   * room takes stored updates as bytes, and parts that outgrow their base are merged by
   * `snapshotOf` in the worker instead of encoded here. Default: never (no worker).
   */
  readonly heavyStateBytes?: number;
  /** A whole state's state vector, read in the worker (S60): what a joining client is sent first, without decoding here. */
  readonly stateVectorOf?: (state: Uint8Array) => Promise<Uint8Array>;
}

const isEmptyStateVector = (sv: Uint8Array): boolean => sv.length === 1 && sv[0] === 0;

/**
 * The durable half of a room: the document (always exactly what is stored, S2), where the
 * stored log stands, which sequence numbers the document holds, and compaction (S9).
 *
 * The document is materialized lazily. A room loaded from a single stored update (the usual
 * case: unload compacts the log into the snapshot) keeps those bytes and answers sync from them
 * (`encodeStateVectorFromUpdate`, `diffUpdate`; a new client gets the bytes as they are), so a
 * big map reaches its first client without being decoded into a Y.Doc first. The Y.Doc is
 * built on first need: the first commit, or a reader (`doc`). `fullState` caches the whole
 * state as one update until the document changes.
 *
 * Sequence numbers (S19): a map's log numbers its updates 1, 2, 3... without gaps, whoever
 * appended them (this instance or another one on the same database). `applied` is the number
 * up to which the document holds EVERY stored update; updates known by number beyond it wait
 * in `ahead`. A gap (a fan-out message lost, Redis restarted) shows as `missing()`, and
 * `catchUp` reads what is missing from the store. Compaction only ever covers `applied`, so
 * no instance deletes a row its snapshot does not contain.
 */
export class RoomLog {
  private ydoc: Y.Doc | null = null;
  private fullState: Uint8Array | null = null;
  /** A whole state the document had, and every update applied since (S54): the state as parts, without encoding. */
  private partsBase: Uint8Array | null = null;
  private partsSince: Uint8Array[] = [];
  private partsSinceBytes = 0;
  private stateVector: Uint8Array | null = null;
  private logCount: number;
  private logBytes: number;
  /** Every stored update up to this number is in the document. */
  applied: number;
  /** The highest sequence number known to exist (from a commit, a fan-out message or the store). */
  private known: number;
  /** Numbers above `applied` whose updates are in the document already. */
  private readonly ahead = new Set<number>();
  private compacting: Promise<void> | null = null;

  constructor(
    readonly id: string,
    initial: InitialState,
    stored: LogPosition,
    private readonly deps: RoomLogDeps,
  ) {
    this.applied = stored.lastSeq;
    this.known = stored.lastSeq;
    this.logCount = stored.logCount;
    this.logBytes = stored.logBytes;
    if ("doc" in initial) this.ydoc = initial.doc;
    else this.fullState = initial.state;
  }

  /**
   * The stored state could not be read whole (a snapshot or update that does not decode): the
   * room serves what could be read and is never compacted, so the stored bytes stay (S45).
   */
  damaged = false;

  /** Marks the log damaged (S45): logged once, never compacted. */
  markDamaged(message: string): void {
    if (this.damaged) return;
    this.damaged = true;
    this.stateVector = null;
    this.deps.log.error("room.state_unreadable", { room: this.id, message });
  }

  /** The document (exactly what is stored), built from the stored bytes on first use (S45: what can be read). */
  get doc(): Y.Doc {
    if (!this.ydoc) {
      const { doc, failure } = materialize(this.fullState ? [this.fullState] : this.partsBase ? [this.partsBase, ...this.partsSince] : []);
      this.ydoc = doc;
      if (failure) {
        this.fullState = null; // served from what the document could read from now on
        this.rebase(null);
        this.markDamaged(failure);
      }
    }
    return this.ydoc;
  }

  /** `true` once the document was built (a big state may stay bytes until someone needs it, S60). */
  get built(): boolean {
    return this.ydoc !== null;
  }

  /** The whole state as one update (cached until the document changes). */
  wholeState(): Uint8Array {
    // Half-applied (S54): the document is not yet what is stored; nothing of it is cached.
    if (this.slicing) return Y.encodeStateAsUpdate(this.doc);
    if (!this.fullState && this.partsBase && this.partsSince.length === 0) this.fullState = this.partsBase; // merged in the worker (S60)
    if (!this.fullState) {
      this.fullState = Y.encodeStateAsUpdate(this.doc);
      this.rebase(this.fullState);
    }
    return this.fullState;
  }

  /**
   * The document's state as updates that make it (S54): the cached whole state, else the last
   * whole state known and every update applied since, so a worker thread can read a big
   * document without the event loop encoding it; one `encodeStateAsUpdate` only when no whole
   * state is known (or the updates since outgrew it).
   */
  stateParts(): Uint8Array[] {
    if (this.fullState) return [this.fullState];
    if (this.partsBase) return [this.partsBase, ...this.partsSince];
    return [this.wholeState(), ...this.slicingStored];
  }

  /** Takes `state` as the document's whole state at the current position (read back from a worker, S54). */
  rebaseAt(state: Uint8Array, position: number): void {
    if (position !== this.changes || this.fullState || this.slicing) return;
    this.fullState = state;
    this.rebase(state);
  }

  /** How many times the document has changed so far: a position to compare before and after an await. */
  get changes(): number {
    return this.changeCount;
  }

  private changeCount = 0;

  private rebase(state: Uint8Array | null): void {
    this.partsBase = state;
    this.partsSince = [];
    this.partsSinceBytes = 0;
  }

  /** The document's state vector (sync step 1 to a joining socket), cached. */
  currentStateVector(): Uint8Array {
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

  /** What a client with `stateVector` is missing (sync step 2). */
  diffFor(stateVector: Uint8Array): Uint8Array {
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

  /** This instance committed `stored` at `result`: records the position and applies it. */
  committed(stored: readonly Uint8Array[], result: AppendResult): Uint8Array | null {
    this.logCount = result.logCount;
    this.logBytes = result.logBytes;
    return this.applyStored(stored, result.lastSeq - stored.length + 1, result.lastSeq);
  }

  /** A sliced apply under way (S54) and the stored updates it applies. */
  private slicing: Promise<unknown> | null = null;
  private slicingStored: Uint8Array[] = [];

  /**
   * Like `committed`, for a big change (S54): `slices` (together exactly `stored`; a PUT's
   * update cut by `sliceUpdate`) are applied one per macrotask, so other sockets' messages and
   * requests are served in between. Until the last slice is in, the document holds less than
   * what is stored (never more): `applied` stays below these numbers (compaction keeps their
   * rows), nothing of the half document is cached, and `stateParts` already holds `stored`.
   * Other commits meanwhile are applied as usual. Resolves with the stored updates (what
   * clients are sent, as they are), or `null` when the document held them already.
   */
  async committedInSlices(stored: readonly Uint8Array[], result: AppendResult, slices: readonly Uint8Array[]): Promise<readonly Uint8Array[] | null> {
    this.logCount = result.logCount;
    this.logBytes = result.logBytes;
    const first = result.lastSeq - stored.length + 1;
    const last = result.lastSeq;
    if (last <= this.applied) return null;
    if (this.keepsBytes()) {
      // Never built (S60): the stored update joins the state's bytes; nothing is decoded here.
      this.noteChanged(stored);
      for (let n = Math.max(first, this.applied + 1); n <= last; n++) this.ahead.add(n);
      this.known = Math.max(this.known, last);
      this.advance();
      return stored;
    }
    const doc = this.doc;
    this.noteChanged(stored);
    this.slicingStored.push(...stored);
    const before = this.slicing ?? Promise.resolve();
    const run = before.then(async () => {
      for (const slice of slices) {
        if (this.ydoc !== doc) return;
        try {
          Y.applyUpdate(doc, slice, this);
        } catch (err) {
          this.deps.log.error("room.apply_failed", { room: this.id, message: (err as Error).message });
        }
        await new Promise((r) => setImmediate(r));
      }
    });
    this.slicing = run;
    try {
      await run;
    } finally {
      if (this.slicing === run) {
        this.slicing = null;
        this.slicingStored = [];
      }
      this.fullState = null;
      this.stateVector = null;
    }
    if (this.ydoc !== doc) return null;
    for (let n = Math.max(first, this.applied + 1); n <= last; n++) this.ahead.add(n);
    this.known = Math.max(this.known, last);
    this.advance();
    return stored;
  }

  /**
   * Applies stored updates numbered `first`..`last` (committed here or by another instance) and
   * returns what was new to the document as one update, or `null` when nothing was. Numbers the
   * document holds already are skipped; applying twice is harmless anyway (Yjs is idempotent).
   */
  applyStored(updates: readonly Uint8Array[], first: number, last: number): Uint8Array | null {
    if (last <= this.applied) return null;
    const change = this.apply(updates);
    for (let n = Math.max(first, this.applied + 1); n <= last; n++) this.ahead.add(n);
    this.known = Math.max(this.known, last);
    this.advance();
    return change;
  }

  /** The highest sequence number known to exist in the store. */
  get knownSeq(): number {
    return this.known;
  }

  /** `true` when the store holds updates the document does not (a gap, or a newer known number). */
  missing(): boolean {
    return this.known > this.applied;
  }

  /** Notes that the store's log reaches `lastSeq` (the periodic check). */
  noteKnown(lastSeq: number): void {
    this.known = Math.max(this.known, lastSeq);
  }

  /**
   * Reads from the store everything after `applied` (and the snapshot, when a compaction by
   * another instance already deleted rows this document lacks) and applies it. Returns what was
   * new to the document, or `null`. Rejects when the store fails; the document is unchanged then.
   */
  async catchUp(): Promise<Uint8Array | null> {
    const since = await this.deps.storage.loadUpdatesAfter(this.id, this.applied);
    if (!since) return null;
    const parts = since.snapshot ? [since.snapshot, ...since.updates] : since.updates;
    const change = this.apply(parts);
    // Numbers beyond what was read may have arrived while it was read (their updates are in the
    // document): `advance` keeps them. Forgetting them showed a gap that was none, and every such
    // false gap read the store again (S19).
    this.applied = Math.max(this.applied, since.lastSeq);
    this.known = Math.max(this.known, since.lastSeq);
    this.advance();
    return change;
  }

  private advance(): void {
    while (this.ahead.delete(this.applied + 1)) this.applied++;
    for (const n of this.ahead) if (n <= this.applied) this.ahead.delete(n);
  }

  private apply(updates: readonly Uint8Array[]): Uint8Array | null {
    if (this.keepsBytes()) {
      // A big state never built (S60): kept as bytes; clients get the stored updates as they are (Yjs ignores what they have).
      this.noteChanged(updates);
      return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates([...updates]);
    }
    const out: Uint8Array[] = [];
    const onUpdate = (u: Uint8Array, origin: unknown): void => {
      if (origin === this) out.push(u);
    };
    const doc = this.doc;
    doc.on("update", onUpdate);
    try {
      for (const u of updates) {
        try {
          Y.applyUpdate(doc, u, this);
        } catch (err) {
          this.deps.log.error("room.apply_failed", { room: this.id, message: (err as Error).message });
        }
      }
    } finally {
      doc.off("update", onUpdate);
    }
    if (out.length === 0) return null;
    this.noteChanged(updates);
    return out.length === 1 ? (out[0] as Uint8Array) : Y.mergeUpdates(out);
  }

  /** The document changed by `updates`: the state parts grow by them; the cached whole state and state vector go. */
  private noteChanged(updates: readonly Uint8Array[]): void {
    this.changeCount++;
    if (this.fullState) this.rebase(this.fullState);
    if (this.partsBase) {
      this.partsSince.push(...updates);
      this.partsSinceBytes += updates.reduce((n, u) => n + u.byteLength, 0);
      // Parts that outgrew their base cost the worker more than one encoding here (applying a
      // 20,000-card PUT's update takes the worker seven times as long as reading the merged
      // state, for every reading). A room whose document was never built keeps them (S60): a
      // state that is only bytes is never dropped; more than 10,000 are merged in the worker, a
      // joining client's `ready` merges them, and compaction, due after a big one, rebases them.
      const many = this.partsSince.length > 10_000;
      if (many || this.partsSinceBytes > 4 * this.partsBase.byteLength + 1024 * 1024) {
        if (this.ydoc) this.rebase(null);
        else if (many) this.mergeParts();
      }
    }
    this.fullState = null;
    this.stateVector = null;
  }

  /** `true` while the document was never built and the state is big (S60): it stays bytes until someone needs the document. */
  private keepsBytes(): boolean {
    if (this.ydoc || this.deps.heavyStateBytes === undefined || !this.deps.snapshotOf) return false;
    const bytes = this.fullState ? this.fullState.byteLength : this.partsBase ? this.partsBase.byteLength + this.partsSinceBytes : 0;
    return bytes >= this.deps.heavyStateBytes;
  }

  private merging: Promise<void> | null = null;
  private mergeFailed = false;

  /**
   * Resolves when a client joining now is served from bytes (S60): a never-built big state's
   * parts merged into one in the worker, and its state vector read there. Never rejects; a
   * room that keeps changing (or a worker that fails) is served as before after a few tries.
   */
  async ready(): Promise<void> {
    for (let tries = 0; tries < 3 && this.keepsBytes() && !this.stateVector && !this.mergeFailed; tries++) {
      if (this.partsBase && this.partsSince.length > 0) {
        this.mergeParts();
        await this.merging;
        continue;
      }
      if (!this.deps.stateVectorOf) return;
      const position = this.changeCount;
      try {
        const stateVector = await this.deps.stateVectorOf(this.wholeState());
        if (this.changeCount === position && !this.damaged) this.stateVector ??= stateVector;
      } catch (err) {
        this.deps.log.warn("room.state_vector_failed", { room: this.id, message: (err as Error).message });
        return;
      }
    }
  }

  /**
   * Merges the state parts into one whole state in the worker (S60) and takes it as the new
   * base, keeping the updates applied meanwhile after it. A part that does not apply leaves the
   * parts as they are (the document, when built, says what could be read, S45).
   */
  private mergeParts(): void {
    const base = this.partsBase;
    if (this.merging || !base || !this.deps.snapshotOf) return;
    const count = this.partsSince.length;
    this.merging = this.deps
      .snapshotOf([base, ...this.partsSince])
      .then((state) => {
        if (this.partsBase !== base) return;
        const rest = this.partsSince.slice(count);
        this.partsBase = state;
        this.partsSince = rest;
        this.partsSinceBytes = rest.reduce((n, u) => n + u.byteLength, 0);
      })
      .catch((err: unknown) => {
        this.mergeFailed = true;
        this.deps.log.warn("room.merge_failed", { room: this.id, message: (err as Error).message });
      })
      .finally(() => {
        this.merging = null;
      });
  }

  /** `true` when the log passed a compaction bound (S9). */
  dueForCompaction(): boolean {
    return this.logCount > this.deps.compactAfterUpdates || this.logBytes > this.deps.compactAfterBytes;
  }

  /**
   * Replaces the stored log up to `applied` by a snapshot of the document, in one transaction
   * (S9). Appends may run meanwhile, here or elsewhere: the store deletes only the rows up to
   * `applied`, which the snapshot holds. One compaction at a time per room.
   */
  compact(): Promise<void> {
    this.compacting ??= this.compactNow().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private async compactNow(): Promise<void> {
    // A sliced apply first (S54): its rows stay until the document holds them.
    while (this.slicing) await this.slicing;
    if (this.logCount === 0 || this.applied === 0 || this.damaged) return;
    const upto = this.applied;
    const position = this.changeCount;
    try {
      // The new snapshot must decode in a fresh document before the log it replaces is deleted (S45).
      // A state known as parts is built into one in the worker (S54); it holds at least `upto`.
      const parts = this.stateParts();
      let snapshot: Uint8Array;
      if (parts.length > 1 && this.deps.snapshotOf) {
        snapshot = await this.deps.snapshotOf(parts);
        this.rebaseAt(snapshot, position);
      } else {
        snapshot = parts.length === 1 ? (parts[0] as Uint8Array) : this.wholeState();
        if (this.deps.verifySnapshot) await this.deps.verifySnapshot(snapshot);
        else verifiedState(snapshot);
      }
      await this.deps.storage.compact(this.id, snapshot, upto);
      this.logCount = 0;
      this.logBytes = 0;
      this.deps.log.info("room.compacted", { room: this.id, uptoSeq: upto });
    } catch (err) {
      // The log is still intact; compaction is retried at the next bound or unload.
      this.deps.log.error("room.compact_failed", { room: this.id, message: (err as Error).message });
    }
  }

  /** Releases the document. */
  destroy(): void {
    this.ydoc?.destroy();
    this.ydoc = null;
    this.fullState = null;
    this.partsBase = null;
    this.partsSince = [];
    this.stateVector = null;
  }
}
