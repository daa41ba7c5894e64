/**
 * Several instances and their peers (issue 15 budgets), all in one run, reported, never asserted:
 *
 * - fan-out latency p50/p99 for receivers on the SAME instance as the sender and on a DIFFERENT
 *   one, at 1 x 50 and 20 x 10 clients each sending 10 updates/s, for two Baton instances on
 *   PostgreSQL + Redis, one Baton instance on SQLite (the default) and in memory, and Hocuspocus
 *   4.7 in memory and with its SQLite extension (same clients, same load: `fanoutLoad.ts`);
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
const RAMP = [1, 2, 5, 10, 20, 40, 80, 160];
const P99_BUDGET_MS = 50;

function baton(label: string, servers: readonly RunningServer[]): Target {
  return {
    label,
    instances: servers.length,
    async room() {
      const map = await createMap((servers[0] as RunningServer).url);
      return { url: (at) => `${(servers[at] as RunningServer).url.replace("http", "ws")}/sync/${map.id}?k=${map.editKey}`, docName: null };
    },
  };
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
  const url = await pg.createDatabase("bench");
  const limits = { BATON_CONNECT_LIMIT: "1000000" };
  const env = { ...limits, BATON_STORAGE: "postgres", BATON_DATABASE_URL: url, BATON_REDIS_URL: redis.url };
  const [a, b, sqlite, memory, hpMemory, hpSqlite] = await Promise.all([
    startServer({ env }),
    startServer({ env }),
    startServer({ env: limits }),
    startServer({ env: { ...limits, BATON_STORAGE: "memory" } }),
    startHocuspocus(false),
    startHocuspocus(true),
  ]);
  const two = baton("2 Baton instances, PostgreSQL + Redis", [a, b]);
  const one = baton("1 Baton instance, SQLite", [sqlite]);
  const targets = [one, two, baton("1 Baton instance, memory", [memory]), hocuspocus("Hocuspocus 4.7, memory", hpMemory.port), hocuspocus("Hocuspocus 4.7, SQLite", hpSqlite.port)];
  const runs = new Map<string, LoadResult[]>();
  const ramps = new Map<Target, number[]>();
  try {
    for (let rep = 0; rep < REPEAT; rep++) {
      for (const [rooms, perRoom] of LOADS) {
        for (const t of targets) {
          const key = `${rooms} x ${perRoom}|${t.label}`;
          runs.set(key, [...(runs.get(key) ?? []), await runLoad(t, rooms, perRoom, 10, WARMUP_MS, SCENARIO_MS)]);
        }
      }
      for (const t of [one, two]) ramps.set(t, [...(ramps.get(t) ?? []), await sustained(t)]);
    }
  } finally {
    await Promise.allSettled([a.stop(), b.stop(), sqlite.stop(), memory.stop(), hpMemory.stop(), hpSqlite.stop()]);
    await Promise.allSettled([redis.stop(), pg.stop()]);
  }
  const rows: string[][] = [];
  for (const [rooms, perRoom] of LOADS) {
    const load = `${rooms} x ${perRoom}`;
    const p99Of = (t: Target): number => median((runs.get(`${load}|${t.label}`) ?? []).map((r) => percentile(r.same, 99)));
    const hocus = Math.min(p99Of(targets[3] as Target), p99Of(targets[4] as Target));
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
    ["setup", `updates/s stored and forwarded with p99 <= ${P99_BUDGET_MS} ms (20 x 10 clients)`],
    [one, two].map((t) => [t.label, String(Math.round(median(ramps.get(t) ?? [])))]),
  );
  console.log(`\nRate per client ${RAMP.join(", ")}/s until p99 passes ${P99_BUDGET_MS} ms; 0 = not even the first step. Median of ${REPEAT}.`);
}

/** The highest offered rate (updates/s, all clients) at which `t` keeps p99 within the budget. */
async function sustained(t: Target): Promise<number> {
  let best = 0;
  for (const rate of RAMP) {
    const r = await runLoad(t, 20, 10, rate, WARMUP_MS, RAMP_MS);
    if (percentile([...r.same, ...r.other], 99) > P99_BUDGET_MS) break;
    best = r.sentPerSecond;
  }
  return best;
}
