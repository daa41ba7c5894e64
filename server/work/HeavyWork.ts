import { Worker } from "node:worker_threads";
import type { Command } from "../../shared/commands/command";
import type { Workspace } from "../../shared/workspace/schema";
import type { ErrorIssue } from "../http/HttpError";
import type { Logger } from "../log";
import type { ChangeSummary } from "../../shared/history/summarizeChange";
import type { FlavourNoun, VersionReading } from "./docReadings";

/** A journey file the worker refused: the request is 400 with these issues (`message` empty: the caller's own). */
export interface JourneyRefused {
  readonly ok: false;
  readonly status: 400;
  readonly message: string;
  readonly issues: readonly ErrorIssue[];
}

/** An import, built in the worker: a new workspace's first state and its one map's first state. */
export type ImportResult = { readonly ok: true; readonly title: string; readonly workspace: Uint8Array; readonly map: Uint8Array } | JourneyRefused;

/**
 * A PUT, built in the worker: the workspace commands the file adds (teams, people, OKRs; none
 * for a map outside a workspace) and the one update that turns the map's sent state into the
 * file's content (`null` when nothing changes), and that update cut into slices when it is big.
 */
export type ReplaceResult =
  | {
      readonly ok: true;
      readonly title: string;
      readonly workspaceCommands: readonly Command[];
      readonly update: Uint8Array | null;
      /** A big update cut for the live apply (`sliceUpdate`, S54); `null` when it is small. */
      readonly slices: readonly Uint8Array[] | null;
    }
  | JourneyRefused;

/** A map's SVG picture as UTF-8 bytes, and the title its file is named after. */
export interface SvgResult {
  readonly svg: Uint8Array;
  readonly title: string;
}

/** A job for the worker (heavyWorker.ts). */
export type HeavyJob =
  | { readonly id: number; readonly kind: "import"; readonly body: Uint8Array; readonly mapId: string; readonly createdOn?: string }
  | { readonly id: number; readonly kind: "replace"; readonly body: Uint8Array; readonly mapId: string; readonly parts: readonly Uint8Array[]; readonly workspace: Workspace | null }
  | { readonly id: number; readonly kind: "verify"; readonly state: Uint8Array }
  | { readonly id: number; readonly kind: "snapshot"; readonly parts: readonly Uint8Array[] }
  | { readonly id: number; readonly kind: "stateVector"; readonly state: Uint8Array }
  | { readonly id: number; readonly kind: "project"; readonly parts: readonly Uint8Array[]; readonly mapId: string; readonly workspace: Workspace | null; readonly updatedAt: string }
  | { readonly id: number; readonly kind: "version"; readonly parts: readonly Uint8Array[]; readonly previous: Uint8Array | null; readonly noun: FlavourNoun }
  | { readonly id: number; readonly kind: "summary"; readonly before: Uint8Array | null; readonly after: Uint8Array; readonly noun: FlavourNoun }
  | { readonly id: number; readonly kind: "svg"; readonly parts: readonly Uint8Array[]; readonly mapId: string; readonly workspace: Workspace | null; readonly only: boolean; readonly lang: "en" | "de" };

