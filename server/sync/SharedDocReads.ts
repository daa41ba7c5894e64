import type * as Y from "yjs";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import { materialize } from "./roomState";

/** How long a document built from the store stays readable after its last read (API-RULES.md WA21). */
export const SHARED_READ_HOLD_MS = 1000;
/** Documents held at most; the least recently read idle one goes first. */
export const SHARED_READ_MAX_DOCS = 16;
/** A document stored in more bytes than this is shared by the reads in flight only, never held. */
export const SHARED_READ_MAX_BYTES = 4 * 1024 * 1024;

interface Entry {
  readonly id: string;
  /** The stored sequence the document holds everything up to. */
  seq: number;
  /** The build: the document, or `null` when the store no longer has it. */
  built: Promise<Y.Doc | null>;
  /** Reads between their start and their end (a held document is destroyed only when none is). */
  readers: number;
  /** When it was last read (ms, `Date.now()`), for the hold and the eviction. */
  lastRead: number;
  /** Replaced by a newer sequence or evicted: destroyed once its last read ends. */
  retired: boolean;
  /** False for a big document: dropped as soon as no read is in flight. */
  held: boolean;
}

/**
 * WA21: reads of a document with no loaded room share one build from the store per document and
 * stored sequence. A workspace page asks for the workspace, its document (WA18), the points window
 * (WK7) and a view at once; each read built the same ~60 KB document again (about 20 ms each for
 * 500 series, one after the other on the event loop that also sends the page's code). A read
 * checks the stored sequence (`lastSeqs`, one indexed row) and takes the held document of that
 * sequence, or the build in flight, or starts one; the document is kept
 * {@link SHARED_READ_HOLD_MS} after its last read, at most {@link SHARED_READ_MAX_DOCS} of them.
 * Readers must not write (withDoc's contract), so one document serves them all.
 */
export class SharedDocReads {
  private readonly entries = new Map<string, Entry>();
  private sweep: ReturnType<typeof setTimeout> | null = null;
  /** Builds from the store so far (what a test counts). */
  builds = 0;

  constructor(
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly holdMs = SHARED_READ_HOLD_MS,
  ) {}

  /** `read(doc)` on document `id` as stored now; `null` when the store has no such document. */
  async read<T>(id: string, read: (doc: Y.Doc) => T): Promise<T | null> {
    const seq = (await this.storage.lastSeqs([id])).get(id);
    if (seq === undefined) return null;
    let entry = this.entries.get(id);
    if (!entry || entry.seq !== seq) {
      if (entry) this.retire(entry);
      entry = this.build(id, seq);
    }
    entry.readers++;
    try {
      const doc = await entry.built;
      entry.lastRead = Date.now();
      return doc ? read(doc) : null;
    } finally {
      entry.readers--;
      if (!entry.held && entry.readers === 0) this.retire(entry);
      else if (entry.retired) this.destroyIfDone(entry);
      this.scheduleSweep();
    }
  }

  /** Documents held now (built or being built). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops every held document (the server stops). */
  clear(): void {
    if (this.sweep) clearTimeout(this.sweep);
    this.sweep = null;
    for (const entry of [...this.entries.values()]) this.retire(entry);
  }

  private build(id: string, seq: number): Entry {
    this.builds++;
    const entry: Entry = { id, seq, built: Promise.resolve(null), readers: 0, lastRead: Date.now(), retired: false, held: true };
    const built = this.storage.loadDoc(id).then((stored) => {
      if (!stored) return null;
      const { doc, failure } = materialize(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
      if (failure) this.log.error("map.state_unreadable", { room: id, message: failure });
      // The store may have moved on while this loaded: the document holds what was loaded.
      entry.seq = stored.lastSeq;
      entry.held = (stored.snapshot?.byteLength ?? 0) + stored.logBytes <= SHARED_READ_MAX_BYTES;
      return doc;
    });
    entry.built = built;
    // A failed build is not kept: the next read tries again.
    built.catch(() => this.retire(entry));
    this.entries.set(id, entry);
    this.evict();
    return entry;
  }

  private retire(entry: Entry): void {
    entry.retired = true;
    if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
    this.destroyIfDone(entry);
  }

  private destroyIfDone(entry: Entry): void {
    if (entry.readers > 0) return;
    entry.built.then((doc) => doc?.destroy(), () => undefined);
  }

  /** Keeps at most the cap: the least recently read documents nobody is reading go first. */
  private evict(): void {
    if (this.entries.size <= SHARED_READ_MAX_DOCS) return;
    const idle = [...this.entries.values()].filter((e) => e.readers === 0).sort((a, b) => a.lastRead - b.lastRead);
    for (const entry of idle) {
      if (this.entries.size <= SHARED_READ_MAX_DOCS) break;
      this.retire(entry);
    }
  }

  /** Drops the documents not read for the hold time, checking again while any is held. */
  private scheduleSweep(): void {
    if (this.sweep || this.entries.size === 0) return;
    this.sweep = setTimeout(() => {
      this.sweep = null;
      const now = Date.now();
      for (const entry of [...this.entries.values()]) if (entry.readers === 0 && now - entry.lastRead >= this.holdMs) this.retire(entry);
      this.scheduleSweep();
    }, this.holdMs);
    this.sweep.unref?.();
  }
}
