import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the log is looked at; a checkpoint runs when something was committed since the last. */
const INTERVAL_MS = 250;

/**
 * The worker: its own connection to the database file, running a PASSIVE checkpoint (copy what
 * the log holds into the database file, waiting for no reader or writer) on each message.
 * Plain CommonJS so that it runs the same under tsx and from the compiled server.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 1000");
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ ok: true, log: r.log, checkpointed: r.checkpointed });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String((err && err.message) || err) });
  }
});
`;

/** What one checkpoint did: frames in the log, frames copied into the database file. */
export interface CheckpointResult {
  readonly log: number;
  readonly checkpointed: number;
}

/**
 * Runs the write-ahead log's checkpoints of one SQLite database off the event loop (S63).
 *
 * SQLite's automatic checkpoint runs inside the commit that pushes the log past 1,000 pages:
 * that commit copies about 4 MB into the database file and waits for the disk's flush, on the
 * thread that forwards edits. Measured with 20 maps x 10 clients at 10 updates/s, one commit in
 * thirty took 5-50 ms that way. The storage turns the automatic checkpoint off on its own
 * connection and this runs it in a worker thread on a connection of its own instead, every
 * {@link INTERVAL_MS} ms when something was committed (`changed()`). A PASSIVE checkpoint waits for
 * no writer, so commits go on meanwhile.
 *
 * If the worker fails, `onFailure` is called once and nothing more is run here: the storage then
 * turns the automatic checkpoint back on (the log never grows without bound).
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private pending: ((r: CheckpointResult | Error) => void) | null = null;
  private running: Promise<void> | null = null;
  private failed = false;
  private closed = false;
  private readonly timer: NodeJS.Timeout;
  private checkpoints = 0;

  /**
   * @param file the database file.
   * @param changed whether something was committed since it was last asked (cheap; on this thread).
   * @param onFailure called once when the worker cannot checkpoint.
   */
  constructor(
    private readonly file: string,
    private readonly changed: () => boolean,
    private readonly onFailure: (err: Error) => void,
  ) {
    this.timer = setInterval(() => this.tick(), INTERVAL_MS);
    this.timer.unref();
  }

  /** How many checkpoints the worker ran. */
  get count(): number {
    return this.checkpoints;
  }

  /** Runs one checkpoint now (after the one in flight, if any); for tests and close. */
  async checkpoint(): Promise<CheckpointResult | null> {
    if (this.running) await this.running;
    if (this.failed || this.closed) return null;
    let result: CheckpointResult | null = null;
    this.running = this.run().then((r) => {
      result = r;
    });
    await this.running;
    this.running = null;
    return result;
  }

  /** Stops the timer, waits for a checkpoint in flight and closes the worker's connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.timer);
    if (this.running) await this.running;
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.once("exit", () => resolve());
      worker.postMessage("close");
    });
  }

  private tick(): void {
    if (this.running || this.failed || this.closed || !this.changed()) return;
    void this.checkpoint();
  }

  private async run(): Promise<CheckpointResult | null> {
    const answer = await new Promise<CheckpointResult | Error>((resolve) => {
      this.pending = resolve;
      try {
        this.ensureWorker().postMessage("checkpoint");
      } catch (err) {
        this.settle(err instanceof Error ? err : new Error(String(err)));
      }
    });
    if (answer instanceof Error) {
      this.fail(answer);
      return null;
    }
    this.checkpoints++;
    return answer;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: this.file } });
    worker.unref();
    worker.on("message", (m: { ok: true; log: number; checkpointed: number } | { ok: false; error: string }) =>
      this.settle(m.ok ? { log: m.log, checkpointed: m.checkpointed } : new WalCheckpointError(m.error)),
    );
    worker.on("error", (err) => this.settle(new WalCheckpointError(err.message)));
    worker.on("exit", (code) => {
      if (!this.closed) this.settle(new WalCheckpointError(`the checkpoint worker exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(answer: CheckpointResult | Error): void {
    const pending = this.pending;
    this.pending = null;
    if (pending) pending(answer);
    else if (answer instanceof Error) this.fail(answer);
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = true;
    clearInterval(this.timer);
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    this.onFailure(err);
  }
}

/** The checkpoint worker could not run a checkpoint (S63). */
export class WalCheckpointError extends Error {
  override readonly name = "WalCheckpointError";
}
