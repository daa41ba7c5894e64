/**
 * The sync server against the stock y-websocket@2.1.0 server (`y-websocket-stock`), in memory
 * and with its LevelDB persistence, side by side in one run: fan-out latency, connect-to-synced
 * from disk, commit latency, memory per idle room, and a reconnect storm after a restart.
 * Budgets (issue 3): fan-out p99 no worse than the stock in-memory server while Baton stores
 * every update first; a 2,000-card map synced from disk in < 200 ms; < 1 MB per idle room.
 * Numbers are reported, never asserted: the machine is shared, so read ratios within one run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebsocketProvider } from "y-websocket";
import { journeyToDoc } from "../../shared/doc/journeyToDoc";
import { templateJourney } from "../../shared/templates/index";
import { makeBigJourney } from "../support/bigJourney";
import { createMap, importMap, startServer, type RunningServer } from "../support/server";
import { openWs } from "./fanoutLoad";

const SCENARIO_MS = Number(process.env.BENCH_SCENARIO_MS ?? 9_000);
const WARMUP_MS = 1_500;
/** `BENCH_SERVER_ONLY=fanout` runs only the two fan-out scenarios (quicker runs while tuning them). */
const FANOUT_ONLY = process.env.BENCH_SERVER_ONLY === "fanout";

/** One server under test: where its rooms are and how to (re)start it. */
interface Target {
  readonly name: string;
  readonly base: string;
  /** `serverUrl` for WebsocketProvider and the raw path prefix. */
  readonly wsBase: string;
  pid(): number;
  /** A room ready for clients: a new map (Baton, with its key) or just a name (stock). */
  room(content?: Uint8Array): Promise<{ id: string; params: Record<string, string> }>;
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Whether a restart keeps documents (stock in-memory does not). */
  readonly durable: boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function syncUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}


async function baton(): Promise<Target> {
  const server: RunningServer = await startServer({ env: { BATON_CONNECT_LIMIT: "1000000", BATON_UNLOAD_DELAY_MS: "0" } });
  return {
    name: "Baton (SQLite, stores first)",
    base: server.url,
    wsBase: `${server.url.replace("http", "ws")}/sync`,
    durable: true,
    pid: () => server.pid,
    async room(content) {
      const map = content ? await importMap(server.url, JSON.parse(new TextDecoder().decode(content))) : await createMap(server.url);
      return { id: map.id, params: { k: map.editKey } };
    },
    restart: () => server.restart(),
    stop: () => server.stop(),
  };
}

