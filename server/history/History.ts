import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { COLLECTIONS, META, ROTATION } from "../../shared/doc/layout";
import { restoreCardsFrom, type CardRestoreResult } from "../../shared/history/restoreCards";
import { summarizeChange } from "../../shared/history/summarizeChange";
import { syncDocTo } from "../../shared/history/syncSharedTree";
import { versionsToPrune, type VersionKind } from "../../shared/history/versionsToPrune";
import type { Journey } from "../../shared/schema/journey";
import type { Logger } from "../log";
import type { Storage, VersionRecord } from "../storage/Storage";
import type { Author } from "../sync/commitHook";
import type { Rooms } from "../sync/Rooms";
import { withDoc } from "../sync/withDoc";
import type { HistoryClock } from "./HistoryClock";
import { docOfState, journeyOfState } from "./journeyOfState";

/** The top-level maps a map's restore makes equal to the version: the journey, not the live workshop (H5). */
export const MAP_RESTORE_ROOTS: readonly string[] = [...COLLECTIONS, META, ROTATION];

/** Why a history operation could not be done; routes turn each into a status. */
export class HistoryError extends Error {
  override readonly name = "HistoryError";
  constructor(
    readonly reason: "noDoc" | "noVersion" | "tooManyNamed" | "failed",
    message: string,
  ) {
    super(message);
  }
}

/** What a new version records besides the state. */
export interface VersionInfo {
  readonly label?: string;
  readonly by?: Author;
  readonly authors?: readonly Author[];
}

/** At most this many named versions per document (H9); a further one is refused (409). */
export const MAX_NAMED_VERSIONS = 500;

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** What History remembers of a document's newest version, so the next save need not decode it again. */
interface Newest {
  readonly id: string;
  readonly stateVector: Uint8Array;
  readonly journey: Journey;
}

/** Documents whose newest version History remembers (the most recently saved ones). */
const NEWEST_CACHE = 32;

/**
 * Versions and restores of documents (api.md "History", H1-H9). Every operation on one
 * document runs after the previous one finished (a per-document queue), so a restore, a named
 * version and an automatic one never interleave.
 */
export class History {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly newest = new Map<string, Newest>();

  constructor(
    private readonly deps: { storage: Storage; rooms: Rooms; log: Logger; clock: HistoryClock },
    private readonly restoreRoots: readonly string[] = MAP_RESTORE_ROOTS,
  ) {}

  /** Runs `fn` after every earlier operation on `docId`. */
  serial<T>(docId: string, fn: () => Promise<T>): Promise<T> {
    const before = this.queues.get(docId) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.queues.set(docId, tail);
    void tail.then(() => {
      if (this.queues.get(docId) === tail) this.queues.delete(docId);
    });
    return run;
  }

  /** Resolves once every queued operation has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  private now(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }

  /** The document's current whole state, or a `noDoc` error. */
  private async currentState(docId: string): Promise<Uint8Array> {
    const state = await withDoc(this.deps, docId, (doc) => Y.encodeStateAsUpdate(doc));
    if (state === null) throw new HistoryError("noDoc", "There is no such map.");
    return state;
  }

  /**
   * Saves the document's current state as a version of `kind` (queued). An `auto` version is
   * skipped (`null`) when nothing changed since the newest version. Retention runs after.
   */
  save(docId: string, kind: VersionKind, info: VersionInfo = {}): Promise<VersionRecord | null> {
    return this.serial(docId, () => this.saveNow(docId, kind, info));
  }

  private async saveNow(docId: string, kind: VersionKind, info: VersionInfo, given?: Uint8Array): Promise<VersionRecord | null> {
    const { storage } = this.deps;
    const state = given ?? (await this.currentState(docId));
    const versions = await storage.listVersions(docId);
    if (kind === "named" && versions.filter((v) => v.kind === "named").length >= MAX_NAMED_VERSIONS) {
      throw new HistoryError("tooManyNamed", `A map keeps at most ${MAX_NAMED_VERSIONS} named versions.`);
    }
    const previous = await this.newestOf(docId, versions[0]?.id);
    const stateVector = Y.encodeStateVectorFromUpdate(state);
    if (kind === "auto" && previous && sameBytes(previous.stateVector, stateVector)) return null;
    const journey = journeyOfState(state);
    const record: VersionRecord = {
      id: randomBytes(12).toString("base64url"),
      docId,
      at: this.now(),
      kind,
      ...(info.label !== undefined ? { label: info.label } : {}),
      ...(info.by ? { by: info.by } : {}),
      ...(info.authors && info.authors.length > 0 ? { authors: info.authors } : {}),
      summary: summarizeChange(previous?.journey ?? null, journey),
      bytes: state.byteLength,
    };
    await storage.saveVersion(record, state);
    this.remember(docId, { id: record.id, stateVector, journey });
    const prune = versionsToPrune([record, ...versions], this.deps.clock.now());
    if (prune.length > 0) await storage.deleteVersions(docId, prune);
    return record;
  }

