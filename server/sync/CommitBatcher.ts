import type { Metrics } from "../metrics";
import type { AppendBatchEntry, AppendResult, Storage } from "../storage/Storage";
import { distinctAuthors, type Author, type CommitHooks } from "./commitHook";

interface Queued {
  readonly entry: AppendBatchEntry;
  readonly authors: readonly Author[];
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * ONE storage transaction per event-loop tick across ALL rooms (S3).
 *
 * A room with pending updates asks for a turn (`request`). At the end of the tick (one
 * `setImmediate` for every room) each waiting room takes its turn: it merges its pending
 * updates and hands them over (`append`). Then everything handed over is committed with one
 * `storage.appendMany`, and each room's `append` promise settles: resolved with that map's
 * log position once the shared transaction is committed, or rejected with the same error for
 * every room in it when it fails, since nothing of it was stored (S10). Rooms forward and
 * acknowledge only after their promise resolved (A27).
 *
 * Transactions run one at a time: what is handed over while one is in flight (only possible
 * with a backend that does not answer at once) goes into the next.
 */
export class CommitBatcher {
  private turns: (() => void)[] = [];
  private queued: Queued[] = [];
  private scheduled = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly metrics: Metrics,
    /** Told of every committed entry after the rooms are (S18). */
    readonly hooks: CommitHooks,
  ) {}

  /** Runs `turn` at the end of this tick, before the shared commit; `turn` may call `append`. */
  request(turn: () => void): void {
    this.turns.push(turn);
    this.schedule();
  }

  /** Adds one map's updates to the next shared transaction; settles when it is committed or failed. */
  append(id: string, updates: readonly Uint8Array[], at: string, authors: readonly Author[] = []): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queued.push({ entry: { id, updates, at }, authors, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      if (this.running) {
        // The previous transaction is still in flight; flush right after it.
        void this.running.then(() => this.flush());
        return;
      }
      this.flush();
    });
  }

  private flush(): void {
    this.scheduled = false;
    const turns = this.turns;
    this.turns = [];
    for (const turn of turns) turn();
    const queued = this.queued;
    this.queued = [];
    if (queued.length === 0) return;
    this.running = this.commit(queued).finally(() => {
      this.running = null;
    });
  }

  private async commit(queued: readonly Queued[]): Promise<void> {
    const started = performance.now();
    let results: readonly AppendResult[];
    try {
      results = await this.storage.appendMany(queued.map((q) => q.entry));
    } catch (err) {
      for (const q of queued) q.reject(err);
      return;
    }
    this.metrics.observeCommit((performance.now() - started) / 1000);
    queued.forEach((q, i) => q.resolve(results[i] as AppendResult));
    this.hooks.emit(
      queued.map((q, i) => ({
        docId: q.entry.id,
        updates: q.entry.updates,
        seq: (results[i] as AppendResult).lastSeq,
        at: q.entry.at,
        authors: distinctAuthors(q.authors),
      })),
    );
  }
}
