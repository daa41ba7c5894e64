import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Config } from "../config";
import type { Metrics } from "../metrics";
import { ConnectionLimiter } from "../sync/ConnectionLimiter";
import { HttpError } from "./HttpError";

/**
 * Per-caller rates for the expensive requests (S42): creating maps per address (anonymous:
 * there is no key yet), and SVG exports per key (a viewer may render a big map's picture, about
 * 300 ms of CPU, but not without end). Over the rate a request is 429 before any work is done.
 */
export class RateLimits {
  private readonly creates: ConnectionLimiter;
  private readonly exports: ConnectionLimiter;

  constructor(
    config: Pick<Config, "createLimit" | "exportLimit">,
    private readonly metrics: Metrics,
    private readonly windowMs = 60_000,
  ) {
    this.creates = new ConnectionLimiter(config.createLimit, windowMs);
    this.exports = new ConnectionLimiter(config.exportLimit, windowMs);
  }

  /** Counts one new map from `req`'s address; throws 429 over the rate. */
  createMap(req: IncomingMessage): void {
    this.check(this.creates, req.socket.remoteAddress ?? "unknown", "Too many new maps from this address; try again in a minute.");
  }

  /** Counts one SVG export with `req`'s key (hashed: no key is kept in memory); throws 429 over the rate. */
  exportSvg(req: IncomingMessage): void {
    const key = createHash("sha256").update(req.headers.authorization ?? "").digest("base64");
    this.check(this.exports, key, "Too many SVG exports with this key; try again in a minute.");
  }

  private check(limiter: ConnectionLimiter, who: string, message: string): void {
    if (limiter.allow(who, Date.now())) return;
    this.metrics.rateLimited++;
    throw new HttpError(429, message);
  }
}