  /** The newest version's state vector and journey: remembered, or read from the store. */
  private async newestOf(docId: string, id: string | undefined): Promise<Newest | null> {
    if (id === undefined) return null;
    const known = this.newest.get(docId);
    if (known?.id === id) return known;
    const found = await this.deps.storage.loadVersion(docId, id);
    if (!found) return null;
    const newest = { id, stateVector: Y.encodeStateVectorFromUpdate(found.state), journey: journeyOfState(found.state) };
    this.remember(docId, newest);
    return newest;
  }

  private remember(docId: string, newest: Newest): void {
    this.newest.delete(docId);
    this.newest.set(docId, newest);
    if (this.newest.size > NEWEST_CACHE) this.newest.delete(this.newest.keys().next().value as string);
  }

  /** Stores the first state of a new document as its first version, so later summaries have a base. */
  saveInitial(docId: string, state: Uint8Array): Promise<VersionRecord | null> {
    return this.serial(docId, () => this.saveNow(docId, "auto", {}, state));
  }

  /** A version with its state, or a `noVersion` error. */
  async load(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array }> {
    const found = await this.deps.storage.loadVersion(docId, versionId);
    if (!found) throw new HistoryError("noVersion", "This map has no such version.");
    return found;
  }

  /**
   * Makes the live document equal to a version (H5): saves a `beforeRestore` version, then
   * computes, on a copy of the live document, the one transaction (origin `restore`) that
   * changes only what differs, and commits it through the room like any client's update, so
   * every live client receives it at once and offline clients merge as usual.
   */
  restore(docId: string, versionId: string, by: Author): Promise<{ restoredFrom: string; savedAs: string; bytes: number }> {
    return this.serial(docId, async () => {
      const version = await this.load(docId, versionId);
      const saved = await this.saveNow(docId, "beforeRestore", { by });
      const bytes = await this.changeLive(docId, by, (scratch) => {
        const target = docOfState(version.state);
        try {
          syncDocTo(scratch, target, this.restoreRoots, "restore");
        } finally {
          target.destroy();
        }
      });
      this.deps.log.info("history.restored", { doc: docId, version: versionId, bytes });
      return { restoredFrom: versionId, savedAs: (saved as VersionRecord).id, bytes };
    });
  }

  /** Brings deleted cards back from a version without changing anything else (H8). */
  restoreCards(docId: string, versionId: string, cardIds: readonly string[], by: Author): Promise<CardRestoreResult> {
    return this.serial(docId, async () => {
      const version = await this.load(docId, versionId);
      let result: CardRestoreResult = { restored: [], present: [], missing: [...cardIds] };
      await this.changeLive(docId, by, (scratch) => {
        const source = docOfState(version.state);
        try {
          result = restoreCardsFrom(scratch, source, cardIds, "restore");
        } finally {
          source.destroy();
        }
      });
      return result;
    });
  }

  /**
   * Runs `write` on a scratch copy of the live document and commits what it wrote through the
   * room (stored before any client sees it, A27). Returns the size of the committed update (0
   * when nothing changed).
   */
  private async changeLive(docId: string, by: Author, write: (scratch: Y.Doc) => void): Promise<number> {
    const room = await this.deps.rooms.acquire(docId);
    if (!room) throw new HistoryError("noDoc", "There is no such map.");
    try {
      const scratch = new Y.Doc({ gc: false });
      let update: Uint8Array;
      try {
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc));
        const before = Y.encodeStateVector(scratch);
        write(scratch);
        update = Y.encodeStateAsUpdate(scratch, before);
      } finally {
        scratch.destroy();
      }
      if (Y.decodeUpdate(update).structs.length === 0 && update.byteLength <= 2) return 0;
      try {
        await room.submit(update, by);
      } catch {
        throw new HistoryError("failed", "The change could not be stored; the map was not changed.");
      }
      return update.byteLength;
    } finally {
      this.deps.rooms.release(room);
    }
  }
}
