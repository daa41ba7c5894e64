import type { Logger } from "../log";
import type { Role } from "./RoomSocket";

/**
 * Who wrote a committed change: the role of the key behind the socket or request, and the name
 * the writer's page announced in its presence (`user.name`), when it announced one. `server` is a
 * change the server made on its own (a migration, a restore it runs for nobody in particular).
 */
export interface Author {
  readonly role: Role | "server";
  readonly name?: string;
}

/**
 * One document's part of a committed storage transaction: these bytes are stored for `docId`
 * up to sequence number `seq`. Every listener of the after-commit hook (fan-out to other
 * instances, the workspace projections, history and the activity log) learns of changes this
 * way and only this way, and only once they are committed (S3): nothing unstored is ever seen.
 */
export interface CommittedChange {
  readonly docId: string;
  /** The update(s) exactly as stored, in log order. */
  readonly updates: readonly Uint8Array[];
  /** The document's last log sequence number after this commit. */
  readonly seq: number;
  /** ISO time of the commit (the document's new `updatedAt`). */
  readonly at: string;
  /** Distinct writers of the change, in first-seen order (empty when unknown). */
  readonly authors: readonly Author[];
}

export type CommitListener = (change: CommittedChange) => void;

/**
 * The after-commit hook (S18). Listeners are called after the commit's rooms have been told
 * (so forwarding and "Saved" never wait for them), in a later macrotask (eager ones, which only
 * queue a publish, in the same task), one change at a time;
 * a listener that throws is logged and does not stop the others. A listener with heavy work
 * schedules it itself.
 */
export class CommitHooks {
  private readonly listeners = new Set<CommitListener>();
  private readonly eager = new Set<CommitListener>();

  constructor(private readonly log: Logger) {}

  /** Adds a listener; returns the function that removes it. */
  add(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds a listener called at once, right after the commit's rooms were told, in the same task
   * (S18): for work that only queues a few bytes (the fan-out's publish), so that it leaves in
   * this turn of the event loop rather than the next. Anything heavier uses `add`.
   */
  addEager(listener: CommitListener): () => void {
    this.eager.add(listener);
    return () => this.eager.delete(listener);
  }

  /** Delivers committed changes: to the eager listeners now, to every other one off the commit path. */
  emit(changes: readonly CommittedChange[]): void {
    if (changes.length === 0) return;
    if (this.eager.size > 0) this.deliver(this.eager, changes);
    if (this.listeners.size > 0) setImmediate(() => this.deliver(this.listeners, changes));
  }

  private deliver(listeners: ReadonlySet<CommitListener>, changes: readonly CommittedChange[]): void {
    for (const change of changes) {
      for (const listener of listeners) {
        try {
          listener(change);
        } catch (err) {
          this.log.error("commit_hook.failed", { doc: change.docId, message: (err as Error).message });
        }
      }
    }
  }
}

/** The distinct authors of a list, first-seen order. */
export function distinctAuthors(authors: readonly Author[]): Author[] {
  const seen = new Set<string>();
  const out: Author[] = [];
  for (const a of authors) {
    const key = `${a.role}\u0000${a.name ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
