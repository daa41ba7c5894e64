import { Worker } from "node:worker_threads";
import type { ErrorIssue } from "../http/HttpError";
import type { Logger } from "../log";

/** What a journey file became in the worker: an update to store, or why not (400 with issues). */
export type JourneyResult =
  | { readonly ok: true; readonly update: Uint8Array; readonly title: string }
  | { readonly ok: false; readonly status: 400; readonly message: string; readonly issues: readonly ErrorIssue[] };

/** A job for the worker (heavyWorker.ts). */
export type HeavyJob =
  | { readonly id: number; readonly kind: "journey"; readonly body: Uint8Array }
  | { readonly id: number; readonly kind: "replace"; readonly body: Uint8Array; readonly state: Uint8Array }
  | { readonly id: number; readonly kind: "verify"; readonly state: Uint8Array };

/** The worker's answer to job `id`. */
export type HeavyAnswer = { readonly id: number; readonly ok: true; readonly journey?: JourneyResult } | { readonly id: number; readonly ok: false; readonly error: string };

/** The worker failed (crashed, or the job threw); the caller answers 503 and changes nothing. */
export class HeavyWorkFailed extends Error {
  override readonly name = "HeavyWorkFailed";
}

type Job = { kind: "journey"; body: Uint8Array } | { kind: "replace"; body: Uint8Array; state: Uint8Array } | { kind: "verify"; state: Uint8Array };

/**
 * Heavy work off the event loop (issue 10, point 7; S47): parsing and validating a journey
 * file, building its Yjs update (PUT, import), and decoding a new snapshot before compaction
 * run in ONE worker thread, one job at a time in order. A worker that dies is replaced and its
 * jobs fail with `HeavyWorkFailed`; nothing is stored for them.
 */
export class HeavyWork {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (a: HeavyAnswer) => void; reject: (e: Error) => void }>();

  constructor(private readonly log: Logger) {}

  /** Parses and validates `body` (a journey file); with `state`, the update that turns that state into it. */
  async journey(body: Uint8Array, state: Uint8Array | null = null): Promise<JourneyResult> {
    const answer = await this.run(state === null ? { kind: "journey", body } : { kind: "replace", body, state });
    if (!answer.ok || !answer.journey) throw new HeavyWorkFailed(answer.ok ? "no result" : answer.error);
    return answer.journey;
  }

  /** Resolves when `state` decodes and applies in a fresh document; rejects otherwise. */
  async verify(state: Uint8Array): Promise<void> {
    const answer = await this.run({ kind: "verify", state });
    if (!answer.ok) throw new HeavyWorkFailed(answer.error);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private run(job: Job): Promise<HeavyAnswer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.ensure().postMessage({ ...job, id });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // Compiled (S25), the worker is plain JavaScript. Under tsx, whose loader does not reach
    // worker threads on Node 20, the worker registers it first, then imports the TypeScript.
    const compiled = import.meta.url.endsWith(".js");
    const bootstrap = () =>
      `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./heavyWorker.ts", import.meta.url).href)}); });`;
    const w = compiled ? new Worker(new URL("./heavyWorker.js", import.meta.url)) : new Worker(bootstrap(), { eval: true });
    w.unref();
    w.on("message", (a: HeavyAnswer) => {
      const waiter = this.waiting.get(a.id);
      this.waiting.delete(a.id);
      waiter?.resolve(a);
    });
    const fail = (err: Error): void => {
      if (this.worker === w) this.worker = null;
      this.log.error("work.failed", { message: err.message });
      for (const waiter of this.waiting.values()) waiter.reject(new HeavyWorkFailed(err.message));
      this.waiting.clear();
    };
    w.on("error", fail);
    w.on("exit", (code) => {
      if (this.waiting.size > 0) fail(new Error(`the worker exited with code ${code}`));
      if (this.worker === w) this.worker = null;
    });
    this.worker = w;
    return w;
  }
}
