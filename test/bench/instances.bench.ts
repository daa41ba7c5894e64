/**
 * Several instances and their peers (issue 15 budgets), all in one run, reported, never asserted:
 *
 * - fan-out latency p50/p99 for receivers on the SAME instance as the sender and on a DIFFERENT
 *   one, at 1 x 50 and 20 x 10 clients each sending 10 updates/s, for two Baton instances on
 *   PostgreSQL + Redis, one Baton instance on SQLite (the default) and in memory, and Hocuspocus
 *   4.7 in memory and with its SQLite extension (same clients, same load: `fanoutLoad.ts`);
 * - commits: how many transactions each Baton setup ran and how long one took (its /metrics);
 * - throughput: the highest rate (20 x 10 clients, rate per client stepped up from 1/s) that two
 *   instances and one SQLite instance store and forward before p99 passes 50 ms.
 *
 * Every number is the median of `BENCH_REPEAT` (default 3) runs, interleaved so that a noisy
 * moment of the shared machine does not hit one setup only.
 */
import { startPostgres } from "../support/postgres";
import { startRedis } from "../support/redis";
import { createMap, startServer, type RunningServer } from "../support/server";
import { median, percentile, runLoad, type LoadResult, type Target } from "./fanoutLoad";
import { printTable } from "./printTable";
import { startHocuspocus } from "./startHocuspocus";

