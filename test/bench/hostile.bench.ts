/**
 * Issue 10's budgets, measured on the real server (reported, never asserted):
 * - server memory (RSS, MB) under a presence flood (fresh-id and null floods from one viewer
 *   socket) and an amplification attack (parked large states, then joiners that never read),
 *   and after the attacker left;
 * - event-loop delay (p99 and max, `monitorEventLoopDelay` inside the server, read through
 *   /metrics) while a 20,000-card PUT is handled, and while the room serves it.
 */
import { createMap, startServer, type RunningServer } from "../support/server";
import { makeBigJourney } from "../support/bigJourney";
import { openRaw, type RawSocket } from "../integration/helpers/raw";
import { freshIdFrame, nullFloodFrame, parkedStateFrame } from "../integration/helpers/hostileFrames";

async function metrics(server: RunningServer): Promise<Record<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const line of text.split("\n")) {
    const m = /^([a-z_]+) ([0-9.e+-]+)$/.exec(line);
    if (m) out[m[1] as string] = Number(m[2]);
  }
  return out;
}

const mb = (bytes: number | undefined): string => ((bytes ?? 0) / 1024 / 1024).toFixed(0);
const ms = (seconds: number | undefined): string => ((seconds ?? 0) * 1000).toFixed(2);
const pause = (t: number) => new Promise((r) => setTimeout(r, t));

/** Sends frames on one socket, a few at a time, waiting for the socket to drain. */
async function flood(raw: RawSocket, frames: (i: number) => Uint8Array, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    raw.send(frames(i));
    if (i % 200 === 199) await new Promise<void>((r) => raw.ws.send(new Uint8Array([1, 1, 0]), () => r()));
  }
}

export default async function hostileBench(): Promise<void> {
  const server = await startServer({ env: { BATON_CONNECT_LIMIT: "100000", BATON_UNLOAD_DELAY_MS: "1000" } });
  const rows: string[][] = [];
  try {
    const map = await createMap(server.url);
    const baseline = await metrics(server);
    rows.push(["baseline", mb(baseline.process_resident_memory_bytes), "-", "-"]);

    // Presence flood: 20,000 frames of 16 fresh ids (null, then with states) from one viewer socket.
    const flooder = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    await flood(flooder, (i) => nullFloodFrame(1 + i * 16), 10_000);
    await flood(flooder, (i) => freshIdFrame(1 + i * 16), 10_000);
    const underFlood = await metrics(server);
    rows.push(["presence flood (320,000 fresh ids, one viewer)", mb(underFlood.process_resident_memory_bytes), String(underFlood.baton_presence_bytes), ms(underFlood.baton_eventloop_delay_p99_seconds)]);
    flooder.ws.close();

    // Amplification: 70 sockets park 8 states of 60 KB, then 550 joiners never read.
    const parkers: RawSocket[] = [];
    for (let p = 0; p < 70; p++) {
      const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
      for (let k = 0; k < 8; k++) raw.send(parkedStateFrame(5_000_000 + p * 8 + k, 60 * 1024));
      parkers.push(raw);
    }
    const joiners: RawSocket[] = [];
    for (let j = 0; j < 550; j++) {
      const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
      (raw.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      joiners.push(raw);
    }
    // The parkers keep changing their states while nobody reads.
    for (let round = 0; round < 20; round++) {
      parkers.forEach((raw, p) => raw.send(parkedStateFrame(5_000_000 + p * 8, 60 * 1024 - round)));
      await pause(50);
    }
    await pause(500);
    const amplified = await metrics(server);
    rows.push(["parked 60 KB states + 550 joiners that never read", mb(amplified.process_resident_memory_bytes), String(amplified.baton_presence_bytes), ms(amplified.baton_eventloop_delay_p99_seconds)]);
    [...parkers, ...joiners].forEach((r) => r.ws.terminate());
    await pause(3000);
    const after = await metrics(server);
    rows.push(["3 s after the attackers left", mb(after.process_resident_memory_bytes), String(after.baton_presence_bytes), "-"]);

    // A 20,000-card PUT.
    const journey = makeBigJourney({ cards: 20_000, seed: 10 });
    const body = JSON.stringify(journey);
    await metrics(server); // resets the event-loop histogram
    const started = performance.now();
    const res = await fetch(`${server.url}/api/maps/${map.id}`, { method: "PUT", headers: { "content-type": "application/json", authorization: `Bearer ${map.editKey}` }, body });
    const took = performance.now() - started;
    const put = await metrics(server);
    rows.push([`PUT of 20,000 cards (${(body.length / 1024 / 1024).toFixed(1)} MiB, HTTP ${res.status}, ${took.toFixed(0)} ms)`, mb(put.process_resident_memory_bytes), "-", `${ms(put.baton_eventloop_delay_p99_seconds)} (max ${ms(put.baton_eventloop_delay_max_seconds)})`]);
  } finally {
    await server.stop();
  }
  console.log("| scenario | server RSS (MB) | presence bytes | event-loop delay p99 (ms) |");
  console.log("|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}