async function stock(persist: boolean): Promise<Target> {
  const port = await freePort();
  const dir = persist ? mkdtempSync(join(tmpdir(), "ystock-")) : null;
  let child: ChildProcess | null = null;
  const launch = async (): Promise<void> => {
    child = spawn(process.execPath, ["node_modules/y-websocket-stock/bin/server.cjs"], {
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...(dir ? { YPERSISTENCE: dir } : {}) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => child?.stdout?.on("data", (d: Buffer) => d.toString().includes("running at") && resolve()));
  };
  const halt = async (): Promise<void> => {
    const c = child as ChildProcess | null;
    if (!c) return;
    await new Promise((r) => {
      c.once("exit", r);
      c.kill("SIGINT");
    });
    child = null;
  };
  await launch();
  let n = 0;
  return {
    name: persist ? "stock y-websocket 2.1.0 + LevelDB" : "stock y-websocket 2.1.0 (memory)",
    base: `http://127.0.0.1:${port}`,
    wsBase: `ws://127.0.0.1:${port}`,
    durable: persist,
    pid: () => (child as ChildProcess | null)?.pid ?? 0,
    async room(content) {
      const id = `room-${process.pid}-${n++}`;
      if (content) {
        // Stock has no import: a client writes the document, then leaves (LevelDB keeps it).
        const json = JSON.parse(new TextDecoder().decode(content)) as Parameters<typeof journeyToDoc>[0];
        const ws = await openWs(`ws://127.0.0.1:${port}/${id}`);
        ws.send(syncUpdate(Y.encodeStateAsUpdate(journeyToDoc(json))));
        await new Promise((r) => setTimeout(r, 300));
        ws.close();
        await new Promise((r) => setTimeout(r, 300));
      }
      return { id, params: {} };
    },
    restart: async () => {
      await halt();
      await launch();
    },
    stop: async () => {
      await halt();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

/** Timestamps (performance.now() values) carried by a forwarded update, except `ownKey`'s. */
function stamps(message: Buffer, ownKey: string): number[] {
  if (message[0] !== 0 || message[1] !== 2) return [];
  const d = decoding.createDecoder(message);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  const out: number[] = [];
  for (const s of Y.decodeUpdate(decoding.readVarUint8Array(d)).structs) {
    if (s instanceof Y.Item && s.content instanceof Y.ContentAny && s.parentSub !== ownKey) {
      for (const v of s.content.arr) if (typeof v === "number") out.push(v);
    }
  }
  return out;
}

/** `rooms` x `perRoom` raw clients, each sending 10 updates/s; some receivers measure latency. */
async function fanOut(t: Target, rooms: number, perRoom: number): Promise<{ p50: number; p99: number; samples: number }> {
  const senders: { ws: WebSocket; doc: Y.Doc; key: string; slot: number }[] = [];
  const samples: number[] = [];
  let measuring = false;
  const probesPerRoom = Math.max(1, Math.floor(perRoom / 10));
  for (let r = 0; r < rooms; r++) {
    const room = await t.room();
    const q = new URLSearchParams(room.params).toString();
    for (let c = 0; c < perRoom; c++) {
      const ws = await openWs(`${t.wsBase}/${room.id}${q ? `?${q}` : ""}`);
      const key = `s${r}-${c}`;
      if (c < probesPerRoom) {
        ws.on("message", (data: Buffer) => {
          if (!measuring) return;
          const now = performance.now();
          for (const sent of stamps(data, key)) samples.push(now - sent);
        });
      }
      senders.push({ ws, doc: new Y.Doc(), key, slot: senders.length % 10 });
    }
  }
  let tick = 0;
  const timer = setInterval(() => {
    const slot = tick++ % 10;
    for (const s of senders) {
      if (s.slot !== slot) continue;
      const sv = Y.encodeStateVector(s.doc);
      s.doc.getMap("m").set(s.key, performance.now());
      s.ws.send(syncUpdate(Y.encodeStateAsUpdate(s.doc, sv)));
    }
  }, 10);
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  measuring = true;
  await new Promise((r) => setTimeout(r, SCENARIO_MS));
  measuring = false;
  clearInterval(timer);
  for (const s of senders) s.ws.close();
  await new Promise((r) => setTimeout(r, 300));
  return { p50: pct(samples, 50), p99: pct(samples, 99), samples: samples.length };
}

function provider(t: Target, room: { id: string; params: Record<string, string> }, doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(t.wsBase, room.id, doc, {
    params: room.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

/** Time from `new WebsocketProvider` until the doc holds all `cards` cards (median of `runs`). */
async function connectToSynced(t: Target, runs: number): Promise<number> {
  const journey = makeBigJourney({ cards: 2000, seed: 7 });
  const room = await t.room(new TextEncoder().encode(JSON.stringify(journey)));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await new Promise((r) => setTimeout(r, 400)); // the room is unloaded between runs
    const doc = new Y.Doc();
    const started = performance.now();
    const p = provider(t, room, doc);
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (doc.getMap("cards").size >= 2000) {
          doc.off("update", check);
          resolve();
        }
      };
      doc.on("update", check);
    });
    times.push(performance.now() - started);
    p.destroy();
    doc.destroy();
  }
  return pct(times, 50);
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(m?.[1] ?? NaN);
}

const templateUpdate = (id: Parameters<typeof templateJourney>[0]): Uint8Array =>
  Y.encodeStateAsUpdate(journeyToDoc(templateJourney(id, "en")));

/**
 * RSS growth per loaded room: each room gets the SaaS template through one socket that then
 * stays open and idle (so the stock in-memory server keeps the room too).
 */
async function memoryPerRoom(t: Target, rooms: number): Promise<number> {
  const content = syncUpdate(templateUpdate("saas-onboarding"));
  const ids = [];
  for (let i = 0; i < rooms; i++) ids.push(await t.room());
  await new Promise((r) => setTimeout(r, 1000));
  const before = rssKb(t.pid());
  const sockets: WebSocket[] = [];
  for (const room of ids) {
    const q = new URLSearchParams(room.params).toString();
    const ws = await openWs(`${t.wsBase}/${room.id}${q ? `?${q}` : ""}`);
    ws.send(content);
    sockets.push(ws);
  }
  await new Promise((r) => setTimeout(r, 2000));
  const after = rssKb(t.pid());
  sockets.forEach((s) => s.close());
  return ((after - before) * 1024) / rooms;
}

/**
 * 200 clients over 20 rooms (the support-case template) reconnect at once after a restart:
 * time from the server being up until every client is synced again. The stock in-memory
 * server lost everything, so there the clients bring the content back.
 */
async function reconnectStorm(t: Target): Promise<number> {
  const content = templateUpdate("support-case");
  const rooms = [];
  for (let i = 0; i < 20; i++) rooms.push(await t.room());
  const docs = rooms.flatMap((room) =>
    Array.from({ length: 10 }, (_, i) => {
      const doc = new Y.Doc();
      if (i === 0) Y.applyUpdate(doc, content);
      return { doc, room };
    }),
  );
  const synced = (p: WebsocketProvider): Promise<void> => new Promise((r) => (p.synced ? r() : p.once("sync", () => r())));
  const first = docs.map(({ doc, room }) => provider(t, room, doc));
  await Promise.all(first.map(synced));
  first.forEach((p) => p.destroy());
  await t.restart();
  const started = performance.now();
  const again = docs.map(({ doc, room }) => provider(t, room, doc));
  await Promise.all(again.map(synced));
  const ms = performance.now() - started;
  again.forEach((p) => p.destroy());
  return ms;
}

async function commitLatency(t: Target): Promise<string> {
  const text = await (await fetch(`${t.base}/metrics`)).text();
  const sum = Number(/^baton_commit_seconds_sum (\S+)$/m.exec(text)?.[1]);
  const count = Number(/^baton_commit_seconds_count (\S+)$/m.exec(text)?.[1]);
  const buckets = [...text.matchAll(/^baton_commit_seconds_bucket\{le="([^"]+)"\} (\d+)$/gm)].map((m) => ({ le: m[1] as string, n: Number(m[2]) }));
  const p99 = buckets.find((b) => b.n >= count * 0.99)?.le ?? "?";
  return `mean ${((sum / count) * 1000).toFixed(2)} ms, p99 <= ${p99 === "+Inf" ? "inf" : `${Number(p99) * 1000} ms`} (${count} commits)`;
}

const fmt = (n: number, unit = "ms"): string => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ${unit}` : "n/a");
const ratio = (a: number, b: number): string => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : "n/a");

export default async function serverBench(): Promise<void> {
  process.setMaxListeners(1000); // each WebsocketProvider adds a process "exit" listener
  const targets: Target[] = [];
  const results = new Map<string, number[]>();
  const note = (metric: string, i: number, v: number): void => {
    const list = results.get(metric) ?? [NaN, NaN, NaN];
    list[i] = v;
    results.set(metric, list);
  };
  let commit = "n/a";
  const makers = [baton, () => stock(false), () => stock(true)];
  for (let i = 0; i < makers.length; i++) {
    const t = await (makers[i] as () => Promise<Target>)();
    targets.push(t);
    process.stdout.write(`- ${t.name}: fan-out 1x50 ...`);
    const a = await fanOut(t, 1, 50);
    note("fan-out p50, 1 room x 50 clients", i, a.p50);
    note("fan-out p99, 1 room x 50 clients", i, a.p99);
    process.stdout.write(` 20x10 ...`);
    const b = await fanOut(t, 20, 10);
    note("fan-out p50, 20 rooms x 10 clients", i, b.p50);
    note("fan-out p99, 20 rooms x 10 clients", i, b.p99);
    if (i === 0) commit = await commitLatency(t);
    if (FANOUT_ONLY) {
      process.stdout.write(`\n`);
      await t.stop();
      continue;
    }
    process.stdout.write(` memory ...`);
    note("memory per idle loaded room", i, (await memoryPerRoom(t, 100)) / 1024);
    if (t.durable) {
      process.stdout.write(` 2,000 cards from disk ...`);
      note("connect-to-synced, 2,000 cards from disk", i, await connectToSynced(t, 5));
    }
    process.stdout.write(` reconnect storm ...\n`);
    note("reconnect storm, 200 clients after restart", i, await reconnectStorm(t));
    await t.stop();
  }
  const names = targets.map((t) => t.name);
  const out = [
    `| metric | ${names.join(" | ")} | Baton / stock memory | Baton / stock LevelDB |`,
    `|---|${names.map(() => "---:").join("|")}|---:|---:|`,
  ];
  for (const [metric, v] of results) {
    const unit = metric.startsWith("memory") ? "KiB" : "ms";
    out.push(`| ${metric} | ${v.map((x) => fmt(x, unit)).join(" | ")} | ${ratio(v[0] as number, v[1] as number)} | ${ratio(v[0] as number, v[2] as number)} |`);
  }
  out.push(`| commit latency (Baton, one transaction per tick) | ${commit} | - | - | | |`);
  process.stdout.write(`\n${out.join("\n")}\n\nScenario length ${SCENARIO_MS} ms after ${WARMUP_MS} ms warm-up; 10 updates/s per client; latency = send to receipt at probe clients.\n`);
}
