/**
 * The clock History reads and sets timers on. Injected, so a test can run 90 simulated days
 * (retention) or a quiet burst in no time.
 */
export interface HistoryClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` after `ms`; returns what `clear` takes. */
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The real clock. Timers are unref'd: a pending quiet-burst timer never keeps the process alive. */
export const systemClock: HistoryClock = {
  now: () => Date.now(),
  set: (fn, ms) => setTimeout(fn, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** A clock that moves only when told: `advance(ms)` runs the timers that come due, in order. */
export class ManualClock implements HistoryClock {
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  set(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + Math.max(0, ms), fn, id });
    return id;
  }

  clear(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward by `ms`, running each timer that comes due at its time. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.timers[0];
      if (!next || next.at > until) break;
      this.timers.shift();
      this.time = next.at;
      next.fn();
    }
    this.time = until;
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.timers.length;
  }
}
