/**
 * Awareness load: 30 simulated people in one room, each moving their cursor about 20 times a
 * second (what the page's throttle sends), against the real server, once with
 * `BATON_AWARENESS_COALESCE=0` (every change forwarded as it comes, the stock server's way)
 * and once with coalescing on (the changes of one tick encoded once). Clients speak raw
 * y-protocols awareness over `ws`, exactly the bytes a WebsocketProvider sends for a cursor
 * move, without a provider's document sync, so the bench process stays light and the
 * server's CPU is what is measured. Server CPU is read from /proc for the server's process
 * tree (tsx and the Node process it runs). Numbers are printed, never asserted.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { MESSAGE_AWARENESS } from "../../shared/protocol";
import { createMap, startServer, syncUrl } from "../support/server";

const PEOPLE = 30;
const RATE_HZ = 20;
const WARMUP_MS = 1_500;
const MEASURE_MS = 10_000;
const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

interface Sim {
  readonly ws: WebSocket;
  readonly awareness: Awareness;
  received: number;
  bytes: number;
  sent: number;
}

/** The pids whose environment names this data directory: the server's tsx and its Node child. */
function serverPids(dataDir: string): number[] {
  const needle = `BATON_DATA_DIR=${dataDir}`;
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, "latin1").split("\0").includes(needle)) pids.push(Number(entry));
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}

/** utime + stime of the processes, in seconds. */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / CLK_TCK;
}

function awarenessMessage(awareness: Awareness): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return encoding.toUint8Array(enc);
}

async function connect(url: string, i: number): Promise<Sim> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: `Person ${i + 1}`, color: "#2f5fd0" }, cursor: { x: 0, y: 0 }, selection: [] });
  const ws = new WebSocket(url);
  ws.binaryType = "nodebuffer";
  const sim: Sim = { ws, awareness, received: 0, bytes: 0, sent: 0 };
  ws.on("message", (data: Buffer) => {
    sim.received++;
    sim.bytes += data.length;
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  ws.send(awarenessMessage(awareness));
  return sim;
}

async function run(coalesce: boolean): Promise<Record<string, string>> {
  const distDir = mkdtempSync(join(tmpdir(), "baton-bench-dist-"));
  const server = await startServer({ distDir, env: { BATON_AWARENESS_COALESCE: coalesce ? "1" : "0" } });
  const sims: Sim[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  try {
    const map = await createMap(server.url, { title: "Awareness bench" });
    const url = `${syncUrl(server.url)}/${map.id}?k=${encodeURIComponent(map.editKey)}`;
    for (let i = 0; i < PEOPLE; i++) sims.push(await connect(url, i));
    const pids = serverPids(server.dataDir);
    // Each person moves on their own phase, as real people do.
    sims.forEach((sim, i) => {
      let x = i * 40;
      let y = i * 25;
      setTimeout(() => {
        timers.push(
          setInterval(() => {
            x += Math.round(Math.random() * 20 - 10);
            y += Math.round(Math.random() * 20 - 10);
            sim.awareness.setLocalStateField("cursor", { x, y });
            sim.ws.send(awarenessMessage(sim.awareness));
            sim.sent++;
          }, 1000 / RATE_HZ),
        );
      }, (i * 1000) / RATE_HZ / PEOPLE);
    });
    await new Promise((r) => setTimeout(r, WARMUP_MS));
    const start = { t: performance.now(), cpu: cpuSeconds(pids), sent: 0, received: 0, bytes: 0 };
    for (const s of sims) {
      start.sent += s.sent;
      start.received += s.received;
      start.bytes += s.bytes;
    }
    await new Promise((r) => setTimeout(r, MEASURE_MS));
    const seconds = (performance.now() - start.t) / 1000;
    const cpu = cpuSeconds(pids) - start.cpu;
    let sent = -start.sent;
    let received = -start.received;
    let bytes = -start.bytes;
    for (const s of sims) {
      sent += s.sent;
      received += s.received;
      bytes += s.bytes;
    }
    return {
      coalescing: coalesce ? "on (per tick)" : "off (`BATON_AWARENESS_COALESCE=0`)",
      people: String(PEOPLE),
      "cursor updates in /s": (sent / seconds).toFixed(0),
      "messages out /s": (received / seconds).toFixed(0),
      "KiB out /s": (bytes / 1024 / seconds).toFixed(0),
      "msgs out per update in": (received / Math.max(1, sent)).toFixed(1),
      "server CPU %": ((cpu / seconds) * 100).toFixed(0),
      "CPU ms per 1k updates in": ((cpu * 1000 * 1000) / Math.max(1, sent)).toFixed(1),
    };
  } finally {
    for (const t of timers) clearInterval(t);
    for (const s of sims) {
      s.awareness.destroy();
      s.ws.terminate();
    }
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  }
}

export default async function awarenessBench(): Promise<void> {
  const rows = [await run(false), await run(true)];
  const headers = Object.keys(rows[0] ?? {});
  const lines = [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${headers.map((h) => r[h]).join(" | ")} |`),
  ];
  process.stdout.write(`${lines.join("\n")}\n\n${PEOPLE} people x ${RATE_HZ} cursor moves/s, ${MEASURE_MS / 1000} s each, one room, real server.\n`);
}
