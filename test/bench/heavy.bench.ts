/**
 * Issue 10's event-loop budget (p99 under 50 ms, `monitorEventLoopDelay` inside the server, read
 * through /metrics, which resets it) while the server handles one heavy request at a time:
 * a 20,000-card PUT over a map with a live client in it, a 20,000-card import, an import over a
 * map (a PUT of a journey file onto a 2,000-card map), `export.svg` of a 2,000 and a
 * 20,000-card map, and a client opening a 20,000-card map stored as a snapshot plus a log
 * (S60), with the server's resident memory after each; then each main-thread piece of a 20,000-card PUT timed alone
 * (`heavyPieces.ts`). Reported, never asserted: the machine is shared; compare within one run.
 */
import { createMap, importMap, startServer, type RunningServer } from "../support/server";
import { makeBigJourney } from "../support/bigJourney";
import { connectClient } from "../integration/helpers/clients";
import { heavyPieces } from "./heavyPieces";
import { printTable } from "./printTable";

async function loopDelay(server: RunningServer): Promise<{ p99: number; max: number; rssMb: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const read = (name: string): number => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, "m").exec(text)?.[1] ?? NaN) * 1000;
  return { p99: read("baton_eventloop_delay_p99_seconds"), max: read("baton_eventloop_delay_max_seconds"), rssMb: read("process_resident_memory_bytes") / 1000 / 1024 / 1024 };
}

/** How long the after-commit work (projection, versions; S54) is given to finish after the answer. */
const SETTLE_MS = 8_000;

/**
 * Wall time, HTTP status and the server's event-loop delay while `request` runs, and the
 * longest stall until `SETTLE_MS` after its answer (the after-commit work it started).
 */
async function measured(server: RunningServer, request: () => Promise<Response>): Promise<string[]> {
  await loopDelay(server); // resets the histogram
  const started = performance.now();
  const res = await request();
  await res.arrayBuffer();
  const took = performance.now() - started;
  const delay = await loopDelay(server);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const after = await loopDelay(server);
  const max = Math.max(delay.max, after.max);
  return [
    String(res.status),
    `${took.toFixed(0)} ms`,
    `${delay.p99.toFixed(1)} ms`,
    `${delay.max.toFixed(1)} ms`,
    `${max.toFixed(1)} ms`,
    `${after.rssMb.toFixed(0)} MB`,
    delay.p99 < 50 && after.p99 < 50 ? "ok (< 50 ms)" : "OVER 50 ms",
  ];
}

export default async function heavyBench(): Promise<void> {
  const server = await startServer({ env: { BATON_EXPORT_LIMIT: "1000" } });
  const rows: string[][] = [];
  try {
    const big = JSON.stringify(makeBigJourney({ cards: 20_000, seed: 10 }));
    const bigOther = JSON.stringify(makeBigJourney({ cards: 20_000, seed: 11 }));
    const mid = makeBigJourney({ cards: 2_000, seed: 12 });
    const mib = (s: string): string => `${(Buffer.byteLength(s) / 1024 / 1024).toFixed(1)} MiB`;

    const map = await createMap(server.url);
    const live = connectClient(server.url, map.id, map.editKey);
    await live.synced;
    const put = (id: string, key: string, body: string) => () =>
      fetch(`${server.url}/api/maps/${id}`, { method: "PUT", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body });
    rows.push([`PUT 20,000 cards (${mib(big)}) over an empty map, one live client`, ...(await measured(server, put(map.id, map.editKey, big)))]);
    rows.push(["PUT 20,000 other cards over those 20,000, one live client", ...(await measured(server, put(map.id, map.editKey, bigOther)))]);
    live.destroy();

    rows.push([`import 20,000 cards (${mib(big)})`, ...(await measured(server, () => fetch(`${server.url}/api/maps/import`, { method: "POST", headers: { "content-type": "application/json" }, body: big })))]);
    const small = await importMap(server.url, mid);
    rows.push(["import over a 2,000-card map (PUT of 20,000 cards)", ...(await measured(server, put(small.id, small.editKey, big)))]);

    const svg = (id: string, key: string) => () => fetch(`${server.url}/api/maps/${id}/export.svg`, { headers: { authorization: `Bearer ${key}` } });
    const svgSmall = await importMap(server.url, mid);
    rows.push(["export.svg of 2,000 cards", ...(await measured(server, svg(svgSmall.id, svgSmall.viewKey)))]);
    rows.push(["export.svg of 20,000 cards", ...(await measured(server, svg(map.id, map.viewKey)))]);

    // Opening a big map nobody has open (S60): stored as a snapshot plus a log after a crash.
    const opened = await importMap(server.url, makeBigJourney({ cards: 20_000, seed: 13 }));
    const writer = connectClient(server.url, opened.id, opened.editKey);
    await writer.synced;
    for (let i = 0; i < 10; i++) writer.doc.getMap("probe").set(`e${i}`, i);
    await new Promise((r) => setTimeout(r, 1000));
    await server.kill();
    writer.destroy();
    await server.restart();
    const join = async (): Promise<Response> => {
      const c = connectClient(server.url, opened.id, opened.viewKey);
      await c.synced;
      c.destroy();
      return new Response(null, { status: 200 });
    };
    rows.push(["a client opens a 20,000-card map stored as snapshot + log (after a crash)", ...(await measured(server, join))]);
  } finally {
    await server.stop();
  }
  printTable(["request", "HTTP", "wall", "loop delay p99", "loop delay max", `max stall incl. ${SETTLE_MS / 1000} s after`, "server RSS after", "p99 budget"], rows);
  process.stdout.write("\nThe main-thread pieces of a PUT of 20,000 other cards over 20,000, each alone in this process (what they would block if run on the event loop):\n\n");
  printTable(["piece", "time"], heavyPieces(20_000));
}
