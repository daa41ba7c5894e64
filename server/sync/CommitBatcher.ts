import * as Y from "yjs";
import type { Metrics } from "../metrics";
import type { AppendResult, Storage } from "../storage/Storage";
import { distinctAuthors, type Author, type CommitHooks } from "./commitHook";

/** One update handed to the batcher: the checked bytes and who wrote them. */
export interface CommitItem {
  readonly update: Uint8Array;
  readonly author: Author;
}

/**
 * The owner of a document's queued updates (a room). The batcher tells it, in the order of
 * the transactions, what became of each batch it took.
 */
export interface CommitSink<I extends CommitItem> {
  /** The document id the updates are stored under. */
  readonly id: string;
  /** `batch` is committed, stored as `stored` (merged), at log position `result`. */
  committed(batch: readonly I[], stored: readonly Uint8Array[], result: AppendResult): void;
  /** The transaction holding `batch` failed: nothing of it was stored, for any document (S10). */
  failed(batch: readonly I[], err: Error): void;
}

/**
 * ONE storage transaction per event-loop tick across ALL rooms (S3), and the queue of every
 * update that waits for it.
 *
 * A room hands each checked update over as it arrives (`add`). At the end of the tick (one
 * `setImmediate` for everything) the batcher takes the whole queue, merges each document's
 * updates into one (`Y.mergeUpdates`; one by one when they do not merge), commits all of them
 * with one `storage.appendMany`, and then tells each document's sink: `committed` with its
 * log position, or `failed` with the same error for every document in it, since nothing of
 * it was stored. Sinks forward and acknowledge only in `committed` (A27). Then the after-commit
 * hook announces every change (S18).
 *
 * Lanes (S58): up to `storage.commitLanes` transactions may be in flight at once (1 for SQLite
 * and memory, whose commits finish in their own task; several for PostgreSQL, where a commit
 * waits on the network and the disk). A document is in at most ONE of them: what it adds while
 * its transaction is in flight stays queued for a transaction that starts after that one ended,
 * so each document's batches are committed and reported in the order they were handed over.
 * Other documents' updates do not wait for it: the next tick starts a transaction on a free lane.
 */
export class CommitBatcher<I extends CommitItem = CommitItem> {
  private queue = new Map<CommitSink<I>, I[]>();
  /** When each queued document's oldest waiting update was added (for the queue-wait metric). */
  private readonly queuedAt = new Map<CommitSink<I>, number>();
  private readonly inFlight = new Set<CommitSink<I>>();
  /** Transactions in flight, at most `lanes`. */
  private readonly running = new Set<Promise<void>>();
  private scheduled = false;
  private readonly lanes: number;

  constructor(
    private readonly storage: Storage,
    private readonly metrics: Metrics,
    /** Told of every committed entry after the sinks are (S18). */
    readonly hooks: CommitHooks,
  ) {
    this.lanes = Math.max(1, Math.floor(storage.commitLanes));
  }

  /** Queues one update of `sink`'s document for the next transaction it can join. */
  add(sink: CommitSink<I>, item: I): void {
    const list = this.queue.get(sink);
    if (list) list.push(item);
    else {
      this.queue.set(sink, [item]);
      this.queuedAt.set(sink, performance.now());
    }
    this.schedule();
  }

  /** `true` while `sink` has updates queued or in a transaction. */
  busy(sink: CommitSink<I>): boolean {
    return this.queue.has(sink) || this.inFlight.has(sink);
  }

  /** Drops what `sink` has queued but not yet handed to storage (its room closed for good). */
  discard(sink: CommitSink<I>): readonly I[] {
    const list = this.queue.get(sink) ?? [];
    this.queue.delete(sink);
    this.queuedAt.delete(sink);
    return list;
  }

  /** Resolves once `sink` has nothing queued or in flight. */
  async settle(sink: CommitSink<I>): Promise<void> {
    while (this.busy(sink)) {
      if (this.running.size > 0) await Promise.race(this.running);
      else await new Promise((r) => setImmediate(r));
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Starts a transaction on a free lane with every queued document that is not in flight. */
  private flush(): void {
    if (this.running.size >= this.lanes) return; // a lane that frees up flushes again
    const taken = new Map<CommitSink<I>, I[]>();
    let oldest = Infinity;
    for (const [sink, list] of this.queue) {
      if (this.inFlight.has(sink)) continue; // its earlier batch is still being committed
      taken.set(sink, list);
      oldest = Math.min(oldest, this.queuedAt.get(sink) ?? oldest);
    }
    if (taken.size === 0) return;
    for (const sink of taken.keys()) {
      this.queue.delete(sink);
      this.queuedAt.delete(sink);
      this.inFlight.add(sink);
    }
    this.metrics.observeQueueWait((performance.now() - oldest) / 1000);
    const done: Promise<void> = this.commit(taken).finally(() => {
      for (const sink of taken.keys()) this.inFlight.delete(sink);
      this.running.delete(done);
      if (this.queue.size > 0) this.schedule();
    });
    this.running.add(done);
  }

  private async commit(queue: ReadonlyMap<CommitSink<I>, readonly I[]>): Promise<void> {
    const at = new Date().toISOString();
    const entries = [...queue].map(([sink, batch]) => ({ sink, batch, updates: merged(batch.map((b) => b.update)) }));
    const started = performance.now();
    let results: readonly AppendResult[];
    try {
      results = await this.storage.appendMany(entries.map((e) => ({ id: e.sink.id, updates: e.updates, at })));
    } catch (err) {
      for (const e of entries) e.sink.failed(e.batch, err as Error);
      return;
    }
    this.metrics.observeCommit((performance.now() - started) / 1000);
    entries.forEach((e, i) => e.sink.committed(e.batch, e.updates, results[i] as AppendResult));
    this.hooks.emit(
      entries.map((e, i) => ({
        docId: e.sink.id,
        updates: e.updates,
        seq: (results[i] as AppendResult).lastSeq,
        at,
        authors: distinctAuthors(e.batch.map((b) => b.author)),
      })),
    );
  }
}

/** Above this many bytes a tick's updates of one document are stored as they are: merging them would hold the event loop (S54). */
const MERGE_LIMIT_BYTES = 1024 * 1024;

/** One update when they merge; otherwise each (they were checked alone), still in one transaction. */
function merged(updates: readonly Uint8Array[]): readonly Uint8Array[] {
  if (updates.length === 1 || updates.reduce((n, u) => n + u.byteLength, 0) > MERGE_LIMIT_BYTES) return updates;
  try {
    return [Y.mergeUpdates(updates as Uint8Array[])];
  } catch {
    return updates;
  }
}
