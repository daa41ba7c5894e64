/**
 * A per-address cap on new sync sockets (S13): at most `limit` per fixed window of `windowMs`.
 * Addresses are the TCP peer address; behind a reverse proxy every client shares the proxy's
 * address, so raise BATON_CONNECT_LIMIT there. The table forgets windows that ended.
 */
export class ConnectionLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; `false` when the address is over its cap for this window. */
  allow(address: string, now: number): boolean {
    if (this.windows.size > 10_000) this.prune(now);
    const w = this.windows.get(address);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(address, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.limit;
  }

  private prune(now: number): void {
    for (const [addr, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(addr);
  }
}
