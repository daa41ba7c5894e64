import { isNoChange } from "../../shared/history/summarizeChange";
import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import { distinctAuthors, type Author, type CommittedChange } from "../sync/commitHook";
import type { History } from "./History";
import type { HistoryClock } from "./HistoryClock";

/** When automatic versions are made (H2). */
export interface BurstTiming {
  /** A burst that gets no change for this long has ended: an automatic version and an activity entry. */
  readonly quietMs: number;
  /** While a burst goes on, an automatic version at least this often. */
  readonly hourlyMs: number;
}

/** Activity entries kept per document (the newest). */
export const ACTIVITY_KEEP = 500;

/**
 * The distinct writers of a burst. A writer without a name is dropped when a named writer of the
 * same role is there: a page's first sync often commits before its presence announced the name.
 */
export function mergeAuthors(a: readonly Author[], b: readonly Author[]): Author[] {
  const all = distinctAuthors([...a, ...b]);
  const namedRoles = new Set(all.filter((x) => x.name !== undefined).map((x) => x.role));
  return all.filter((x) => x.name !== undefined || !namedRoles.has(x.role));
}

interface Burst {
  /** ISO times of the burst's first and latest committed change. */
  from: string;
  at: string;
  /** Clock time of the burst's first change, and of its last automatic version. */
  since: number;
  authors: Author[];
  /** The state of the newest version when the burst began: the activity entry's base. */
  base: Promise<Uint8Array | null>;
  timer: unknown;
}

/**
 * Drives automatic versions and the activity log from the after-commit hook (S18, H2, H4): the
 * committed changes of a document form a burst; when no change came for `quietMs` the burst
 * ends with an automatic version and one activity entry (who, when, what changed since the
 * burst began); a burst that goes on gets an automatic version every `hourlyMs`.
 */
export class BurstTracker {
  private readonly bursts = new Map<string, Burst>();
  private readonly working = new Set<Promise<void>>();

  constructor(
    private readonly deps: { history: History; storage: Storage; log: Logger; clock: HistoryClock },
    private readonly timing: BurstTiming,
  ) {}

  /** The hook listener. */
  readonly onCommit = (change: CommittedChange): void => {
    const { clock } = this.deps;
    let burst = this.bursts.get(change.docId);
    if (!burst) {
      burst = {
        from: change.at,
        at: change.at,
        since: clock.now(),
        authors: [],
        base: this.baseState(change.docId),
        timer: null,
      };
      this.bursts.set(change.docId, burst);
    } else clock.clear(burst.timer);
    burst.at = change.at;
    burst.authors = mergeAuthors(burst.authors, change.authors);
    const b = burst;
    b.timer = clock.set(() => this.track(this.end(change.docId, b)), this.timing.quietMs);
    if (clock.now() - b.since >= this.timing.hourlyMs) {
      b.since = clock.now();
      this.track(this.version(change.docId, b.authors));
    }
  };

  private track(work: Promise<void>): void {
    this.working.add(work);
    void work.finally(() => this.working.delete(work));
  }

  /** Resolves once the work started so far (versions, activity entries) has finished. */
  async idle(): Promise<void> {
    while (this.working.size > 0) await Promise.all([...this.working]);
  }

  private async baseState(docId: string): Promise<Uint8Array | null> {
    try {
      const [newest] = await this.deps.storage.listVersions(docId);
      return newest ? ((await this.deps.storage.loadVersion(docId, newest.id))?.state ?? null) : null;
    } catch {
      return null;
    }
  }

  private async version(docId: string, authors: readonly Author[]): Promise<void> {
    try {
      await this.deps.history.save(docId, "auto", { by: authors[authors.length - 1], authors });
    } catch (err) {
      this.deps.log.warn("history.auto_failed", { doc: docId, message: (err as Error).message });
    }
  }

  /** Ends a burst: its automatic version and its activity entry. */
  private async end(docId: string, burst: Burst): Promise<void> {
    if (this.bursts.get(docId) !== burst) return;
    this.bursts.delete(docId);
    this.deps.clock.clear(burst.timer);
    await this.version(docId, burst.authors);
    try {
      const { storage } = this.deps;
      const base = await burst.base;
      const [newestRecord] = await storage.listVersions(docId);
      const newest = newestRecord ? await storage.loadVersion(docId, newestRecord.id) : null;
      if (!newest) return;
      const summary = await this.deps.history.summarizeStates(docId, base, newest.state);
      if (isNoChange(summary)) return;
      await storage.appendActivity({ docId, from: burst.from, at: burst.at, authors: burst.authors, summary }, ACTIVITY_KEEP);
    } catch (err) {
      this.deps.log.warn("history.activity_failed", { doc: docId, message: (err as Error).message });
    }
  }

  /** Ends every open burst now (shutdown), so no activity is lost by a clean stop. */
  async flush(): Promise<void> {
    for (const [docId, burst] of [...this.bursts.entries()]) this.track(this.end(docId, burst));
    await this.idle();
  }

  /** Open bursts (tests, metrics). */
  get open(): number {
    return this.bursts.size;
  }
}
