import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { restoreCardsFrom, type CardRestoreResult } from "../../shared/history/restoreCards";
import { syncDocTo } from "../../shared/history/syncSharedTree";
import { dropPointsFromDoc, pointsInDoc } from "../../shared/workspace/metricPointsInDoc";
import { versionsToPrune, type VersionKind } from "../../shared/history/versionsToPrune";
import type { ChangeSummary } from "../../shared/history/summarizeChange";
import type { Logger } from "../log";
import type { Storage, VersionRecord } from "../storage/Storage";
import type { Author } from "../sync/commitHook";
import type { Rooms } from "../sync/Rooms";
import { withDoc } from "../sync/withDoc";
import { bytesOf, HEAVY_STATE_BYTES } from "../work/docReadings";
import type { HeavyWork } from "../work/HeavyWork";
import { storedParts } from "../work/storedParts";
import { MAP_FLAVOUR, WORKSPACE_FLAVOUR, type DocFlavour } from "./docFlavours";
import type { HistoryClock } from "./HistoryClock";
import { docOfState } from "./journeyOfState";

export { MAP_RESTORE_ROOTS } from "./docFlavours";

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

/** A document's state as History reads it: the whole update, its state vector, and its reading for summaries. */
interface Reading {
  readonly state: Uint8Array;
  readonly stateVector: Uint8Array;
  readonly value: unknown;
}

/**
 * What History remembers of a document's newest version, so the next save need not decode it
 * again. `value` is `undefined` for a version read in the worker thread (S54): only its state
 * vector is kept here.
 */
interface Newest {
  readonly id: string;
  readonly stateVector: Uint8Array;
  readonly value: unknown;
}

/** A version to store: the state, its state vector, and the summary against the previous version. */
interface Computed {
  readonly state: Uint8Array;
  readonly stateVector: Uint8Array;
  /** The summary's reading of the state, when it was read here (kept for the next summary). */
  readonly value: unknown;
  readonly summary: ChangeSummary;
  /** The previous version's state vector, `null` without one. */
  readonly previousStateVector: Uint8Array | null;
}

/** Documents whose newest version History remembers (the most recently saved ones). */
const NEWEST_CACHE = 32;

/**
 * Versions and restores of documents (api.md "History", H1-H10): maps and workspace documents,
 * each read and restored by its flavour (`docFlavours.ts`). Every operation on one document
 * runs after the previous one finished (a per-document queue), so a restore, a named version and
 * an automatic one never interleave.
 */
export class History {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly newest = new Map<string, Newest>();
  /** A document's kind never changes: its flavour, once known. */
  private readonly flavours = new Map<string, DocFlavour>();

  constructor(private readonly deps: { storage: Storage; rooms: Rooms; log: Logger; clock: HistoryClock; work?: HeavyWork }) {}

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

  /** How the document is read and restored: a workspace document's way or a map's. */
  async flavourOf(docId: string): Promise<DocFlavour> {
    const known = this.flavours.get(docId);
    if (known) return known;
    const flavour = (await this.deps.storage.workspaces.kindOf(docId)).kind === "workspace" ? WORKSPACE_FLAVOUR : MAP_FLAVOUR;
    if (this.flavours.size > 10_000) this.flavours.clear();
    this.flavours.set(docId, flavour);
    return flavour;
  }

  /** The summary of the change between two stored states of the document (the activity log's). */
  async summarizeStates(docId: string, before: Uint8Array | null, after: Uint8Array): Promise<ChangeSummary> {
    const flavour = await this.flavourOf(docId);
    if (this.deps.work && after.byteLength + (before?.byteLength ?? 0) >= HEAVY_STATE_BYTES) return this.deps.work.summary(before, after, flavour.noun);
    return flavour.summarize(before ? readState(flavour, before) : null, readState(flavour, after));
  }

