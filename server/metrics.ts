import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * The numbers `/metrics` shows (Prometheus text format 0.0.4). Counters only grow; gauges are
 * read when rendered. Commit latency is a histogram in seconds.
 */
const COMMIT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export class Metrics {
  /** Event-loop delay since the previous /metrics read (perf_hooks; issue 10's 50 ms budget). */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });
  constructor() {
    this.loopDelay.enable();
  }

  updatesReceived = 0;
  updatesStored = 0;
  updatesRejected = 0;
  commits = 0;
  commitFailures = 0;
  bytesStored = 0;
  socketsOpened = 0;
  socketsClosedSlow = 0;
  connectionsRefused = 0;
  /** Rooms whose stored state could not be read whole (S45). */
  damagedRooms = 0;
  /** Requests refused by a per-key or per-address rate (S42). */
  rateLimited = 0;
  /** Reads from the store after a gap in a map's sequence numbers (S19, S22). */
  catchUps = 0;
  private readonly commitBuckets = COMMIT_BUCKETS.map(() => 0);
  private commitSum = 0;
  /** Per commit, how long its oldest update waited in the queue before the transaction started. */
  private queueWaitSum = 0;

  /** Records how long the oldest update of a commit waited for it to start (the previous one in flight, the tick). */
  observeQueueWait(seconds: number): void {
    this.queueWaitSum += seconds;
  }

  /** Records one commit (one transaction) that took `seconds`. */
  observeCommit(seconds: number): void {
    this.commits++;
    this.commitSum += seconds;
    COMMIT_BUCKETS.forEach((b, i) => {
      if (seconds <= b) this.commitBuckets[i] = (this.commitBuckets[i] ?? 0) + 1;
    });
  }

  /** Prometheus text; `gauges` are the live values (rooms, sockets, maps, presence bytes). */
  render(gauges: { rooms: number; sockets: number; maps: number; presenceBytes?: number }): string {
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, value: number): void => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
    };
    metric("process_resident_memory_bytes", "gauge", "Resident memory of the server process.", process.memoryUsage.rss());
    metric("baton_eventloop_delay_p99_seconds", "gauge", "Event-loop delay p99 since the previous /metrics read.", this.loopDelay.percentile(99) / 1e9);
    metric("baton_eventloop_delay_max_seconds", "gauge", "Event-loop delay maximum since the previous /metrics read.", this.loopDelay.max / 1e9);
    this.loopDelay.reset();
    metric("baton_presence_bytes", "gauge", "Bytes of awareness states held by all loaded rooms.", gauges.presenceBytes ?? 0);
    metric("baton_rooms", "gauge", "Rooms (maps) loaded in memory.", gauges.rooms);
    metric("baton_sockets", "gauge", "Open sync sockets.", gauges.sockets);
    metric("baton_maps", "gauge", "Maps in the store.", gauges.maps);
    metric("baton_sockets_opened_total", "counter", "Sync sockets accepted.", this.socketsOpened);
    metric("baton_sockets_closed_slow_total", "counter", "Sockets closed for falling too far behind.", this.socketsClosedSlow);
    metric("baton_connections_refused_total", "counter", "Upgrades refused (key, origin, rate limit).", this.connectionsRefused);
    metric("baton_updates_received_total", "counter", "Document updates received from sockets.", this.updatesReceived);
    metric("baton_updates_rejected_total", "counter", "Document updates refused (viewer, malformed, limits).", this.updatesRejected);
    metric("baton_updates_stored_total", "counter", "Document updates committed to storage.", this.updatesStored);
    metric("baton_stored_bytes_total", "counter", "Bytes of updates committed to storage.", this.bytesStored);
    metric("baton_commit_failures_total", "counter", "Commits that failed.", this.commitFailures);
    metric("baton_damaged_rooms_total", "counter", "Rooms loaded whose stored state could not be read whole.", this.damagedRooms);
    metric("baton_rate_limited_total", "counter", "Requests refused by a rate limit.", this.rateLimited);
    lines.push("# HELP baton_commit_seconds Time to commit one tick's updates in one transaction.");
    lines.push("# TYPE baton_commit_seconds histogram");
    COMMIT_BUCKETS.forEach((b, i) => lines.push(`baton_commit_seconds_bucket{le="${b}"} ${this.commitBuckets[i] ?? 0}`));
    lines.push(`baton_commit_seconds_bucket{le="+Inf"} ${this.commits}`);
    lines.push(`baton_commit_seconds_sum ${this.commitSum}`);
    lines.push(`baton_commit_seconds_count ${this.commits}`);
    metric("baton_commit_queue_wait_seconds_sum", "counter", "Per commit, seconds its oldest update waited before the transaction started (sum; divide by baton_commit_seconds_count).", this.queueWaitSum);
    metric("baton_catch_ups_total", "counter", "Reads from the store after a gap in a map's sequence numbers (several instances).", this.catchUps);
    return lines.join("\n") + "\n";
  }
}