/** The worker's answer to job `id`: the job's result, or why it failed. */
export type HeavyAnswer = { readonly id: number; readonly ok: true; readonly result?: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

/** The worker failed (crashed, or the job threw); the caller answers 503 and changes nothing. */
export class HeavyWorkFailed extends Error {
  override readonly name = "HeavyWorkFailed";
}

type Job = HeavyJob extends infer J ? (J extends { id: number } ? Omit<J, "id"> : never) : never;

/**
 * Heavy work off the event loop (issue 10, point 7; S47): parsing, validating and building a
 * journey file's Yjs update (PUT, import), rendering a map's SVG, and decoding a new snapshot
 * before compaction, and the after-commit readings of big documents (projections, versions,
 * summaries; S54) run in ONE worker thread, one job at a time in order. Bytes go both ways
 * as transferred buffers. A worker that dies is replaced and its jobs fail with
 * `HeavyWorkFailed`; nothing is stored for them.
 */
export class HeavyWork {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (a: HeavyAnswer) => void; reject: (e: Error) => void }>();

  constructor(private readonly log: Logger) {}

  /** Parses and validates `body` (a journey file) and builds the new workspace and map `mapId` holding it (WA1). */
  importJourney(body: Uint8Array, mapId: string, createdOn?: string): Promise<ImportResult> {
    return this.result({ kind: "import", body, mapId, ...(createdOn === undefined ? {} : { createdOn }) });
  }

  /**
   * Parses and validates `body` and computes the PUT of map `mapId` whose state is `parts` (a
   * state and the updates after it): split against `workspace` (WS5) when the map lives in one.
   */
  replaceJourney(body: Uint8Array, mapId: string, parts: readonly Uint8Array[], workspace: Workspace | null): Promise<ReplaceResult> {
    return this.result({ kind: "replace", body, mapId, parts, workspace });
  }

  /** The projection JSON (WA7) of map `mapId` whose state is `parts`, with `workspace`'s directory (S54). */
  projection(parts: readonly Uint8Array[], mapId: string, workspace: Workspace | null, updatedAt: string): Promise<string> {
    return this.result({ kind: "project", parts, mapId, workspace, updatedAt });
  }

  /** A version of the document whose state is `parts`, summarized against `previous` (S54). */
  version(parts: readonly Uint8Array[], previous: Uint8Array | null, noun: FlavourNoun): Promise<VersionReading> {
    return this.result({ kind: "version", parts, previous, noun });
  }

  /** The summary of the change between two stored states (the activity log's, S54). */
  summary(before: Uint8Array | null, after: Uint8Array, noun: FlavourNoun): Promise<ChangeSummary> {
    return this.result({ kind: "summary", before, after, noun });
  }

  /**
   * The SVG picture (X9) of map `mapId` whose stored state is `parts` (a snapshot and updates),
   * read with its workspace as `export.json` reads it (an unreadable part is skipped, S45).
   */
  svg(parts: readonly Uint8Array[], mapId: string, workspace: Workspace | null, only: boolean, lang: "en" | "de"): Promise<SvgResult> {
    return this.result({ kind: "svg", parts, mapId, workspace, only, lang });
  }

  /** Resolves when `state` decodes and applies in a fresh document; rejects otherwise. */
  async verify(state: Uint8Array): Promise<void> {
    await this.result({ kind: "verify", state });
  }

  /** The state `parts` make as one update, checked in a fresh document (a snapshot for compaction, S45, S54); rejects when a part does not apply. */
  async snapshot(parts: readonly Uint8Array[]): Promise<Uint8Array> {
    return (await this.result<{ state: Uint8Array }>({ kind: "snapshot", parts })).state;
  }

  /** The state vector of a whole state (what a joining client is sent first, S60), read without building a document. */
  async stateVector(state: Uint8Array): Promise<Uint8Array> {
    return (await this.result<{ stateVector: Uint8Array }>({ kind: "stateVector", state })).stateVector;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private async result<T>(job: Job): Promise<T> {
    const answer = await this.run(job);
    if (!answer.ok) throw new HeavyWorkFailed(answer.error);
    return answer.result as T;
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
    // Compiled (S25), this code is inside dist-server/index.js and the worker is its own entry
    // point of `npm run build:server`, dist-server/work/heavyWorker.js. Under tsx, whose loader
    // does not reach worker threads on Node 20, the worker registers it first, then imports
    // the TypeScript beside this file.
    const compiled = import.meta.url.endsWith(".js");
    const bootstrap = () =>
      `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./heavyWorker.ts", import.meta.url).href)}); });`;
    const w = compiled ? new Worker(new URL("./work/heavyWorker.js", import.meta.url)) : new Worker(bootstrap(), { eval: true });
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