  /**
   * The document's current state read once: encoded from the loaded room's document (no
   * decoding), or from the store. A `noDoc` error when there is no such document.
   */
  private async current(docId: string, flavour: DocFlavour): Promise<Reading> {
    const reading = await withDoc(this.deps, docId, (doc) => ({ state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc), value: flavour.read(doc) }));
    if (reading === null) throw new HistoryError("noDoc", `There is no such ${flavour.noun}.`);
    return reading;
  }

  /**
   * Saves the document's current state as a version of `kind` (queued). An `auto` version is
   * skipped (`null`) when nothing changed since the newest version. Retention runs after.
   */
  async save(docId: string, kind: VersionKind, info: VersionInfo = {}): Promise<VersionRecord | null> {
    return (await this.serial(docId, () => this.saveNow(docId, kind, info)))?.record ?? null;
  }

  private async saveNow(docId: string, kind: VersionKind, info: VersionInfo, given?: Uint8Array): Promise<{ record: VersionRecord; reading: Reading } | null> {
    const { storage } = this.deps;
    const flavour = await this.flavourOf(docId);
    const versions = await storage.listVersions(docId);
    if (kind === "named" && versions.filter((v) => v.kind === "named").length >= MAX_NAMED_VERSIONS) {
      throw new HistoryError("tooManyNamed", `A ${flavour.noun} keeps at most ${MAX_NAMED_VERSIONS} named versions.`);
    }
    const computed = (await this.offThread(docId, flavour, versions[0]?.id, given)) ?? (await this.here(docId, flavour, versions[0]?.id, given));
    if (kind === "auto" && computed.previousStateVector && sameBytes(computed.previousStateVector, computed.stateVector)) return null;
    const record: VersionRecord = {
      id: randomBytes(12).toString("base64url"),
      docId,
      at: this.now(),
      kind,
      ...(info.label !== undefined ? { label: info.label } : {}),
      ...(info.by ? { by: info.by } : {}),
      ...(info.authors && info.authors.length > 0 ? { authors: info.authors } : {}),
      summary: computed.summary,
      bytes: computed.state.byteLength,
    };
    await storage.saveVersion(record, computed.state);
    this.remember(docId, { id: record.id, stateVector: computed.stateVector, value: computed.value });
    const prune = versionsToPrune([record, ...versions], this.deps.clock.now());
    if (prune.length > 0) await storage.deleteVersions(docId, prune);
    return { record, reading: { state: computed.state, stateVector: computed.stateVector, value: computed.value } };
  }

  /** The version computed here: the document (or `given`) read once, summarized against the newest version's reading. */
  private async here(docId: string, flavour: DocFlavour, previousId: string | undefined, given?: Uint8Array): Promise<Computed> {
    const reading = given ? readingOf(flavour, given) : await this.current(docId, flavour);
    const previous = await this.newestOf(docId, previousId, flavour);
    return { ...reading, summary: flavour.summarize(previous?.value ?? null, reading.value), previousStateVector: previous?.stateVector ?? null };
  }

  /**
   * The version of a big document computed in the worker thread from its state's bytes (S54);
   * `undefined` for a small one (computed here) or without a worker. The state is the one the
   * document had when the job was sent: when the loaded room changed meanwhile, the version is
   * taken again from the room's state parts at that moment (no encoding here, S60), so a `beforeReplace`
   * version holds every edit committed before it is saved (S52).
   */
  private async offThread(docId: string, flavour: DocFlavour, previousId: string | undefined, given?: Uint8Array): Promise<Computed | undefined> {
    const { work, rooms, storage } = this.deps;
    if (!work) return undefined;
    const room = given ? undefined : rooms.peek(docId);
    const position = room && !room.dead ? room.log.changes : -1;
    const parts = given ? [given] : await storedParts(this.deps, docId);
    if (parts === null) throw new HistoryError("noDoc", `There is no such ${flavour.noun}.`);
    if (bytesOf(parts) < HEAVY_STATE_BYTES) return undefined;
    const previous = previousId === undefined ? null : ((await storage.loadVersion(docId, previousId))?.state ?? null);
    let read = await work.version(parts, previous, flavour.noun);
    const now = given ? undefined : rooms.peek(docId);
    if (!given && (now !== room || (now && !now.dead && now.log.changes !== position))) {
      read = await work.version(now && !now.dead ? now.log.stateParts() : ((await storedParts(this.deps, docId)) ?? parts), previous, flavour.noun);
    }
    return { ...read, value: undefined };
  }

  /** The newest version's state vector and reading: remembered, or read from the store. */
  private async newestOf(docId: string, id: string | undefined, flavour: DocFlavour): Promise<Newest | null> {
    if (id === undefined) return null;
    const known = this.newest.get(docId);
    if (known?.id === id && known.value !== undefined) return known;
    const found = await this.deps.storage.loadVersion(docId, id);
    if (!found) return null;
    const newest = { id, ...readingOf(flavour, found.state) };
    this.remember(docId, newest);
    return newest;
  }

  private remember(docId: string, newest: Newest): void {
    this.newest.delete(docId);
    this.newest.set(docId, { id: newest.id, stateVector: newest.stateVector, value: newest.value });
    if (this.newest.size > NEWEST_CACHE) this.newest.delete(this.newest.keys().next().value as string);
  }

  /** Stores the first state of a new document as its first version, so later summaries have a base. */
  async saveInitial(docId: string, state: Uint8Array): Promise<VersionRecord | null> {
    return (await this.serial(docId, () => this.saveNow(docId, "auto", {}, state)))?.record ?? null;
  }

  /** A version with its state, or a `noVersion` error. */
  async load(docId: string, versionId: string): Promise<{ record: VersionRecord; state: Uint8Array }> {
    const found = await this.deps.storage.loadVersion(docId, versionId);
    if (!found) throw new HistoryError("noVersion", `This ${(await this.flavourOf(docId)).noun} has no such version.`);
    return found;
  }

  /**
   * Makes the live document equal to a version (H5, H10): saves a `beforeRestore` version, then
   * computes, on a copy of the live document (built from the state that version just encoded),
   * the one transaction (origin `restore`) that changes only what differs, and commits it
   * through the room like any client's update, so every live client receives it at once and
   * offline clients merge as usual.
   */
  restore(docId: string, versionId: string, by: Author): Promise<{ restoredFrom: string; savedAs: string; bytes: number }> {
    return this.serial(docId, async () => {
      const version = await this.load(docId, versionId);
      const flavour = await this.flavourOf(docId);
      const saved = (await this.saveNow(docId, "beforeRestore", { by })) as { record: VersionRecord; reading: Reading };
      if (flavour === WORKSPACE_FLAVOUR) {
        // WK9: a version from before points left the document brings none back into it; its
        // points join storage where a day holds none (storage is never rewound).
        const old = docOfState(version.state);
        const points = pointsInDoc(old);
        old.destroy();
        if (points.size > 0) await this.deps.storage.metricPoints.upsertMany(docId, points, { keepExisting: true });
      }
      const bytes = await this.changeLive(docId, by, (scratch) => {
        const target = docOfState(version.state);
        if (flavour === WORKSPACE_FLAVOUR) dropPointsFromDoc(target);
        try {
          syncDocTo(scratch, target, flavour.restoreRoots, "restore");
        } finally {
          target.destroy();
        }
      }, saved.reading.state);
      this.deps.log.info("history.restored", { doc: docId, version: versionId, bytes });
      return { restoredFrom: versionId, savedAs: saved.record.id, bytes };
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
   * room (stored before any client sees it, A27). `base`, a recent state of the document, spares
   * encoding the live document again: the copy starts from it and catches up with what the room
   * committed since. Returns the size of the committed update (0 when nothing changed).
   */
  private async changeLive(docId: string, by: Author, write: (scratch: Y.Doc) => void, base?: Uint8Array): Promise<number> {
    const room = await this.deps.rooms.acquire(docId);
    if (!room) throw new HistoryError("noDoc", `There is no such ${(await this.flavourOf(docId)).noun}.`);
    try {
      const scratch = new Y.Doc({ gc: false });
      let update: Uint8Array;
      try {
        Y.applyUpdate(scratch, base ?? Y.encodeStateAsUpdate(room.doc));
        if (base) Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(scratch)));
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
        throw new HistoryError("failed", `The change could not be stored; the ${(await this.flavourOf(docId)).noun} was not changed.`);
      }
      return update.byteLength;
    } finally {
      this.deps.rooms.release(room);
    }
  }
}

/** A stored state decoded once: its state vector and its reading. */
function readingOf(flavour: DocFlavour, state: Uint8Array): Reading {
  const doc = docOfState(state);
  try {
    return { state, stateVector: Y.encodeStateVector(doc), value: flavour.read(doc) };
  } finally {
    doc.destroy();
  }
}

function readState(flavour: DocFlavour, state: Uint8Array): unknown {
  return readingOf(flavour, state).value;
}