const SCENARIO_MS = Number(process.env.BENCH_SCENARIO_MS ?? 5_000);
const RAMP_MS = Number(process.env.BENCH_RAMP_MS ?? 3_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const WARMUP_MS = 1_500;
const LOADS = [[1, 50], [20, 10]] as const;
const RAMP = [1, 2, 5, 10, 20, 40, 80];
const P99_BUDGET_MS = 50;

/** What a Baton instance's `/metrics` says about its commits (counters since it started). */
interface CommitStats {
  readonly commits: number;
  readonly seconds: number;
  /** Summed over commits: how long each one's oldest update waited for it to start. */
  readonly waited: number;
  /** Gap reads from the store (S22). */
  readonly catchUps: number;
}

async function commitStats(servers: readonly RunningServer[]): Promise<CommitStats> {
  let commits = 0;
  let seconds = 0;
  let waited = 0;
  let catchUps = 0;
  for (const s of servers) {
    const text = await (await fetch(`${s.url}/metrics`)).text();
    const read = (name: string): number => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
    commits += read("baton_commit_seconds_count");
    seconds += read("baton_commit_seconds_sum");
    waited += read("baton_commit_queue_wait_seconds_sum");
    catchUps += read("baton_catch_ups_total");
  }
  return { commits, seconds, waited, catchUps };
}

/** The Baton instances behind each Baton target. */
const batonServers = new Map<Target, readonly RunningServer[]>();

function baton(label: string, servers: readonly RunningServer[]): Target {
  const target: Target = {
    label,
    instances: servers.length,
    async room() {
      const map = await createMap((servers[0] as RunningServer).url);
      return { url: (at) => `${(servers[at] as RunningServer).url.replace("http", "ws")}/sync/${map.id}?k=${map.editKey}`, docName: null };
    },
  };
  batonServers.set(target, servers);
  return target;
}

function hocuspocus(label: string, port: number): Target {
  let n = 0;
  return {
    label,
    instances: 1,
    room: () => Promise.resolve({ url: () => `ws://127.0.0.1:${port}/`, docName: `bench-${++n}` }),
  };
}

const ms = (x: number): string => (Number.isNaN(x) ? "-" : x.toFixed(1));

export default async function instancesBench(): Promise<void> {
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const [url, url1] = await Promise.all([pg.createDatabase("bench"), pg.createDatabase("bench_four_lanes")]);
  const limits = { BATON_CONNECT_LIMIT: "1000000" };
  const env = { ...limits, BATON_STORAGE: "postgres", BATON_DATABASE_URL: url, BATON_REDIS_URL: redis.url };
  // The same two instances with four commits in flight (S58's lanes), for the ratio.
  const env1 = { ...env, BATON_DATABASE_URL: url1, BATON_PG_COMMIT_CONNECTIONS: "4" };
  const [a, b, a1, b1, sqlite, memory, hpMemory, hpSqlite] = await Promise.all([
    startServer({ env }),
    startServer({ env }),
    startServer({ env: env1 }),
    startServer({ env: env1 }),
    startServer({ env: limits }),
    startServer({ env: { ...limits, BATON_STORAGE: "memory" } }),
    startHocuspocus(false),
    startHocuspocus(true),
  ]);
  const two = baton("2 Baton instances, PostgreSQL + Redis", [a, b]);
  const one = baton("1 Baton instance, SQLite", [sqlite]);
  const twoFourLanes = baton("2 Baton instances, PostgreSQL + Redis, 4 commit lanes", [a1, b1]);
  const targets = [one, two, twoFourLanes, baton("1 Baton instance, memory", [memory]), hocuspocus("Hocuspocus 4.7, memory", hpMemory.port), hocuspocus("Hocuspocus 4.7, SQLite", hpSqlite.port)];
  const runs = new Map<string, LoadResult[]>();
  const ramps = new Map<Target, RampStep[][]>();
  /** Per Baton setup and load: commits per second (all its instances) and mean ms per commit. */
  const commits = new Map<string, { perSecond: number; ms: number; waitMs: number; catchUps: number }[]>();
  try {
    for (let rep = 0; rep < REPEAT; rep++) {
      for (const [rooms, perRoom] of LOADS) {
        for (const t of targets) {
          const key = `${rooms} x ${perRoom}|${t.label}`;
          const servers = batonServers.get(t);
          const before = servers ? await commitStats(servers) : null;
          const started = performance.now();
          runs.set(key, [...(runs.get(key) ?? []), await runLoad(t, rooms, perRoom, 10, WARMUP_MS, SCENARIO_MS)]);
          if (servers && before) {
            const after = await commitStats(servers);
            const n = after.commits - before.commits;
            const seconds = (performance.now() - started) / 1000;
            const perCommit = (x: number): number => (n > 0 ? (x / n) * 1000 : NaN);
            commits.set(key, [
              ...(commits.get(key) ?? []),
              { perSecond: n / seconds, ms: perCommit(after.seconds - before.seconds), waitMs: perCommit(after.waited - before.waited), catchUps: (after.catchUps - before.catchUps) / seconds },
            ]);
          }
        }
      }
      for (const t of [one, two, twoFourLanes]) ramps.set(t, [...(ramps.get(t) ?? []), await ramp(t)]);
    }
  } finally {
    await Promise.allSettled([a.stop(), b.stop(), a1.stop(), b1.stop(), sqlite.stop(), memory.stop(), hpMemory.stop(), hpSqlite.stop()]);
    await Promise.allSettled([redis.stop(), pg.stop()]);
  }
  const rows: string[][] = [];
  for (const [rooms, perRoom] of LOADS) {
    const load = `${rooms} x ${perRoom}`;
    const p99Of = (t: Target): number => median((runs.get(`${load}|${t.label}`) ?? []).map((r) => percentile(r.same, 99)));
    const hocus = Math.min(p99Of(targets[4] as Target), p99Of(targets[5] as Target));
    for (const t of targets) {
      const rs = runs.get(`${load}|${t.label}`) ?? [];
      const m = (f: (r: LoadResult) => number): number => median(rs.map(f));
      rows.push([
        load,
        t.label,
        ms(m((r) => percentile(r.same, 50))),
        ms(m((r) => percentile(r.same, 99))),
        ms(m((r) => percentile(r.other, 50))),
        ms(m((r) => percentile(r.other, 99))),
        (p99Of(t) / hocus).toFixed(2),
        String(Math.round(m((r) => r.same.length + r.other.length))),
      ]);
    }
  }
  printTable(["clients", "setup", "same p50 ms", "same p99 ms", "other p50 ms", "other p99 ms", "p99 / best Hocuspocus", "samples"], rows);
  console.log(
    `\nEvery client sends 10 updates/s; 'same' = receiver on the sender's instance, 'other' = on another one (through Redis, after the PostgreSQL commit). Median of ${REPEAT} runs of ${SCENARIO_MS / 1000} s each.\n`,
  );
  printTable(
    ["clients", "setup", "commits/s (all instances)", "mean ms per commit", "mean ms queued before it", "gap reads/s"],
    [...commits].map(([key, xs]) => {
      const m = (f: (x: (typeof xs)[number]) => number): number => median(xs.map(f));
      return [...key.split("|"), String(Math.round(m((x) => x.perSecond))), ms(m((x) => x.ms)), ms(m((x) => x.waitMs)), m((x) => x.catchUps).toFixed(1)];
    }),
  );
  console.log(
    "\nOne commit = one tick's updates of every room in one transaction (S3); 'queued' = how long its oldest update waited for it to start (the tick, or the commit before it still in flight); gap reads = catch-ups from the store after a missing sequence number (S22). From each instance's /metrics, over the whole scenario (setup included).\n",
  );
  printRamps(ramps);
  console.log(`\n20 x 10 clients, rate per client stepped through ${RAMP.join(", ")}/s until p99 passes ${4 * P99_BUDGET_MS} ms; budget p99 <= ${P99_BUDGET_MS} ms. Median of ${REPEAT}.`);
}

/** One step of a ramp: the rate per client, updates/s sent by all clients, and p99 over every receiver. */
interface RampStep {
  readonly rate: number;
  readonly sent: number;
  readonly p99: number;
}

/** Steps the rate up until p99 is far past the budget (4x), so the table shows where it bends. */
async function ramp(t: Target): Promise<RampStep[]> {
  const steps: RampStep[] = [];
  for (const rate of RAMP) {
    const r = await runLoad(t, 20, 10, rate, WARMUP_MS, RAMP_MS);
    steps.push({ rate, sent: r.sentPerSecond, p99: percentile([...r.same, ...r.other], 99) });
    if ((steps.at(-1) as RampStep).p99 > 4 * P99_BUDGET_MS) break;
  }
  return steps;
}

/** The ramp table: per setup and rate, the median over the repeats; and the highest rate within budget. */
function printRamps(ramps: ReadonlyMap<Target, RampStep[][]>): void {
  const rows: string[][] = [];
  const bests: [string, number][] = [];
  for (const [t, reps] of ramps) {
    let best = 0;
    for (const rate of RAMP) {
      const at = reps.map((steps) => steps.find((s) => s.rate === rate)).filter((s): s is RampStep => s !== undefined);
      if (at.length === 0) break;
      const sent = median(at.map((s) => s.sent));
      // A repeat that stopped before this step was past the budget there.
      const p99 = median([...at.map((s) => s.p99), ...Array<number>(reps.length - at.length).fill(Infinity)]);
      if (p99 <= P99_BUDGET_MS) best = Math.max(best, sent);
      rows.push([t.label, String(rate), String(Math.round(sent)), Number.isFinite(p99) ? ms(p99) : "> 200"]);
    }
    rows.push([t.label, "highest within budget", String(Math.round(best)), `<= ${P99_BUDGET_MS}`]);
    bests.push([t.label, best]);
  }
  printTable(["setup", "updates/s per client", "updates/s stored and forwarded", "p99 ms"], rows);
  // The comparison the budget asks for: what several instances store and forward next to one.
  const base = bests[0]?.[1] ?? NaN;
  console.log("");
  printTable(
    ["setup", `updates/s stored and forwarded with p99 <= ${P99_BUDGET_MS} ms`, `/ ${bests[0]?.[0] ?? "-"}`],
    bests.map(([label, best]) => [label, String(Math.round(best)), base > 0 ? (best / base).toFixed(2) : "-"]),
  );
}
